import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginAs } from '../../../server/test/login';
import { lastAudit } from '../../../server/src/org/test-fixtures';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { hotlineOrgs, loginAgent } from './test-fixtures';

async function articleCount(t: Awaited<ReturnType<typeof buildTestApp>>) {
  const r = await t.kernel.db
    .selectFrom('hlArticles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('knowledge base (知识库): edit → review → publish, versions, suggestions and search', async () => {
  const t = await buildTestApp({}, [], { seedLaws: true });
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await hotlineOrgs(t);
  const editor = await loginAs(t, { permissions: ['hotline.knowledge.edit', 'hotline.ticket.handle'], orgId: orgs.hexi.id, scope: 'own' });
  const reviewer = await loginAs(t, {
    permissions: ['hotline.knowledge.review', 'hotline.knowledge.edit'],
    orgId: orgs.city.id,
    scope: 'city',
  });
  const agent = await loginAgent(t, orgs.nankai.id);
  const cite = async (law: string, article: string) =>
    (
      await t.app.inject({ method: 'GET', url: `/api/laws/cite?law=${encodeURIComponent(law)}&article=${encodeURIComponent(article)}` })
    ).json().id as string;
  const art82 = await cite('劳动合同法', '第八十二条');
  const art10 = await cite('劳动合同法', '第十条');
  const body = {
    category: 'labour',
    title: '未签书面劳动合同能否主张二倍工资',
    question: '公司一直不跟我签劳动合同，能要双倍工资吗？',
    body: '用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资（劳动合同法第八十二条）。可向劳动争议仲裁委员会申请仲裁，仲裁时效一年。',
    lawArticleIds: [art82, art10],
  };
  const post = (url: string, payload: object | undefined, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, payload, headers });

  it('401 → 403 → 400 (unknown category, unknown law article, empty title), nothing written', async () => {
    expect((await post('/api/hotline/articles', body, {})).statusCode).toBe(401);
    expect((await post('/api/hotline/articles', body, agent.headers)).statusCode).toBe(403);
    const badCat = await post('/api/hotline/articles', { ...body, category: 'astrology' }, editor.headers);
    expect(badCat.json().error).toMatchObject({ code: 'HOTLINE_CATEGORY_UNKNOWN', field: 'category' });
    const badLaw = await post('/api/hotline/articles', { ...body, lawArticleIds: [art82, 'no-such-article'] }, editor.headers);
    expect(badLaw.json().error).toMatchObject({ code: 'HOTLINE_LAW_ARTICLE_UNKNOWN', field: 'lawArticleIds.1' });
    expect((await post('/api/hotline/articles', { ...body, title: ' ' }, editor.headers)).json().error.field).toBe('title');
    expect(await articleCount(t)).toBe(0);
  });

  it('creates a draft with law links, submits, refuses self-review, publishes after review, keeps versions', async () => {
    const created = await post('/api/hotline/articles', body, editor.headers);
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json();
    expect(a).toMatchObject({ state: 'draft', currentVersion: 1, publishedVersion: null, abilities: { edit: true, submit: true } });
    expect(a.lawRefs[0]).toMatchObject({
      lawTitle: '劳动合同法',
      articleLabel: '第八十二条',
      citation: '《中华人民共和国劳动合同法》第八十二条',
    });
    expect(a.lawRefs[0].link).toMatch(/^\/workbench\/laws\//);
    expect((await lastAudit(t, a.id))?.action).toBe('hotline.article.create');
    // An agent without edit rights does not see an unpublished article.
    expect((await t.app.inject({ method: 'GET', url: `/api/hotline/articles/${a.id}`, headers: agent.headers })).statusCode).toBe(404);

    expect((await post(`/api/hotline/articles/${a.id}/submit`, {}, editor.headers)).json().state).toBe('inReview');
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/hotline/articles/${a.id}`,
      headers: editor.headers,
      payload: { ...body, version: 2 },
    });
    expect(edit.json().error.code).toBe('HOTLINE_ARTICLE_NOT_EDITABLE');
    // The reviewer who also edits cannot review a version they edited: here they did not.
    expect((await post(`/api/hotline/articles/${a.id}/review`, { decision: 'reject' }, reviewer.headers)).json().error).toMatchObject({
      code: 'HOTLINE_REVIEW_COMMENT_REQUIRED',
      field: 'comment',
    });
    const rejected = await post(
      `/api/hotline/articles/${a.id}/review`,
      { decision: 'reject', comment: '请补充仲裁时效' },
      reviewer.headers,
    );
    expect(rejected.json()).toMatchObject({ state: 'draft', reviewComment: '请补充仲裁时效' });
    const v2 = await t.app.inject({
      method: 'PUT',
      url: `/api/hotline/articles/${a.id}`,
      headers: reviewer.headers,
      payload: { ...body, body: `${body.body}（已补充）`, version: rejected.json().version },
    });
    expect(v2.json()).toMatchObject({ currentVersion: 2, state: 'draft' });
    await post(`/api/hotline/articles/${a.id}/submit`, {}, reviewer.headers);
    const self = await post(`/api/hotline/articles/${a.id}/review`, { decision: 'approve' }, reviewer.headers);
    expect(self.statusCode).toBe(403);
    expect(self.json().error.code).toBe('HOTLINE_ARTICLE_SELF_REVIEW');

    const reviewer2 = await loginAs(t, { permissions: ['hotline.knowledge.review'], orgId: orgs.city.id, scope: 'city' });
    const published = await post(`/api/hotline/articles/${a.id}/review`, { decision: 'approve', comment: '同意' }, reviewer2.headers);
    expect(published.json()).toMatchObject({ state: 'published', publishedVersion: 2 });
    expect((await lastAudit(t, a.id))?.action).toBe('hotline.article.approve');

    const versions = await t.app.inject({ method: 'GET', url: `/api/hotline/articles/${a.id}/versions`, headers: editor.headers });
    expect(
      versions
        .json()
        .items.map((v: { versionNo: number; reviewState: string; published: boolean }) => [v.versionNo, v.reviewState, v.published]),
    ).toEqual([
      [2, 'approved', true],
      [1, 'rejected', false],
    ]);
    // Agents now see it, and it is in the core search.
    expect((await t.app.inject({ method: 'GET', url: `/api/hotline/articles/${a.id}`, headers: agent.headers })).statusCode).toBe(200);
    const core = await t.app.inject({
      method: 'GET',
      url: `/api/search?q=${encodeURIComponent('二倍工资')}&types=hlArticle`,
      headers: agent.headers,
    });
    expect(core.json().items.map((i: { entityId: string }) => i.entityId)).toContain(a.id);
  });

  it('suggests the FAQ article and the law articles with sources and why; search box with a citation', async () => {
    expect((await post('/api/hotline/suggest', { text: '没签合同' }, {})).statusCode).toBe(401);
    expect((await post('/api/hotline/suggest', { text: '' }, agent.headers)).json().error.field).toBe('text');
    const res = await post('/api/hotline/suggest', { text: '老板一直不跟我签劳动合同，能要双倍工资吗' }, agent.headers);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.faq[0]).toMatchObject({ title: body.title, source: { zh: expect.stringContaining('核对后答复') } });
    expect(s.faq[0].lawRefs[0].articleLabel).toBe('第八十二条');
    const law82 = s.laws.slice(0, 3).find((l: { articleLabel: string }) => l.articleLabel === '第八十二条');
    expect(law82).toMatchObject({ lawTitle: '劳动合同法', articleNo: 82, source: { zh: expect.stringContaining('法律条文原文') } });
    expect(s.laws[0].why.length).toBeGreaterThan(0);
    expect(s.laws[0].link).toBe(`/workbench/laws/${s.laws[0].lawId}#article-${s.laws[0].articleId}`);

    // Latency of the warm suggestion over the whole law library and the knowledge base (printed, not asserted).
    const questions = ['离婚后孩子抚养费怎么算', '借钱不还怎么办', '网购退货', '被公司辞退有补偿吗', '交通事故赔偿'];
    const started = performance.now();
    for (const text of questions) await post('/api/hotline/suggest', { text }, agent.headers);
    console.log(
      `suggest latency (${t.kernel.handle.dialect}, warm, via HTTP): ${((performance.now() - started) / questions.length).toFixed(1)} ms per question`,
    );

    const cited = await t.app.inject({
      method: 'GET',
      url: `/api/hotline/search?q=${encodeURIComponent('劳动合同法第十条')}&kind=law`,
      headers: agent.headers,
    });
    expect(cited.json().faq).toEqual([]);
    expect(cited.json().laws[0]).toMatchObject({ lawTitle: '劳动合同法', articleLabel: '第十条' });
    const faqOnly = await t.app.inject({
      method: 'GET',
      url: `/api/hotline/search?q=${encodeURIComponent('二倍工资')}&kind=faq`,
      headers: agent.headers,
    });
    expect(faqOnly.json().laws).toEqual([]);
    expect(faqOnly.json().faq[0].articleId).toBeTruthy();
  });
});
