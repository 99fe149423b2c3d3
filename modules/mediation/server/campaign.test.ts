import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { createMediator, intakeBody, medOrgs } from './test-fixtures';

const manage = 'mediation.campaign.manage';
const read = 'mediation.committee.read';

describe('screening campaigns (矛盾纠纷排查)', async () => {
  const t = await buildTestApp();
  t.kernel.clock = { now: () => new Date('2026-03-10T02:00:00.000Z') };
  const orgs = await medOrgs(t);
  for (const [code, name, level, parent] of [
    ['120103', '河西区', 2, '120000'],
    ['120103001', '友谊路街道', 3, '120103'],
    ['120103001001', '平江里社区', 4, '120103001'],
    ['120104', '南开区', 2, '120000'],
    ['120104001001', '长虹社区', 4, '120104'],
  ] as const) {
    await t.kernel.db.updateTable('regions').set({ name, level, parentCode: parent }).where('code', '=', code).execute();
  }
  const hexi = await loginAs(t, {
    permissions: [manage, read, 'mediation.committee.manage', 'mediation.case.intake'],
    scope: 'subtree',
    orgId: orgs.hexi.id,
  });
  const hexiReader = await loginAs(t, { permissions: [read], scope: 'subtree', orgId: orgs.hexi.id });
  const nankai = await loginAs(t, { permissions: [manage, read], scope: 'subtree', orgId: orgs.nankai.id });
  const nobody = await loginAs(t, { permissions: ['mediation.case.read'], scope: 'city', orgId: orgs.city.id });
  const city = await loginAs(t, { permissions: [manage, read], scope: 'city', orgId: orgs.city.id });

  const req = (method: 'GET' | 'POST', path: string, headers?: Record<string, string>, payload?: object) =>
    t.app.inject({ method, url: path, headers: headers ?? {}, ...(payload === undefined ? {} : { payload }) });
  const url = '/api/mediation/campaigns';
  const valid = (over: Record<string, unknown> = {}) => ({
    orgId: orgs.hexi.id,
    title: '2026年春节前矛盾纠纷集中排查',
    regionCode: '120103',
    periodStart: '2026-02-01',
    periodEnd: '2026-03-31',
    focus: '婚姻家庭、邻里纠纷',
    ...over,
  });
  const finding = (over: Record<string, unknown> = {}) => ({
    title: '平江里3号楼漏水纠纷',
    description: '楼上卫生间漏水，楼下多次协商未果，双方情绪激动。',
    regionCode: '120103001001',
    riskLevel: 'high',
    kind: 'neighbour',
    partiesCount: 2,
    foundOn: '2026-03-05',
    ...over,
  });
  await req('POST', '/api/mediation/committees', hexi.headers, {
    orgId: orgs.villageA.id,
    kind: 'village',
    members: [
      { name: '刘桂兰', gender: 'female', role: 'chair', termStartOn: '2024-01-01' },
      { name: '张建国', gender: 'male', role: 'member', termStartOn: '2024-01-01' },
      { name: '李明', gender: 'male', role: 'member', termStartOn: '2024-01-01' },
    ],
  });
  const mediatorId = await createMediator(t, orgs.villageA.id);
  const dismissedId = await createMediator(t, orgs.villageA.id, { status: 'dismissed' });

  it('401, 403', async () => {
    expect((await req('GET', url)).statusCode).toBe(401);
    expect((await req('GET', url, nobody.headers)).statusCode).toBe(403);
    expect((await req('POST', url, hexiReader.headers, valid())).statusCode).toBe(403);
  });

  it('400 with the field, 404 outside the scope, nothing written', async () => {
    const cases: [Record<string, unknown>, string, string?][] = [
      [valid({ title: '' }), 'title'],
      [valid({ regionCode: '12x' }), 'regionCode'],
      [valid({ regionCode: '990000' }), 'regionCode', 'MED_REGION_UNKNOWN'],
      [valid({ periodEnd: '2026-01-01' }), 'periodEnd', 'MED_DATE_ORDER'],
    ];
    for (const [body, field, code] of cases) {
      const res = await req('POST', url, hexi.headers, body);
      expect(res.statusCode, JSON.stringify(body) + res.body).toBe(400);
      expect(res.json().error.field).toBe(field);
      if (code) expect(res.json().error.code).toBe(code);
    }
    const out = await req('POST', url, nankai.headers, valid());
    expect(out.statusCode).toBe(404);
    expect(out.json().error.field).toBe('orgId');
    expect(await t.kernel.db.selectFrom('medCampaigns').select('id').execute()).toHaveLength(0);
  });

  let campaignId = '';
  it('runs a campaign: findings registered with risk, assigned, resolved or turned into a case; audited', async () => {
    const res = await req('POST', url, hexi.headers, valid());
    expect(res.statusCode, res.body).toBe(201);
    campaignId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'open', regionName: '河西区', abilities: { addFinding: true, close: true } });

    const outside = await req('POST', `${url}/${campaignId}/findings`, hexi.headers, finding({ regionCode: '120104001001' }));
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ code: 'MED_FINDING_OUTSIDE_REGION', field: 'regionCode' });
    const future = await req('POST', `${url}/${campaignId}/findings`, hexi.headers, finding({ foundOn: '2026-03-11' }));
    expect(future.json().error).toMatchObject({ code: 'MED_DATE_IN_FUTURE', field: 'foundOn' });
    expect(await t.kernel.db.selectFrom('medCampaignFindings').select('id').execute()).toHaveLength(0);

    const f1 = (await req('POST', `${url}/${campaignId}/findings`, hexi.headers, finding())).json();
    const f2 = (
      await req(
        'POST',
        `${url}/${campaignId}/findings`,
        hexi.headers,
        finding({ riskLevel: 'low', title: '家庭赡养纠纷', kind: 'marriageFamily' }),
      )
    ).json();
    const f3 = (
      await req('POST', `${url}/${campaignId}/findings`, hexi.headers, finding({ riskLevel: 'medium', regionCode: '120103001' }))
    ).json();
    expect(f1).toMatchObject({
      status: 'open',
      districtCode: '120103',
      districtName: '河西区',
      regionName: '平江里社区',
      abilities: { assign: true, resolve: false },
    });

    const badMediator = await req('POST', `${url}/${campaignId}/findings/${f1.id}/assign`, hexi.headers, {
      version: f1.version,
      orgId: orgs.villageA.id,
      mediatorId: dismissedId,
    });
    expect(badMediator.statusCode).toBe(400);
    expect(badMediator.json().error).toMatchObject({ code: 'MED_MEDIATOR_UNAVAILABLE', field: 'mediatorId' });
    const notCommittee = await req('POST', `${url}/${campaignId}/findings/${f1.id}/assign`, hexi.headers, {
      version: f1.version,
      orgId: orgs.villageB.id,
    });
    expect(notCommittee.json().error).toMatchObject({ code: 'MED_COMMITTEE_UNKNOWN', field: 'orgId' });

    const a1 = await req('POST', `${url}/${campaignId}/findings/${f1.id}/assign`, hexi.headers, {
      version: f1.version,
      orgId: orgs.villageA.id,
      mediatorId,
    });
    expect(a1.statusCode, a1.body).toBe(200);
    expect(a1.json()).toMatchObject({
      status: 'assigned',
      assignedOrgId: orgs.villageA.id,
      assignedMediatorId: mediatorId,
      abilities: { resolve: true, convert: true },
    });
    const a2 = (
      await req('POST', `${url}/${campaignId}/findings/${f2.id}/assign`, hexi.headers, { version: f2.version, orgId: orgs.villageA.id })
    ).json();
    const r2 = await req('POST', `${url}/${campaignId}/findings/${f2.id}/resolve`, hexi.headers, {
      version: a2.version,
      resolution: '经社区调解员上门劝导，子女签订赡养协议。',
      resolvedOn: '2026-03-08',
    });
    expect(r2.statusCode, r2.body).toBe(200);
    expect(r2.json()).toMatchObject({ status: 'resolved', resolvedOn: '2026-03-08' });
    const again = await req('POST', `${url}/${campaignId}/findings/${f2.id}/resolve`, hexi.headers, {
      version: r2.json().version,
      resolution: 'x',
      resolvedOn: '2026-03-08',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('MED_FINDING_STATE');

    const parties = intakeBody().parties;
    const noParties = await req('POST', `${url}/${campaignId}/findings/${f1.id}/case`, hexi.headers, {
      version: a1.json().version,
      parties: parties.slice(0, 1),
    });
    expect(noParties.statusCode).toBe(400);
    expect(noParties.json().error.field).toBe('parties');
    const conv = await req('POST', `${url}/${campaignId}/findings/${f1.id}/case`, hexi.headers, { version: a1.json().version, parties });
    expect(conv.statusCode, conv.body).toBe(200);
    expect(conv.json()).toMatchObject({ status: 'converted' });
    const c = await t.kernel.db.selectFrom('medCases').selectAll().where('id', '=', conv.json().caseId).executeTakeFirstOrThrow();
    expect(c).toMatchObject({ orgId: orgs.villageA.id, source: 'initiative', state: 'received', kind: 'neighbour' });
    expect(f3.status).toBe('open');

    const audit = await t.kernel.db.selectFrom('auditEvents').select('action').where('entityId', '=', campaignId).orderBy('seq').execute();
    expect(audit.map((x) => x.action)).toEqual([
      'mediation.campaign.create',
      'mediation.finding.create',
      'mediation.finding.create',
      'mediation.finding.create',
      'mediation.finding.assign',
      'mediation.finding.assign',
      'mediation.finding.resolve',
      'mediation.finding.convert',
    ]);
  });

  it('reports per district, generates the report document, closes; scope applies', async () => {
    const rep = await req('GET', `${url}/${campaignId}/report`, hexiReader.headers);
    expect(rep.statusCode, rep.body).toBe(200);
    expect(rep.json().totals).toEqual({
      findings: 3,
      byRisk: { none: 0, low: 1, medium: 1, high: 1 },
      open: 1,
      assigned: 0,
      resolved: 1,
      converted: 1,
    });
    expect(rep.json().districts).toEqual([expect.objectContaining({ districtCode: '120103', districtName: '河西区', findings: 3 })]);
    expect((await req('GET', `${url}/${campaignId}/report`, nankai.headers)).statusCode).toBe(404);
    expect((await req('GET', `${url}/${campaignId}`, city.headers)).statusCode).toBe(200);

    const doc = await req('POST', `${url}/${campaignId}/report/document`, hexi.headers);
    expect(doc.statusCode, doc.body).toBe(201);
    expect(doc.json().fileName).toMatch(/矛盾纠纷排查情况报告.*第1版\.docx$/);
    const file = await req('GET', `/api/attachments/${doc.json().attachmentId}`, hexi.headers);
    expect(file.statusCode).toBe(403); // the caller lacks attachments.file.read: the core decides downloads

    const detail = (await req('GET', `${url}/${campaignId}`, hexi.headers)).json();
    const closed = await req('POST', `${url}/${campaignId}/close`, hexi.headers, { version: detail.version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', abilities: { addFinding: false } });
    const late = await req('POST', `${url}/${campaignId}/findings`, hexi.headers, finding());
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('MED_CAMPAIGN_CLOSED');
    const list = (await req('GET', url, hexiReader.headers)).json();
    expect(list.items).toEqual([expect.objectContaining({ id: campaignId, findings: 3, open: 1, highRisk: 1, status: 'closed' })]);
    expect((await req('GET', url, nankai.headers)).json().total).toBe(0);
  });
});
