import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { tempFileStore } from '../../../server/src/attachments/test-helpers';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { caseAttachment, createAidCase } from './casework-test-fixtures';
import { aidOrgs, insertTestProvider } from './provider-test-fixtures';

/**
 * The seam between the aided case (closure 第五十条, termination 第四十八条, objection 第四十九条) and
 * the assignment: the open assignment ends in the same transaction as the case, and an objection that
 * orders correction of a termination resumes it with the same provider.
 */
describe('the assignment ends with the case: closure, termination, objection', async () => {
  const t = await buildTestApp(tempFileStore());
  setClock(t, '2025-10-20T02:00:00.000Z');
  const orgs = await aidOrgs(t);
  const lawyer = await loginAs(t, { permissions: ['legalAid.case.work'], orgId: orgs.firmA.id, scope: 'own' });
  const centre = await loginAs(t, {
    permissions: ['legalAid.application.read', 'legalAid.application.intake', 'legalAid.application.review', 'legalAid.assignment.manage'],
    orgId: orgs.hexi.id,
  });
  const bureau = await loginAs(t, { permissions: ['legalAid.objection.decide'], orgId: orgs.hexiBureau.id, scope: 'subtree' });
  const provider = await insertTestProvider(t, { orgId: orgs.hexi.id, name: '周律师', firmOrgId: orgs.firmA.id, userId: lawyer.userId });
  const post = (id: string, path: string, headers: Record<string, string>, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/legal-aid/cases/${id}/${path}`, headers, payload });
  const assignments = (caseId: string) =>
    t.kernel.db.selectFrom('aidAssignments').select(['providerId', 'endedOn', 'endReason']).where('caseId', '=', caseId).execute();
  /** A granted case assigned through AB's route to 周律师. */
  const assignedCase = async () => {
    const id = await createAidCase(t, { orgId: orgs.hexi.id, staffUserId: centre.userId, state: 'granted' });
    const res = await post(id, 'assignment', centre.headers, { providerId: provider });
    expect(res.statusCode, res.body).toBe(200);
    expect(await assignments(id)).toEqual([{ providerId: provider, endedOn: null, endReason: null }]);
    return id;
  };

  it('closure (第五十条): a refused report leaves the assignment open; the report ends it `closed` on the closing day', async () => {
    const id = await assignedCase();
    const doc = await caseAttachment(t, id, orgs.hexi.id, lawyer.userId);
    const closure = {
      closedOn: '2025-10-20',
      result: 'mediation',
      stages: ['arbitration'],
      summary: '调解结案。',
      documentAttachmentIds: [doc],
    };
    const refused = await post(id, 'closure', lawyer.headers, { ...closure, documentAttachmentIds: [] });
    expect(refused.statusCode).toBe(400);
    expect(await assignments(id)).toEqual([{ providerId: provider, endedOn: null, endReason: null }]);
    const res = await post(id, 'closure', lawyer.headers, closure);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('closed');
    expect(await assignments(id)).toEqual([{ providerId: provider, endedOn: '2025-10-20', endReason: 'closed' }]);
    const audit = await lastAudit(t, id);
    expect(audit).toMatchObject({ action: 'legalAid.case.close' });
    expect(audit?.diff?.endedAssignments).toEqual([null, 1]);
  });

  it('termination (第四十八条) ends it `terminated`; an objection ordering correction (第四十九条) resumes it', async () => {
    const id = await assignedCase();
    const bad = await post(id, 'termination', centre.headers, { ground: 'bored', reason: '受援人自行委托律师' });
    expect(bad.statusCode).toBe(400);
    expect(await assignments(id)).toEqual([{ providerId: provider, endedOn: null, endReason: null }]);
    const res = await post(id, 'termination', centre.headers, { ground: 'ownCounsel', reason: '受援人自行委托律师' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('terminated');
    expect(await assignments(id)).toEqual([{ providerId: provider, endedOn: '2025-10-20', endReason: 'terminated' }]);
    const audit = await lastAudit(t, id);
    expect(audit).toMatchObject({ action: 'legalAid.case.terminate' });
    expect(audit?.diff?.endedAssignments).toEqual([null, 1]);

    const filed = await post(id, 'objections', centre.headers, { reason: '不服终止决定', receivedOn: '2025-10-20' });
    expect(filed.statusCode, filed.body).toBe(201);
    const decided = await t.app.inject({
      method: 'POST',
      url: `/api/legal-aid/objections/${filed.json().id}/decision`,
      headers: bureau.headers,
      payload: { outcome: 'correct', reason: '终止理由不成立', version: 0 },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await assignments(id)).toEqual([{ providerId: provider, endedOn: null, endReason: null }]);
    const proposal = await t.app.inject({ method: 'GET', url: `/api/legal-aid/cases/${id}/assignment-proposal`, headers: centre.headers });
    expect(proposal.json().current).toMatchObject({ providerId: provider, endedOn: null });
  });

  it('a termination of a granted case (no assignment yet) ends nothing', async () => {
    const id = await createAidCase(t, { orgId: orgs.hexi.id, staffUserId: centre.userId, state: 'granted' });
    const res = await post(id, 'termination', centre.headers, { ground: 'ownCounsel', reason: '受援人自行委托律师' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await assignments(id)).toEqual([]);
    expect((await lastAudit(t, id))?.diff?.endedAssignments).toEqual([null, 0]);
  });
});
