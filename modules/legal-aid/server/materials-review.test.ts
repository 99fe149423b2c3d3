import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { aidOrgs, wagesApplication } from './test-fixtures';

interface Clock {
  key: string;
  status: string;
  startDate: string;
  dueDate: string;
  explanation: { zh: string[]; en: string[] };
}
interface CitizenDeadline {
  key: string;
  status: string;
  dueDate: string;
  explanation: { zh: string; en: string };
}

/**
 * Regression (review of session 5): after the one request for missing materials (第四十三条第二款) was
 * answered, the detail showed the 7-day review of 第四十三条第一款 twice — the closed clock of the first
 * review beside the one restarted from the answer. One review clock is shown, the restarted one, whose
 * explanation names the day the materials arrived and the earlier clock; one todo item.
 */
describe('legal aid: the review period after the missing materials (第四十三条)', async () => {
  const t = await buildTestApp();
  const orgs = await aidOrgs(t);
  setClock(t, '2026-03-02T02:00:00.000Z');
  const perms = ['legalAid.application.read', 'legalAid.application.intake', 'legalAid.application.review'];
  let alice = await signInCitizen(t, '13912340301');
  let reviewer = await loginAs(t, { permissions: perms, orgId: orgs.hexi.id });
  const staffGet = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: reviewer.headers })).json();
  const detail = async (id: string) => staffGet(`/api/legal-aid/cases/${id}`);
  const citizenCase = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/citizen/legal-aid/cases/${id}`, headers: alice.headers })).json();
  const post = (url: string, payload: object, headers: Record<string, string>) => t.app.inject({ method: 'POST', url, payload, headers });
  const reviews = (clocks: { key: string }[]) => clocks.filter((x) => x.key === 'review');

  let id = '';
  it('while the materials are awaited: the review clock stopped, the materials clock runs', async () => {
    const created = await post('/api/citizen/legal-aid/applications', wagesApplication(orgs.hexi.id), alice.headers);
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    const asked = await post(
      `/api/legal-aid/cases/${id}/materials-request`,
      { items: ['劳动合同'], dueOn: '2026-03-12' },
      reviewer.headers,
    );
    expect(asked.statusCode, asked.body).toBe(200);
    const d = await detail(id);
    expect(reviews(d.timers)).toEqual([expect.objectContaining({ status: 'closed', startDate: '2026-03-02', dueDate: '2026-03-09' })]);
    expect(d.timers.find((x: Clock) => x.key === 'materials')).toMatchObject({ status: 'open', dueDate: '2026-03-12' });
  });

  it('answered three days later: one review clock, restarted from the answer, explained; one todo', async () => {
    setClock(t, '2026-03-05T02:00:00.000Z');
    alice = await signInCitizen(t, '13912340301', '203.0.113.41');
    reviewer = await loginAs(t, { permissions: perms, orgId: orgs.hexi.id });
    const answered = await post(
      `/api/citizen/legal-aid/cases/${id}/materials`,
      { answer: '已补充劳动合同', attachmentIds: [] },
      alice.headers,
    );
    expect(answered.statusCode, answered.body).toBe(200);

    // The workflow keeps its log (the first review closed, a new one opened) …
    const rows = await t.kernel.db.selectFrom('workflowTimers').select(['key', 'status']).where('key', '=', 'review').execute();
    expect(rows.map((r) => r.status).sort()).toEqual(['closed', 'open']);

    // … the workbench detail shows one review period: the live one, from the answer (7 natural days).
    const d = await detail(id);
    expect(d).toMatchObject({ state: 'received', dueOn: '2026-03-12', reviewDueOn: '2026-03-12' });
    const [review] = reviews(d.timers) as Clock[];
    expect(reviews(d.timers)).toHaveLength(1);
    expect(review).toMatchObject({ status: 'open', startDate: '2026-03-05', dueDate: '2026-03-12' });
    const why = review!.explanation.zh.join('');
    expect(why).toContain('收到补充材料之日为2026年3月5日');
    expect(why).not.toContain('收到法律援助申请之日');
    expect(why).toContain('届满日2026-03-09');
    expect(review!.explanation.en.join(' ')).toContain('receiving the missing materials');
    expect(d.timers.find((x: Clock) => x.key === 'materials')).toMatchObject({ status: 'closed', deadline: null });
    expect(new Set(d.timers.map((x: Clock) => x.key)).size).toBe(d.timers.length);

    // The applicant's page: the same single review deadline.
    const own = await citizenCase(id);
    expect(reviews(own.deadlines)).toEqual([expect.objectContaining({ status: 'open', dueDate: '2026-03-12' })]);
    expect((own.deadlines as CitizenDeadline[]).find((x) => x.key === 'review')!.explanation.zh).toContain('收到补充材料');

    // The reviewer's todo list: one item for the case, due with the live period.
    const todos = (await staffGet('/api/todos')).items.filter((x: { entityId: string }) => x.entityId === id);
    expect(todos).toEqual([expect.objectContaining({ status: 'open', dueDate: '2026-03-12' })]);
  });

  it('granted: the review clock once (done), the 3-day assignment clock running', async () => {
    const granted = await post(`/api/legal-aid/cases/${id}/grant`, {}, reviewer.headers);
    expect(granted.statusCode, granted.body).toBe(200);
    const d = granted.json();
    expect(d.timers.map((x: Clock) => [x.key, x.status])).toEqual([
      ['review', 'closed'],
      ['assign', 'open'],
      ['materials', 'closed'],
    ]);
    expect(reviews(d.timers)[0]).toMatchObject({ startDate: '2026-03-05', dueDate: '2026-03-12' });
  });
});
