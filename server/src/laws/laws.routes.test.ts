import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { lawId } from './law-ids';

const get = (t: Awaited<ReturnType<typeof buildTestApp>>, url: string) => t.app.inject({ method: 'GET', url });
const enc = encodeURIComponent;

describe('law library routes (public)', async () => {
  const t = await buildTestApp({}, [], { seedLaws: true });
  const reconsideration = lawId('行政复议法');

  it('lists the catalogue anonymously, with filters', async () => {
    const all = await get(t, '/api/laws?pageSize=100');
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(43);
    expect(all.json().items[0]).toMatchObject({
      title: '个人信息保护法',
      category: '法律',
      status: 'effective',
      statusLabel: { zh: '有效' },
    });

    const repealed = await get(t, '/api/laws?status=repealed');
    expect(repealed.json().items.map((l: { title: string }) => l.title)).toEqual(['法规规章备案条例']);
    const regulations = await get(t, `/api/laws?category=${enc('行政法规')}&pageSize=100`);
    expect(regulations.json().items.every((l: { category: string }) => l.category === '行政法规')).toBe(true);
    const byTitle = await get(t, `/api/laws?q=${enc('复议')}`);
    expect(
      byTitle
        .json()
        .items.map((l: { title: string }) => l.title)
        .sort(),
    ).toEqual(['行政复议法', '行政复议法实施条例']);
    // LIKE wildcards in q are literal characters.
    expect((await get(t, `/api/laws?q=${enc('%')}`)).json().total).toBe(0);

    const categories = await get(t, '/api/laws/categories');
    expect(categories.json()).toEqual([
      { category: '法律', count: 29 },
      { category: '行政法规', count: 11 },
      { category: '司法解释', count: 3 },
    ]);
    expect((await get(t, '/api/laws?status=valid')).statusCode).toBe(400);
  });

  it('shows a law with its outline; 404 for an unknown id, 400 for a malformed one', async () => {
    const res = await get(t, `/api/laws/${reconsideration}`);
    expect(res.statusCode).toBe(200);
    const law = res.json();
    expect(law).toMatchObject({
      title: '行政复议法',
      officialTitle: '中华人民共和国行政复议法',
      issuingBody: '全国人民代表大会常务委员会',
      effectiveOn: '2024-01-01',
      effectiveDateBasis: 'text',
      articleCount: 90,
      sourceFile: '行政复议法.md',
    });
    const chapter2 = law.outline[1];
    expect(chapter2).toMatchObject({ level: 'chapter', title: '第二章 行政复议申请', from: 11, to: 29, fromLabel: '第十一条' });
    expect(chapter2.children.map((s: { title: string }) => s.title)).toEqual([
      '第一节 行政复议范围',
      '第二节 行政复议参加人',
      '第三节 申请的提出',
      '第四节 行政复议管辖',
    ]);
    const code = (await get(t, `/api/laws/${lawId('民法典')}`)).json();
    expect(code.outline[1]).toMatchObject({ level: 'part', title: '第二编 物权', from: 205, to: 462 });
    expect(code.outline[1].children[0]).toMatchObject({
      level: 'subpart',
      title: '第一分编 通则',
      children: [{ title: '第一章 一般规定' }, {}, {}],
    });
    expect(code.outline.at(-1)).toMatchObject({ title: '附则', from: 1259, to: 1260 });
    expect((await get(t, `/api/laws/${lawId('不存在的法')}`)).statusCode).toBe(404);
    expect((await get(t, '/api/laws/not-an-id')).statusCode).toBe(400);
  });

  it('returns articles by number range', async () => {
    const res = await get(t, `/api/laws/${reconsideration}/articles?from=18&to=21`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((a: { label: string }) => a.label)).toEqual(['第十八条', '第十九条', '第二十条', '第二十一条']);
    expect(body).toMatchObject({ from: 18, to: 21, nextFrom: 22, law: { title: '行政复议法' } });
    expect(body.items[2]).toMatchObject({ number: 20, chapterTitle: '第二章 行政复议申请', sectionTitle: '第三节 申请的提出' });
    const end = (await get(t, `/api/laws/${reconsideration}/articles?from=80`)).json();
    expect(end.items).toHaveLength(11);
    expect(end.nextFrom).toBeNull();
    const inserted = (await get(t, `/api/laws/${lawId('刑法')}/articles?from=133&to=133`)).json();
    expect(inserted.items.map((a: { label: string }) => a.label)).toEqual(['第一百三十三条', '第一百三十三条之一', '第一百三十三条之二']);
    expect((await get(t, `/api/laws/${reconsideration}/articles?from=30&to=20`)).statusCode).toBe(400);
    expect((await get(t, `/api/laws/${reconsideration}/articles?from=1&to=501`)).statusCode).toBe(400);
    expect((await get(t, `/api/laws/${reconsideration}/articles?from=abc`)).statusCode).toBe(400);
    expect((await get(t, `/api/laws/${lawId('不存在的法')}/articles`)).statusCode).toBe(404);
  });

  it('resolves citations and shows an article with its neighbours', async () => {
    const cited = await get(t, `/api/laws/cite?law=${enc('行政复议法')}&article=${enc('第二十条')}`);
    expect(cited.statusCode).toBe(200);
    const article = cited.json();
    expect(article).toMatchObject({
      number: 20,
      label: '第二十条',
      citation: '《中华人民共和国行政复议法》第二十条',
      law: { id: reconsideration, title: '行政复议法' },
      previous: { label: '第十九条' },
      next: { label: '第二十一条' },
    });
    expect(article.text).toMatch(
      /^公民、法人或者其他组织认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请/,
    );
    const variants: [string, string][] = [
      ['《中华人民共和国行政复议法》', '20'],
      ['中华人民共和国行政复议法', '二十'],
      ['行政复议法', '第20条'],
    ];
    for (const [law, ref] of variants) {
      const again = await get(t, `/api/laws/cite?law=${enc(law)}&article=${enc(ref)}`);
      expect(again.json().id, `${law} ${ref}`).toBe(article.id);
    }
    const byId = await get(t, `/api/laws/articles/${article.id}`);
    expect(byId.json()).toEqual(article);

    const last = (await get(t, `/api/laws/cite?law=${enc('民法典')}&article=${enc('第一千二百六十条')}`)).json();
    expect(last).toMatchObject({ number: 1260, next: null, previous: { label: '第一千二百五十九条' } });
    expect((await get(t, `/api/laws/cite?law=${enc('刑法')}&article=${enc('133之一')}`)).json().label).toBe('第一百三十三条之一');

    expect((await get(t, `/api/laws/cite?law=${enc('民法典')}&article=1261`)).statusCode).toBe(404);
    expect((await get(t, `/api/laws/cite?law=${enc('不存在法')}&article=1`)).statusCode).toBe(404);
    const bad = await get(t, `/api/laws/cite?law=${enc('民法典')}&article=${enc('<b>')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'LAW_ARTICLE_REF_INVALID', field: 'article' });
    expect((await get(t, `/api/laws/cite?law=${enc('民法典')}`)).statusCode).toBe(400);
    expect((await get(t, `/api/laws/articles/${lawId('nope')}`)).statusCode).toBe(404);
  });

  it('searches articles: ranked, highlighted, with the law title', async () => {
    const res = await get(t, `/api/laws/search?q=${enc('复议申请期限')}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ page: 1, pageSize: 20, mode: 'all', cited: null });
    expect(body.total).toBeGreaterThan(3);
    const top = body.items.find((h: { label: string }) => h.label === '第二十条');
    expect(body.items.indexOf(top)).toBeLessThan(3);
    expect(top).toMatchObject({ lawTitle: '行政复议法', lawStatus: 'effective' });
    expect(top.url).toBe(`/portal/laws/${reconsideration}#article-${top.articleId}`);
    expect(top.snippetHtml).toContain('<mark>');
    const page2 = (await get(t, `/api/laws/search?q=${enc('复议申请期限')}&page=2`)).json();
    expect(page2.items.map((h: { articleId: string }) => h.articleId)).not.toContain(top.articleId);
  });

  it('searches within a named or chosen law, and answers a citation query with the article', async () => {
    const named = (await get(t, `/api/laws/search?q=${enc('民事诉讼法 小额诉讼')}`)).json();
    expect(named.items.length).toBeGreaterThan(0);
    expect(named.items.every((h: { lawTitle: string }) => h.lawTitle === '民事诉讼法')).toBe(true);
    const within = (await get(t, `/api/laws/search?q=${enc('期限')}&lawId=${reconsideration}`)).json();
    expect(within.items.every((h: { lawId: string }) => h.lawId === reconsideration)).toBe(true);
    const citation = (await get(t, `/api/laws/search?q=${enc('《民法典》第一千零七十七条')}`)).json();
    expect(citation.cited).toMatchObject({ number: 1077, law: { title: '民法典' } });
  });

  it('400 for an empty, oversized or wordless query; HTML and SQL in the query are inert', async () => {
    for (const q of ['', '%20', enc('法'.repeat(101))]) {
      const res = await get(t, `/api/laws/search?q=${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await get(t, '/api/laws/search')).statusCode).toBe(400);
    expect((await get(t, `/api/laws/search?q=${enc('；；——')}`)).json().error.code).toBe('SEARCH_NO_TERMS');
    for (const q of ['<script>alert("复议")</script>', "复议'; DROP TABLE laws; --", '"复议" OR 1=1', '复议 NEAR(申请 期限)']) {
      const res = await get(t, `/api/laws/search?q=${enc(q)}`);
      expect(res.statusCode, q).toBe(200);
      for (const h of res.json().items as { snippetHtml: string }[]) {
        expect(h.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      }
    }
    expect((await get(t, '/api/laws?pageSize=1')).json().total).toBe(43);
  });

  it('registers the portal service', async () => {
    const services = (await get(t, '/api/portal/services')).json();
    expect(services).toContainEqual(expect.objectContaining({ key: 'laws', zh: '法律法规库', en: 'Law library', path: '/portal/laws' }));
  });
});
