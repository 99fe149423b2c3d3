import { describe, expect, it } from 'vitest';
import type { LocalDate } from '@tianping/server/db/schema';
import { newId } from '@tianping/server/db/ids';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs, loginWithPassword, testPassword } from '../../../server/test/login';
import { multipartBody } from '../../../server/src/attachments/test-helpers';
import { signInCitizen } from '../../../server/src/citizen/testing';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { hotlineOrgs, loginAgent } from './test-fixtures';

describe('online consultation (在线法律咨询): queue, working-hours SLA, answer, rating, opinion letter, public Q&A', async () => {
  const t = await buildTestApp();
  // Monday 2025-03-03 10:00 Beijing.
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await hotlineOrgs(t);
  // Sessions expire when the clock jumps: everyone signs in again (same accounts) after each move.
  const lawyerUser = await loginAs(t, {
    permissions: ['hotline.consultation.answer', 'hotline.ticket.handle'],
    orgId: orgs.hexi.id,
    scope: 'own',
  });
  const lawyer2User = await loginAs(t, { permissions: ['hotline.consultation.answer'], orgId: orgs.nankai.id, scope: 'own' });
  const reviewerUser = await loginAs(t, { permissions: ['hotline.knowledge.review'], orgId: orgs.city.id, scope: 'city' });
  const agentUser = await loginAgent(t, orgs.hexi.id);
  let citizen: Awaited<ReturnType<typeof signInCitizen>>;
  let other: typeof citizen;
  let lawyer: { headers: Record<string, string> };
  let lawyer2: typeof lawyer;
  let reviewer: typeof lawyer;
  let agent: typeof lawyer;
  async function at(iso: string) {
    setClock(t, iso);
    citizen = await signInCitizen(t, '13800138001', `203.0.113.${Math.floor(Math.random() * 200) + 1}`);
    other = await signInCitizen(t, '13800138002', `203.0.113.${Math.floor(Math.random() * 200) + 1}`);
    const again = (u: { username: string }) => loginWithPassword(t, u.username, testPassword);
    lawyer = await again(lawyerUser);
    lawyer2 = await again(lawyer2User);
    reviewer = await again(reviewerUser);
    agent = await again(agentUser);
  }
  await at('2025-03-03T02:00:00.000Z');
  const ask = { category: 'labour.wages', question: '公司拖欠我三个月工资，一直不发，我该怎么办？' };
  const post = (url: string, payload: object | undefined, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, payload, headers });
  const count = async () => (await t.kernel.db.selectFrom('hlConsultations').select('id').execute()).length;

  it('citizen side: 401 without a citizen session (a staff cookie is not one), 400 unknown category / empty question, nothing written', async () => {
    expect((await post('/api/citizen/hotline/consultations', ask, {})).statusCode).toBe(401);
    expect((await post('/api/citizen/hotline/consultations', ask, lawyer.headers)).statusCode).toBe(401);
    const badCat = await post('/api/citizen/hotline/consultations', { ...ask, category: 'astrology' }, citizen.headers);
    expect(badCat.json().error).toMatchObject({ code: 'HOTLINE_CATEGORY_UNKNOWN', field: 'category' });
    expect((await post('/api/citizen/hotline/consultations', { ...ask, question: '  ' }, citizen.headers)).json().error.field).toBe(
      'question',
    );
    expect(await count()).toBe(0);
  });

  it('asks with an attachment, is queued with the SLA in working hours, answered, rated once, and gets the opinion letter in the inbox', async () => {
    // The lawyer is on the duty roster today: they are told of the new consultation.
    await t.kernel.db
      .insertInto('hlRosters')
      .values({
        id: newId(),
        orgId: orgs.hexi.id,
        userId: lawyerUser.userId,
        dutyDate: '2025-03-03' as LocalDate,
        shift: 'morning',
        seatRole: 'lawyer',
        seat: null,
        note: null,
        createdBy: null,
        createdAt: '2025-03-01T00:00:00.000Z',
      })
      .execute();
    const created = await post('/api/citizen/hotline/consultations', ask, citizen.headers);
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json();
    // 24 working hours (default, local rule) of 8 h a day from Monday 10:00 → Thursday 10:00 Beijing.
    expect(c).toMatchObject({
      state: 'waiting',
      dueAt: '2025-03-06T02:00:00.000Z',
      overdue: false,
      abilities: { attach: true, rate: false },
    });
    expect(c.number).toMatch(/咨〔2025〕/);
    expect((await lastAudit(t, c.id))?.action).toBe('hotline.consultation.submit');
    const told = await t.kernel.db
      .selectFrom('notifications')
      .select(['userId', 'kind', 'link'])
      .where('kind', '=', 'hotline.consultationQueued')
      .execute();
    expect(told).toEqual([
      { userId: lawyerUser.userId, kind: 'hotline.consultationQueued', link: `/workbench/hotline/consultations/${c.id}` },
    ]);

    const file = multipartBody([
      { name: 'file', fileName: '工资条.txt', type: 'text/plain', content: Buffer.from('2024年12月工资 5000元 未发放') },
    ]);
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/hotline/consultations/${c.id}/attachments`,
      headers: { ...citizen.headers, ...file.headers },
      payload: file.payload,
    });
    expect(up.statusCode, up.body).toBe(201);
    const otherUp = await t.app.inject({
      method: 'POST',
      url: `/api/citizen/hotline/consultations/${c.id}/attachments`,
      headers: { ...other.headers, ...file.headers },
      payload: file.payload,
    });
    expect(otherUp.statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/citizen/hotline/consultations/${c.id}`, headers: other.headers })).statusCode,
    ).toBe(404);

    // Staff: 401, 403 (an agent without the answer permission), the queue.
    expect((await t.app.inject({ method: 'GET', url: '/api/hotline/consultations' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/hotline/consultations', headers: agent.headers })).statusCode).toBe(403);
    const queue = await t.app.inject({ method: 'GET', url: '/api/hotline/consultations?state=waiting', headers: lawyer2.headers });
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(c.id);

    expect((await post(`/api/hotline/consultations/${c.id}/claim`, {}, lawyer.headers)).json()).toMatchObject({
      state: 'claimed',
      abilities: { answer: true },
    });
    expect((await post(`/api/hotline/consultations/${c.id}/claim`, {}, lawyer2.headers)).json().error.code).toBe(
      'HOTLINE_CONSULTATION_NOT_CLAIMABLE',
    );
    const answer = {
      answer: '用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。可向劳动监察部门投诉，或申请劳动仲裁。',
      lawArticleIds: [],
    };
    expect((await post(`/api/hotline/consultations/${c.id}/answer`, answer, lawyer2.headers)).json().error.code).toBe(
      'HOTLINE_CONSULTATION_NOT_ANSWERABLE',
    );
    expect(
      (await post(`/api/citizen/hotline/consultations/${c.id}/rating`, { rating: 'satisfied' }, citizen.headers)).json().error.code,
    ).toBe('HOTLINE_CONSULTATION_NOT_ANSWERED');
    expect((await post(`/api/hotline/consultations/${c.id}/opinion-letter`, undefined, lawyer.headers)).json().error.code).toBe(
      'HOTLINE_CONSULTATION_NOT_ANSWERED',
    );

    await at('2025-03-04T03:00:00.000Z');
    const badLaw = await post(
      `/api/hotline/consultations/${c.id}/answer`,
      { ...answer, lawArticleIds: ['no-such-article'] },
      lawyer.headers,
    );
    expect(badLaw.json().error).toMatchObject({ code: 'HOTLINE_LAW_ARTICLE_UNKNOWN', field: 'lawArticleIds.0' });
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/hotline/consultations/${c.id}`, headers: lawyer.headers })).json(),
    ).toMatchObject({ state: 'claimed', answer: null });
    const answered = await post(`/api/hotline/consultations/${c.id}/answer`, answer, lawyer.headers);
    expect(answered.json()).toMatchObject({ state: 'answered', overdue: false, answeredByName: expect.any(String) });
    expect((await lastAudit(t, c.id))?.action).toBe('hotline.consultation.answer');
    // From now on it counts for the answering centre.
    expect((await t.kernel.db.selectFrom('hlConsultations').select('orgId').where('id', '=', c.id).executeTakeFirst())?.orgId).toBe(
      orgs.hexi.id,
    );

    const mine = await t.app.inject({ method: 'GET', url: `/api/citizen/hotline/consultations/${c.id}`, headers: citizen.headers });
    expect(mine.json()).toMatchObject({ state: 'answered', answeredByCentre: '河西区公共法律服务中心', abilities: { rate: true } });
    expect(mine.json().attachments).toHaveLength(1);
    const rated = await post(
      `/api/citizen/hotline/consultations/${c.id}/rating`,
      { rating: 'satisfied', comment: '解答清楚' },
      citizen.headers,
    );
    expect(rated.json()).toMatchObject({ state: 'rated', rating: 'satisfied' });
    expect(
      (await post(`/api/citizen/hotline/consultations/${c.id}/rating`, { rating: 'dissatisfied' }, citizen.headers)).json().error.code,
    ).toBe('HOTLINE_CONSULTATION_ALREADY_RATED');

    const letter = await post(`/api/hotline/consultations/${c.id}/opinion-letter`, undefined, lawyer.headers);
    expect(letter.statusCode, letter.body).toBe(201);
    expect(letter.json().attachment.fileName).toContain('法律咨询意见书');
    const inbox = await t.app.inject({ method: 'GET', url: '/api/citizen/inbox', headers: citizen.headers });
    expect(
      inbox
        .json()
        .items.map((i: { fileName: string }) => i.fileName)
        .join(),
    ).toContain('法律咨询意见书');
    const list = await t.app.inject({ method: 'GET', url: '/api/citizen/hotline/consultations', headers: citizen.headers });
    expect(list.json().items[0]).toMatchObject({ id: c.id, letterAttachmentId: letter.json().attachment.id });
  });

  it('an unanswered consultation past its due time is overdue in the queue', async () => {
    await at('2025-03-07T01:00:00.000Z');
    const c = (
      await post('/api/citizen/hotline/consultations', { category: 'family', question: '离婚冷静期是多少天？' }, other.headers)
    ).json();
    await at('2025-03-20T01:00:00.000Z');
    const overdue = await t.app.inject({ method: 'GET', url: '/api/hotline/consultations?overdue=true', headers: lawyer.headers });
    expect(overdue.json().items).toEqual([expect.objectContaining({ id: c.id, overdue: true })]);
  });

  it('public Q&A: personal numbers refused, review publishes, the portal reads it without login', async () => {
    const c = (await t.app.inject({ method: 'GET', url: '/api/hotline/consultations?state=rated', headers: lawyer.headers })).json()
      .items[0];
    const url = `/api/hotline/consultations/${c.id}/propose-public`;
    const bad = await post(url, { question: '我电话13800138001，公司拖欠工资怎么办？', answer: '可申请劳动仲裁。' }, lawyer.headers);
    expect(bad.json().error).toMatchObject({ code: 'HOTLINE_PERSONAL_DATA_IN_PUBLIC_TEXT', field: 'question' });
    expect((await post(url, { question: '公司拖欠工资怎么办？', answer: '可申请劳动仲裁。' }, agent.headers)).statusCode).toBe(403);
    const proposed = await post(url, { question: '公司拖欠工资怎么办？', answer: '可向劳动监察部门投诉或申请劳动仲裁。' }, lawyer.headers);
    expect(proposed.statusCode, proposed.body).toBe(201);
    const qa = proposed.json();
    expect((await t.app.inject({ method: 'GET', url: `/api/hotline/public/qa/${qa.id}` })).statusCode).toBe(404);
    expect((await post(`/api/hotline/public-qa/${qa.id}/review`, { decision: 'publish' }, lawyer.headers)).statusCode).toBe(403);
    const published = await post(`/api/hotline/public-qa/${qa.id}/review`, { decision: 'publish' }, reviewer.headers);
    expect(published.json()).toMatchObject({ state: 'published' });
    expect((await post(`/api/hotline/public-qa/${qa.id}/review`, { decision: 'reject' }, reviewer.headers)).json().error.code).toBe(
      'HOTLINE_PUBLIC_QA_NOT_PROPOSED',
    );
    const list = await t.app.inject({ method: 'GET', url: `/api/hotline/public/qa?q=${encodeURIComponent('拖欠工资')}` });
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: qa.id, categoryLabel: { zh: '劳动争议·拖欠工资' } }] });
    expect((await t.app.inject({ method: 'GET', url: `/api/hotline/public/qa/${qa.id}` })).json().answer).toContain('劳动仲裁');
  });
});
