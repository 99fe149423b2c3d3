import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { aidOrgs, insertTestProvider } from './provider-test-fixtures';
import { seedDemoProviders } from './seed-demo-providers';

describe('duty lawyers /api/legal-aid/duty', async () => {
  const t = await buildTestApp();
  const orgs = await aidOrgs(t);
  setClock(t, '2025-10-20T02:00:00.000Z');
  const manager = await loginAs(t, { permissions: ['legalAid.duty.manage'], orgId: orgs.hexi.id, scope: 'own' });
  const nankaiManager = await loginAs(t, { permissions: ['legalAid.duty.manage'], orgId: orgs.nankai.id, scope: 'own' });
  const reader = await loginAs(t, { permissions: ['legalAid.application.read'], orgId: orgs.hexi.id });
  const lawyerUser = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmA.id });
  const otherLawyer = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmB.id });
  const lawyer = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '周律师', firmOrgId: orgs.firmA.id, userId: lawyerUser.userId });
  const worker = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '吴', kind: 'grassroots' });
  const station = {
    name: '河西区看守所值班律师工作站',
    hostKind: 'detentionCentre',
    hostName: '天津市河西区看守所',
    address: '河西区某路1号',
  };
  const req = (method: 'GET' | 'POST', url: string, headers: Record<string, string> | undefined, payload?: object) =>
    t.app.inject({ method, url: `/api/legal-aid/duty${url}`, headers, payload });
  const count = async (table: 'aidDutyStations' | 'aidDutyRosters' | 'aidDutyServices') =>
    Number(
      (
        await t.kernel.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  let stationId = '';

  it('401 without a session, 403 without a duty permission', async () => {
    expect((await req('GET', '/stations', undefined)).statusCode).toBe(401);
    expect((await req('POST', '/stations', undefined, station)).statusCode).toBe(401);
    expect((await req('GET', '/stations', reader.headers)).statusCode).toBe(403);
    expect((await req('POST', '/stations', lawyerUser.headers, station)).statusCode).toBe(403);
  });

  it('400 for bad input, nothing written', async () => {
    const bad = await req('POST', '/stations', manager.headers, { ...station, hostKind: 'prison' });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'hostKind' });
    expect(await count('aidDutyStations')).toBe(0);
  });

  it('creates a station and its roster (lawyers only), audited; other centres get 404', async () => {
    const res = await req('POST', '/stations', manager.headers, station);
    expect(res.statusCode, res.body).toBe(201);
    stationId = res.json().id;
    expect(res.json()).toMatchObject({
      orgId: orgs.hexi.id,
      hostKind: 'detentionCentre',
      hostKindLabel: { zh: '看守所' },
      abilities: { canManage: true },
    });
    expect(await lastAudit(t, stationId)).toMatchObject({ action: 'legalAid.dutyStation.create' });

    const badRoster = await req('POST', `/stations/${stationId}/roster`, manager.headers, {
      entries: [{ dutyDate: '2025-10-20', providerId: worker }],
    });
    expect(badRoster.json().error).toMatchObject({ code: 'AID_DUTY_PROVIDER_INVALID', field: 'entries.0.providerId' });
    expect(await count('aidDutyRosters')).toBe(0);
    const roster = await req('POST', `/stations/${stationId}/roster`, manager.headers, {
      entries: [
        { dutyDate: '2025-10-17', providerId: lawyer },
        { dutyDate: '2025-10-20', providerId: lawyer },
        { dutyDate: '2025-10-20', providerId: lawyer },
      ],
    });
    expect(roster.json()).toEqual({ added: 2 });
    const list = await req('GET', `/stations/${stationId}/roster?from=2025-10-01&to=2025-10-31`, manager.headers);
    expect(list.json().items.map((e: { dutyDate: string }) => e.dutyDate)).toEqual(['2025-10-17', '2025-10-20']);

    expect((await req('GET', `/stations/${stationId}/monthly?month=2025-10`, nankaiManager.headers)).statusCode).toBe(404);
    expect(
      (
        await req('POST', `/stations/${stationId}/roster`, nankaiManager.headers, {
          entries: [{ dutyDate: '2025-10-21', providerId: lawyer }],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the duty lawyer records the help given (第三十条) on a rostered day only', async () => {
    const body = {
      stationId,
      servedOn: '2025-10-20',
      kinds: ['consultation', 'pleaSigning'],
      personName: '陈某',
      stage: 'prosecution',
      summary: '告知认罪认罚的法律后果，在具结书签署时在场',
    };
    expect((await req('GET', '/stations', lawyerUser.headers)).json().items.map((s: { id: string }) => s.id)).toEqual([stationId]);
    expect((await req('GET', '/stations', otherLawyer.headers)).json().items).toEqual([]);
    const notRostered = await req('POST', '/services', lawyerUser.headers, { ...body, servedOn: '2025-10-18' });
    expect(notRostered.json().error).toMatchObject({ code: 'AID_DUTY_NOT_ON_ROSTER', field: 'servedOn' });
    const future = await req('POST', '/services', lawyerUser.headers, { ...body, servedOn: '2025-10-21' });
    expect(future.json().error).toMatchObject({ code: 'AID_DATE_IN_FUTURE', field: 'servedOn' });
    expect((await req('POST', '/services', otherLawyer.headers, body)).statusCode).toBe(404);
    expect(await count('aidDutyServices')).toBe(0);

    const res = await req('POST', '/services', lawyerUser.headers, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(
      res
        .json()
        .items.map((s: { kind: string; providerName: string }) => [s.kind, s.providerName])
        .sort(),
    ).toEqual([
      ['consultation', '周律师'],
      ['pleaSigning', '周律师'],
    ]);
    expect(await lastAudit(t, stationId)).toMatchObject({ action: 'legalAid.dutyService.create' });
    const byManager = await req('POST', '/services', manager.headers, {
      ...body,
      providerId: lawyer,
      servedOn: '2025-10-17',
      kinds: ['coerciveMeasureChange'],
      personName: '刘某',
    });
    expect(byManager.statusCode, byManager.body).toBe(201);
  });

  it('forwards an application received by the duty lawyer (第三十九条) through the intake', async () => {
    const res = await req('POST', '/applications', lawyerUser.headers, {
      stationId,
      servedOn: '2025-10-20',
      stage: 'investigation',
      receivedAt: '2025-10-19T01:00:00.000Z',
      matterKind: 'criminalDefence',
      householdSize: 3,
      monthlyIncomeYuan: 1500,
      hardshipCheck: 'pledge',
      pledgeSigned: true,
      matterSummary: '犯罪嫌疑人申请法律援助辩护',
      applicant: { name: '陈某', idNumber: '12010319900101001X' },
      litigation: true,
      authorityName: '天津市公安局河西分局',
      authorityRegionCode: '120103',
    });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r).toMatchObject({ forwardedLate: true, service: { kind: 'applicationForwarded', forwardedCaseId: r.caseId } });
    const c = await t.kernel.db.selectFrom('aidCases').selectAll().where('id', '=', r.caseId).executeTakeFirstOrThrow();
    expect(c).toMatchObject({
      origin: 'forwarded',
      forwarderKind: 'dutyLawyer',
      orgId: orgs.hexi.id,
      dutyServiceId: r.service.id,
      state: 'received',
    });
    expect(await lastAudit(t, stationId)).toMatchObject({ action: 'legalAid.dutyService.forward' });
  });

  it('monthly statistics per station', async () => {
    const bad = await req('GET', `/stations/${stationId}/monthly?month=2025-13`, manager.headers);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'month' });
    const res = await req('GET', `/stations/${stationId}/monthly?month=2025-10`, manager.headers);
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m).toMatchObject({ month: '2025-10', visits: 3, services: 4, dutyDays: 2, lawyers: 1, forwardedApplications: 1 });
    const kinds = Object.fromEntries(m.byKind.map((k: { kind: string; count: number }) => [k.kind, k.count]));
    expect(kinds).toMatchObject({ consultation: 1, pleaSigning: 1, coerciveMeasureChange: 1, applicationForwarded: 1, procedureAdvice: 0 });
    expect((await req('GET', `/stations/${stationId}/monthly?month=2025-09`, manager.headers)).json()).toMatchObject({
      visits: 0,
      services: 0,
    });
  });

  it('removes a mistaken roster entry (not one with services) and deactivates a station', async () => {
    await req('POST', `/stations/${stationId}/roster`, manager.headers, { entries: [{ dutyDate: '2025-10-16', providerId: lawyer }] });
    const entries = (await req('GET', `/stations/${stationId}/roster?from=2025-10-01&to=2025-10-31`, manager.headers)).json().items;
    const withServices = entries.find((e: { dutyDate: string }) => e.dutyDate === '2025-10-20');
    const mistaken = entries.find((e: { dutyDate: string }) => e.dutyDate === '2025-10-16');
    const kept = await t.app.inject({
      method: 'DELETE',
      url: `/api/legal-aid/duty/stations/${stationId}/roster/${withServices.id}`,
      headers: manager.headers,
    });
    expect(kept.json().error).toMatchObject({ code: 'AID_ROSTER_HAS_SERVICES', field: 'entryId' });
    expect(
      (
        await t.app.inject({
          method: 'DELETE',
          url: `/api/legal-aid/duty/stations/${stationId}/roster/${mistaken.id}`,
          headers: nankaiManager.headers,
        })
      ).statusCode,
    ).toBe(404);
    const gone = await t.app.inject({
      method: 'DELETE',
      url: `/api/legal-aid/duty/stations/${stationId}/roster/${mistaken.id}`,
      headers: manager.headers,
    });
    expect(gone.statusCode, gone.body).toBe(204);
    expect(await count('aidDutyRosters')).toBe(2);
    expect(await lastAudit(t, stationId)).toMatchObject({ action: 'legalAid.dutyRoster.delete' });
  });

  it('registered metric: duty-lawyer services by kind, within the scope', async () => {
    const stats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: orgs.hexi.id, scope: 'own' });
    const nankaiStats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: orgs.nankai.id, scope: 'own' });
    const url = '/api/stats/metrics/legalAid.dutyServices?from=2025-10-01&to=2025-10-31';
    const res = await t.app.inject({ method: 'GET', url: `${url}&groupBy=month`, headers: stats.headers });
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows as { key: string; series: string; value: number }[];
    expect(Object.fromEntries(rows.map((r) => [r.series, r.value]))).toEqual({
      applicationForwarded: 1,
      coerciveMeasureChange: 1,
      consultation: 1,
      pleaSigning: 1,
    });
    expect(rows.every((r) => r.key === '2025-10')).toBe(true);
    expect((await t.app.inject({ method: 'GET', url, headers: nankaiStats.headers })).json().rows).toEqual([]);
  });

  it('a deactivated station takes no more services (409), stale version 409', async () => {
    const url = `/api/legal-aid/duty/stations/${stationId}`;
    const off = await t.app.inject({ method: 'PATCH', url, headers: manager.headers, payload: { active: false, version: 1 } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ active: false, abilities: { canManage: false, canRecordService: false } });
    expect((await t.app.inject({ method: 'PATCH', url, headers: manager.headers, payload: { active: true, version: 1 } })).statusCode).toBe(
      409,
    );
    const refused = await req('POST', '/services', lawyerUser.headers, {
      stationId,
      servedOn: '2025-10-20',
      kinds: ['consultation'],
      personName: '郑某',
      stage: 'trial',
      summary: '咨询',
    });
    expect(refused.json().error).toMatchObject({ code: 'AID_STATION_INACTIVE', field: 'stationId' });
  });
});

describe('demo providers and duty lawyers', async () => {
  it('seeds providers, stations, rosters on working days and services, once', async () => {
    const t = await buildTestApp();
    const orgs = await aidOrgs(t);
    await seedDemoProviders(t.kernel, { from: '2025-09-29', to: '2025-10-10' });
    const providers = await t.kernel.db.selectFrom('aidProviders').select(['kind', 'orgId']).execute();
    expect(providers.filter((p) => p.orgId === orgs.hexi.id && p.kind === 'lawyer')).toHaveLength(8);
    const rosterDays = await t.kernel.db.selectFrom('aidDutyRosters').select('dutyDate').distinct().orderBy('dutyDate').execute();
    // 国庆节 2025-10-01…08 are rest days; 09-28 and 10-11 are make-up working days outside the range.
    expect(rosterDays.map((r) => r.dutyDate)).toEqual(['2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10']);
    expect(await t.kernel.db.selectFrom('aidDutyStations').select('id').execute()).toHaveLength(6);
    await seedDemoProviders(t.kernel);
    expect(await t.kernel.db.selectFrom('aidProviders').select('id').execute()).toHaveLength(providers.length);
  });
});
