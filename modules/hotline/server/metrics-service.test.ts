import { describe, expect, it } from 'vitest';
import { newId, nowIso } from '@tianping/server/db/ids';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { hotlineOrgs } from './test-fixtures';

/** Metrics of transfers, callbacks, surveys, follow-ups and consultations — known rows, exact figures. */
describe('hotline metrics: transfers, callbacks, satisfaction, consultations', async () => {
  const t = await buildTestApp();
  const orgs = await hotlineOrgs(t);
  const db = t.kernel.db;
  const city = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'city', orgId: orgs.city.id });
  const hexi = await loginAs(t, { permissions: ['stats.metric.read'], scope: 'own', orgId: orgs.hexi.id });
  const now = nowIso();
  const at = (day: string, hour = 2) => `2025-${day}T${String(hour).padStart(2, '0')}:00:00.000Z`;

  const ticket = async (orgId: string) => {
    const id = newId();
    await db
      .insertInto('hlTickets')
      .values({
        id,
        number: `T-${id}`,
        orgId,
        channel: 'phone',
        callId: null,
        callerName: null,
        callerPhoneEnc: null,
        callerPhoneIndex: null,
        citizenId: null,
        category: 'labour',
        subCategory: null,
        question: '问题',
        answer: '解答',
        answeredBy: null,
        answeredAt: now,
        durationSeconds: null,
        state: 'closed',
        createdBy: null,
        createdAt: at('03-01'),
        closedAt: at('03-01', 3),
        updatedAt: now,
        version: 1,
      })
      .execute();
    return { id, orgId };
  };
  const th = await ticket(orgs.hexi.id);
  const tn = await ticket(orgs.nankai.id);

  const transfer = (tk: { id: string; orgId: string }, destination: string, state: string, createdAt = at('03-10')) => ({
    id: newId(),
    ticketId: tk.id,
    orgId: tk.orgId,
    destination,
    state,
    reference: `R-${newId()}`,
    targetReference: null,
    targetOrgId: null,
    entityType: null,
    entityId: null,
    path: null,
    note: null,
    prefillFields: null,
    result: null,
    resultAt: null,
    resultBy: null,
    errorCode: state === 'failed' ? 'LEGALAID_X' : null,
    errorField: null,
    createdBy: null,
    createdAt,
    updatedAt: createdAt,
  });
  await db
    .insertInto('hlTransfers')
    .values([
      transfer(th, 'alliance12345', 'sent'),
      transfer(th, 'legalAid', 'accepted'),
      transfer(th, 'legalAid', 'failed'),
      transfer(th, 'mediation', 'completed'),
      transfer(tn, 'alliance12345', 'completed'),
      transfer(th, 'notary', 'sent', at('04-02')),
    ])
    .execute();

  const callback = (tk: { id: string; orgId: string }, dueAt: string, completedAt: string | null, state = 'done') => ({
    id: newId(),
    ticketId: tk.id,
    orgId: tk.orgId,
    assigneeUserId: newId(),
    reason: '补充解答',
    dueAt,
    state: completedAt ? state : 'pending',
    outcome: completedAt ? (state === 'done' ? 'reached' : 'noAnswer') : null,
    note: null,
    completedAt,
    completedBy: null,
    overdueNotified: 0,
    createdBy: null,
    createdAt: at('03-01'),
  });
  await db
    .insertInto('hlCallbacks')
    .values([
      callback(th, at('03-05'), at('03-05', 1)),
      callback(th, at('03-06'), at('03-07', 1)),
      callback(th, at('03-07'), null),
      callback(tn, at('03-08'), at('03-08', 0), 'failed'),
      callback(th, at('04-02'), null),
    ])
    .execute();

  const survey = (tk: { id: string; orgId: string }, rating: string | null) => ({
    id: newId(),
    ticketId: tk.id,
    orgId: tk.orgId,
    sentBySms: 1,
    sentAt: at('03-02'),
    expiresAt: at('03-09'),
    answeredAt: rating ? at('03-03') : null,
    answeredVia: rating ? 'sms' : null,
    rating,
    comment: null,
    reopened: rating === 'dissatisfied' ? 1 : 0,
  });
  await db
    .insertInto('hlSurveys')
    .values([
      survey(th, 'satisfied'),
      survey(th, 'basicallySatisfied'),
      survey(th, 'dissatisfied'),
      survey(th, null),
      survey(tn, 'satisfied'),
    ])
    .execute();

  const drawId = newId();
  await db
    .insertInto('hlFollowupDraws')
    .values({
      id: drawId,
      orgId: orgs.hexi.id,
      fromDate: '2025-03-01',
      toDate: '2025-03-31',
      percent: 10,
      publishedValue: 'x',
      drawnAt: now,
      seed: 'seed',
      populationCount: 3,
      sampleIds: '[]',
      drawnBy: null,
    })
    .execute();
  const followup = (state: string, satisfaction: string | null) => ({
    id: newId(),
    drawId,
    ticketId: th.id,
    orgId: th.orgId,
    state,
    reached: state === 'done' ? 1 : 0,
    satisfaction,
    note: null,
    recordedBy: null,
    recordedAt: at('03-20'),
    createdAt: at('03-19'),
  });
  await db
    .insertInto('hlFollowups')
    .values([followup('done', 'satisfied'), followup('done', 'dissatisfied'), followup('unreached', null)])
    .execute();

  const consultation = (orgId: string | null, dueAt: string, answeredAt: string | null) => ({
    id: newId(),
    number: `Z-${newId()}`,
    citizenId: newId(),
    orgId,
    category: 'labour',
    question: '问题',
    state: answeredAt ? 'answered' : 'waiting',
    submittedAt: at('03-01'),
    dueAt,
    claimedBy: null,
    claimedAt: null,
    answer: answeredAt ? '解答' : null,
    lawArticleIds: '[]',
    answeredBy: null,
    answeredAt,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    letterDocumentId: null,
    overdueNotified: 0,
    createdAt: at('03-01'),
    updatedAt: now,
    version: 1,
  });
  await db
    .insertInto('hlConsultations')
    .values([
      consultation(orgs.hexi.id, at('03-03'), at('03-02')),
      consultation(orgs.hexi.id, at('03-04'), at('03-05')),
      consultation(null, at('03-06'), null),
      consultation(orgs.nankai.id, at('03-07'), at('03-07', 1)),
    ])
    .execute();

  type Result = { rows: { key: string; series: string | null; value: number }[] };
  const evaluate = async (id: string, headers = city.headers, extra = '') => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/stats/metrics/hotline.${id}?from=2025-03-01&to=2025-03-31${extra}`,
      headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Result;
  };
  const value = async (id: string, headers = city.headers) => (await evaluate(id, headers)).rows[0]?.value;
  const bySeries = (r: Result) => Object.fromEntries(r.rows.map((x) => [x.series, x.value]));
  const byKey = (r: Result) => Object.fromEntries(r.rows.map((x) => [x.key, x.value]));

  it('transfers by destination, failed attempts not counted, within the scope', async () => {
    expect(bySeries(await evaluate('transfersByDestination'))).toEqual({ alliance12345: 2, legalAid: 1, mediation: 1 });
    expect(bySeries(await evaluate('transfersByDestination', hexi.headers))).toEqual({ alliance12345: 1, legalAid: 1, mediation: 1 });
  });

  it('callbacks on time: completed by the due time over callbacks due in the range', async () => {
    expect(await value('callbacksOnTime')).toBe(50);
    expect(await value('callbacksOnTime', hexi.headers)).toBeCloseTo(33.33, 2);
    expect(byKey(await evaluate('callbacksOnTime', city.headers, '&groupBy=organisation'))).toEqual({
      [orgs.hexi.id]: 33.33,
      [orgs.nankai.id]: 100,
    });
  });

  it('satisfaction: surveys answered (satisfied + basically satisfied), ratings, follow-ups', async () => {
    expect(await value('satisfactionRate')).toBe(75);
    expect(await value('satisfactionRate', hexi.headers)).toBeCloseTo(66.67, 2);
    expect(bySeries(await evaluate('surveyRatings'))).toEqual({ satisfied: 2, basicallySatisfied: 1, dissatisfied: 1 });
    expect(await value('followupSatisfactionRate')).toBe(50);
  });

  it('online consultations answered on time; unanswered ones count city-wide only', async () => {
    expect(await value('consultationsOnTime')).toBe(50);
    expect(await value('consultationsOnTime', hexi.headers)).toBe(50);
    const byRegion = byKey(await evaluate('consultationsOnTime', city.headers, '&groupBy=region'));
    expect(byRegion).toMatchObject({ '120103': 50, '120104': 100 });
  });
});
