import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { caseAttachment, createAidCase } from './casework-test-fixtures';
import { aidOrgs } from './provider-test-fixtures';

describe('subsidies (第五十二条): the schedule with effective dates, computed at closure, approval and payment', async () => {
  const t = await buildTestApp(tempFileStore());
  setClock(t, '2026-01-10T02:00:00.000Z');
  const orgs = await aidOrgs(t);
  const manager = await loginAs(t, { permissions: ['legalAid.subsidy.manage', 'legalAid.application.read'], orgId: orgs.hexi.id });
  const approver = await loginAs(t, { permissions: ['legalAid.subsidy.approve'], orgId: orgs.hexiBureau.id, scope: 'subtree' });
  const nankai = await loginAs(t, { permissions: ['legalAid.subsidy.approve'], orgId: orgs.nankai.id });
  const lawyer = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmA.id, scope: 'own' });
  const reader = await loginAs(t, { permissions: ['legalAid.application.read'], orgId: orgs.hexi.id });
  const schedules = (headers: Record<string, string>, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/legal-aid/subsidy-schedules${query}`, headers });
  const addEntry = (headers: Record<string, string>, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/legal-aid/subsidy-schedules', headers, payload });

  it('the seeded schedule is an example, labelled; a new amount ends the old one from its date; an earlier start → 409', async () => {
    expect((await schedules(reader.headers)).statusCode).toBe(403);
    const list = (await schedules(manager.headers, '?caseKind=criminal')).json();
    expect(list.exampleNotice.zh).toContain('示例值');
    expect(list.items.every((i: { example: boolean; caseKind: string }) => i.example && i.caseKind === 'criminal')).toBe(true);
    const entry = {
      caseKind: 'civil',
      stage: 'firstInstance',
      amountYuan: 2400,
      effectiveFrom: '2026-01-01',
      note: '津司发〔2025〕示例号',
    };
    expect((await addEntry(approver.headers, entry)).statusCode).toBe(403);
    expect((await addEntry(manager.headers, { ...entry, amountYuan: -1 })).json().error.field).toBe('amountYuan');
    const early = await addEntry(manager.headers, { ...entry, effectiveFrom: '2021-06-01' });
    expect(early.json().error).toMatchObject({ code: 'AID_SCHEDULE_OVERLAP', field: 'effectiveFrom' });
    const res = await addEntry(manager.headers, entry);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ amountYuan: 2400, inForce: true, example: false, effectiveTo: null });
    const civil = (await schedules(manager.headers, '?caseKind=civil'))
      .json()
      .items.filter((i: { stage: string }) => i.stage === 'firstInstance');
    expect(civil.map((i: { effectiveFrom: string; effectiveTo: string | null }) => [i.effectiveFrom, i.effectiveTo])).toEqual([
      ['2022-01-01', '2026-01-01'],
      ['2026-01-01', null],
    ]);
    expect(await lastAudit(t, res.json().id)).toMatchObject({ action: 'legalAid.subsidySchedule.create' });
  });

  it('computed at closure with the amount in force on the closing day; approve, then pay; out of order → 409', async () => {
    const close = async (closedOn: string) => {
      const id = await createAidCase(t, {
        orgId: orgs.hexi.id,
        staffUserId: manager.userId,
        state: 'assigned',
        assigneeUserId: lawyer.userId,
      });
      const doc = await caseAttachment(t, id, orgs.hexi.id, lawyer.userId);
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/legal-aid/cases/${id}/closure`,
        headers: lawyer.headers,
        payload: { closedOn, result: 'judgment', stages: ['firstInstance'], summary: '一审胜诉', documentAttachmentIds: [doc] },
      });
      expect(res.statusCode).toBe(200);
      return res.json().subsidy;
    };
    expect((await close('2025-12-31')).totalYuan).toBe(2000);
    const subsidy = await close('2026-01-05');
    expect(subsidy).toMatchObject({ totalYuan: 2400, status: 'pending', caseKind: 'civil' });

    const decide = (headers: Record<string, string>, payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/legal-aid/subsidies/${subsidy.id}/decision`, headers, payload });
    const pay = (payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/legal-aid/subsidies/${subsidy.id}/payment`, headers: manager.headers, payload });
    expect((await decide(manager.headers, { approve: true, version: 0 })).statusCode).toBe(403);
    expect((await decide(nankai.headers, { approve: true, version: 0 })).statusCode).toBe(404);
    expect((await decide(approver.headers, { approve: false, version: 0 })).json().error.field).toBe('reason');
    const early = await pay({ paidOn: '2026-01-09', reference: 'ZF-2026-0001', version: 0 });
    expect(early.json().error).toMatchObject({ code: 'AID_SUBSIDY_STATUS', field: 'status' });
    const approved = await decide(approver.headers, { approve: true, version: 0 });
    expect(approved.json()).toMatchObject({ status: 'approved', abilities: { canApprove: false } });
    expect(await lastAudit(t, subsidy.id)).toMatchObject({ action: 'legalAid.subsidy.approve' });
    const paid = await pay({ paidOn: '2026-01-09', reference: 'ZF-2026-0001', version: 1 });
    expect(paid.json()).toMatchObject({ status: 'paid', paidOn: '2026-01-09', paymentReference: 'ZF-2026-0001' });
    const list = await t.app.inject({ method: 'GET', url: '/api/legal-aid/subsidies?status=paid', headers: approver.headers });
    expect(list.json().items.map((s: { id: string }) => s.id)).toEqual([subsidy.id]);
    const stats = await loginAs(t, { permissions: ['stats.metric.read'], orgId: orgs.hexiBureau.id, scope: 'subtree' });
    const metric = await t.app.inject({
      method: 'GET',
      url: '/api/stats/metrics/legalAid.subsidiesPaid?from=2026-01-01&to=2026-01-31',
      headers: stats.headers,
    });
    expect(metric.statusCode, metric.body).toBe(200);
    expect(metric.json().total).toBe(2400);
  });
});
