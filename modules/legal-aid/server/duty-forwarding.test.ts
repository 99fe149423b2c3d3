import { describe, expect, it, vi } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { aidOrgs, insertTestProvider } from './provider-test-fixtures';

/** Makes the write of the duty-service link fail on demand, after the application has been recorded. */
const failing = vi.hoisted(() => ({ on: false, casesSeenInTrx: -1 }));
vi.mock('./duty.repository', async (importOriginal) => {
  const orig = await importOriginal<typeof import('./duty.repository')>();
  return {
    ...orig,
    insertServices: async (...args: Parameters<typeof orig.insertServices>) => {
      if (failing.on) {
        // Inside the forwarding's transaction the application is already written…
        failing.casesSeenInTrx = (await args[0].selectFrom('aidCases').select('id').execute()).length;
        throw new Error('simulated database failure while writing the service row');
      }
      return orig.insertServices(...args);
    },
  };
});

/**
 * 第三十九条第二款: the duty lawyer's forwarding records the application AND the service row linking it in
 * one transaction — a failure of the second leaves neither (no half-written case, no number used).
 */
describe('duty-lawyer forwarding POST /api/legal-aid/duty/applications: one transaction', async () => {
  const t = await buildTestApp();
  const orgs = await aidOrgs(t);
  setClock(t, '2025-10-20T02:00:00.000Z');
  const manager = await loginAs(t, { permissions: ['legalAid.duty.manage'], orgId: orgs.hexi.id, scope: 'own' });
  const lawyerUser = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmA.id });
  const lawyer = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '周律师', firmOrgId: orgs.firmA.id, userId: lawyerUser.userId });
  const station = await t.app.inject({
    method: 'POST',
    url: '/api/legal-aid/duty/stations',
    headers: manager.headers,
    payload: { name: '河西区看守所值班律师工作站', hostKind: 'detentionCentre', hostName: '天津市河西区看守所' },
  });
  const stationId = station.json().id as string;
  await t.app.inject({
    method: 'POST',
    url: `/api/legal-aid/duty/stations/${stationId}/roster`,
    headers: manager.headers,
    payload: { entries: [{ dutyDate: '2025-10-20', providerId: lawyer }] },
  });
  const body = {
    stationId,
    servedOn: '2025-10-20',
    stage: 'investigation',
    receivedAt: '2025-10-20T01:00:00.000Z',
    matterKind: 'criminalDefence',
    householdSize: 3,
    monthlyIncomeYuan: 1500,
    hardshipCheck: 'pledge',
    pledgeSigned: true,
    matterSummary: '犯罪嫌疑人涉嫌故意杀人，申请法律援助辩护',
    applicant: { name: '陈某', idNumber: '12010319900101001X' },
    litigation: true,
    authorityName: '天津市公安局河西分局',
    authorityRegionCode: '120103',
  };
  const forward = (payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/legal-aid/duty/applications', headers: lawyerUser.headers, payload });
  const written = async () => ({
    cases: (await t.kernel.db.selectFrom('aidCases').select('id').execute()).length,
    parties: (await t.kernel.db.selectFrom('aidParties').select('id').execute()).length,
    services: (await t.kernel.db.selectFrom('aidDutyServices').select('id').execute()).length,
    instances: (await t.kernel.db.selectFrom('workflowInstances').select('id').where('entityType', '=', 'aidCase').execute()).length,
  });

  it('the station exists and the lawyer is on the roster', () => {
    expect(station.statusCode, station.body).toBe(201);
  });

  it('a failure writing the service row rolls the application back: nothing half-written', async () => {
    const before = await written();
    failing.on = true;
    try {
      const res = await forward(body);
      expect(res.statusCode).toBe(500);
    } finally {
      failing.on = false;
    }
    expect(failing.casesSeenInTrx).toBe(before.cases + 1);
    // …and rolled back with it.
    expect(await written()).toEqual(before);
  });

  it('400 for the 第二十六条 flag on a victim’s matter, nothing written', async () => {
    const before = await written();
    const res = await forward({ ...body, matterKind: 'criminalVictim', mayCarryLifeOrDeath: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'AID_LIFE_OR_DEATH_NOT_DEFENCE', field: 'mayCarryLifeOrDeath' });
    expect(await written()).toEqual(before);
  });

  it('forwards: the case and its service row together, the first case number, the flag stated at forwarding, audited', async () => {
    const res = await forward({ ...body, mayCarryLifeOrDeath: true });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r.service).toMatchObject({ kind: 'applicationForwarded', forwardedCaseId: r.caseId });
    const c = await t.kernel.db.selectFrom('aidCases').selectAll().where('id', '=', r.caseId).executeTakeFirstOrThrow();
    expect(c).toMatchObject({ origin: 'forwarded', forwarderKind: 'dutyLawyer', dutyServiceId: r.service.id, mayCarryLifeOrDeath: 1 });
    // The rolled-back attempt used no number: this is the centre's first case of the year.
    expect(c.caseNumber).toMatch(/〔2025〕0*1号$/);
    expect(await lastAudit(t, stationId)).toMatchObject({ action: 'legalAid.dutyService.forward' });
    expect(await lastAudit(t, r.caseId)).toMatchObject({ action: 'legalAid.case.create' });
  });
});
