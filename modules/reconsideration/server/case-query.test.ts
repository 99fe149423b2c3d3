import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { createTestCase, reconOrgs } from './test-fixtures';

describe('GET /api/reconsideration/cases and /:id (scope, filters, deadlines)', async () => {
  const t = await buildTestApp();
  const orgs = await reconOrgs(t);
  const hexiHandler = await loginAs(t, { permissions: ['reconsideration.case.read'], orgId: orgs.hexi.id, scope: 'own' });
  const nankaiHandler = await loginAs(t, { permissions: ['reconsideration.case.read'], orgId: orgs.nankai.id, scope: 'own' });
  const cityReader = await loginAs(t, { permissions: ['reconsideration.case.read'], orgId: orgs.city.id, scope: 'city' });
  const agencyUser = await loginAs(t, { permissions: ['reconsideration.reply.submit'], orgId: orgs.agency.id, scope: 'own' });
  const stranger = await loginAs(t, { permissions: ['org.organisation.read'], orgId: orgs.hexi.id });

  const hexiCase = await createTestCase(t, { orgId: orgs.hexi.id, respondentOrgId: orgs.agency.id, receivedOn: '2025-09-26' });
  const hexiNoRespondent = await createTestCase(t, { orgId: orgs.hexi.id, receivedOn: '2025-10-09' });
  const accepted = await createTestCase(t, {
    orgId: orgs.hexi.id,
    receivedOn: '2025-08-01',
    accept: { on: '2025-08-05', procedure: 'ordinary' },
    overrides: { applicantName: '王五', actKind: 'coercion', late: 1 },
  });
  await t.kernel.db.updateTable('reconCases').set({ decisionDueOn: '2025-10-09' }).where('id', '=', accepted.id).execute();
  const nankaiCase = await createTestCase(t, { orgId: orgs.nankai.id, respondentOrgId: orgs.agency.id, receivedOn: '2025-10-10' });
  setClock(t, '2025-10-13T02:00:00.000Z');

  const list = (headers: Record<string, string> | undefined, query = '') =>
    t.app.inject({ method: 'GET', url: `/api/reconsideration/cases${query}`, headers });
  const ids = async (headers: Record<string, string>, query = '') =>
    (await list(headers, query)).json().items.map((i: { id: string }) => i.id);

  it('401 without a session, 403 without case.read or reply.submit, 400 for a bad filter', async () => {
    expect((await list(undefined)).statusCode).toBe(401);
    expect((await list(stranger.headers)).statusCode).toBe(403);
    expect((await list(hexiHandler.headers, '?pageSize=101')).statusCode).toBe(400);
    expect((await list(hexiHandler.headers, '?state=closed')).statusCode).toBe(400);
  });

  it('a 南开 handler never sees a 河西 case (404), and the reverse', async () => {
    expect(await ids(nankaiHandler.headers)).toEqual([nankaiCase.id]);
    const res = await t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${hexiCase.id}`, headers: nankaiHandler.headers });
    expect(res.statusCode).toBe(404);
    expect(await ids(hexiHandler.headers)).toEqual([hexiNoRespondent.id, hexiCase.id, accepted.id]);
  });

  it('an agency user sees only the cases where its agency is the respondent', async () => {
    expect(await ids(agencyUser.headers)).toEqual([nankaiCase.id, hexiCase.id]);
    const res = await t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${hexiCase.id}`, headers: agencyUser.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().abilities).toMatchObject({ canAccept: false, canReveal: false });
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/reconsideration/cases/${hexiNoRespondent.id}`,
      headers: agencyUser.headers,
    });
    expect(other.statusCode).toBe(404);
  });

  it('filters, newest first, with the total and deadline status', async () => {
    const all = (await list(cityReader.headers, '?pageSize=2')).json();
    expect(all).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(all.items.map((i: { id: string }) => i.id)).toEqual([nankaiCase.id, hexiNoRespondent.id]);
    expect(await ids(cityReader.headers, `?orgId=${orgs.nankai.id}`)).toEqual([nankaiCase.id]);
    expect(await ids(cityReader.headers, '?state=accepted&late=true&actKind=coercion&procedure=ordinary')).toEqual([accepted.id]);
    expect(await ids(cityReader.headers, '?q=王五')).toEqual([accepted.id]);
    expect(await ids(cityReader.headers, '?receivedFrom=2025-09-01&receivedTo=2025-10-09')).toEqual([hexiNoRespondent.id, hexiCase.id]);
    expect(await ids(cityReader.headers, `?respondentOrgId=${orgs.agency.id}`)).toEqual([nankaiCase.id, hexiCase.id]);
    expect(await ids(cityReader.headers, '?deadline=overdue')).toEqual([accepted.id]);
    expect(await ids(cityReader.headers, '?deadline=dueSoon')).toEqual([]);
    await t.kernel.db.updateTable('reconCases').set({ decisionDueOn: '2025-10-15' }).where('id', '=', accepted.id).execute();
    expect(await ids(cityReader.headers, '?deadline=dueSoon')).toEqual([accepted.id]);
    expect(await ids(cityReader.headers, '?deadline=overdue')).toEqual([]);
    await t.kernel.db.updateTable('reconCases').set({ decisionDueOn: '2025-10-09' }).where('id', '=', accepted.id).execute();
    const items = (await list(cityReader.headers)).json().items as {
      id: string;
      deadline: { status: string } | null;
      stateLabel: { zh: string };
    }[];
    // Received 26 September: the review period ended on 10 October (National Day) — overdue on the 13th.
    expect(items.find((i) => i.id === hexiCase.id)).toMatchObject({ deadline: { status: 'overdue' }, stateLabel: { zh: '待审查' } });
    expect(items.find((i) => i.id === nankaiCase.id)?.deadline?.status).toBe('normal');
  });

  it('detail: timers with their explanation lines, abilities', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/reconsideration/cases/${accepted.id}`, headers: hexiHandler.headers });
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c.timers.map((x: { key: string; status: string }) => [x.key, x.status])).toEqual([
      ['review', 'closed'],
      ['decision', 'open'],
      ['copy', 'open'],
    ]);
    expect(c.timers[1].explanation.zh.length).toBeGreaterThan(1);
    expect(c.abilities).toMatchObject({ canAccept: false, canReveal: false, canUpload: false });
  });
});
