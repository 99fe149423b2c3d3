import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { createOrg } from '../../test/factories';
import { loginAs } from '../../test/login';
import { indexDocument, removeDocument } from './search.service';

/** A module's record type invented for the test (the search core does not know its types). */
const caseType = 'testCase';

describe('GET /api/search', async () => {
  const t = await buildTestApp({}, [], { seedLaws: true });
  const db = t.kernel.db;
  const city = await createOrg(t, { name: '测试市司法局' });
  const districtA = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '甲区司法局' });
  const districtB = await createOrg(t, { parentId: city.id, type: 'districtBureau', name: '乙区司法局' });
  const caseDoc = (entityId: string, orgId: string, body: string, permission: string | null = null) =>
    indexDocument(db, {
      entityType: caseType,
      entityId,
      orgId,
      public: 0,
      title: `行政复议案件 ${entityId}`,
      body,
      url: `/workbench/cases/${entityId}`,
      permission,
    });
  await caseDoc('A1', districtA.id, '申请人不服甲区市场监管局罚款决定，申请行政复议，要求撤销。');
  await caseDoc('B1', districtB.id, '申请人不服乙区城管局强制拆除决定，申请行政复议。');
  await caseDoc('ROOT1', city.id, '市司法局直接办理的行政复议案件。');
  await caseDoc('A2', districtA.id, '涉及国家秘密的行政复议案件，仅限有权限的人员查阅。', 'org.organisation.read');
  await caseDoc('XSS', districtA.id, '申请书附件名为 <img src=x onerror=alert(1)> 的图片 & "引号"');

  const search = (headers: Record<string, string> | undefined, query: string) =>
    t.app.inject({ method: 'GET', url: `/api/search?${query}`, headers });
  const ids = (res: { json(): { items: { entityId: string }[] } }) =>
    res
      .json()
      .items.map((h) => h.entityId)
      .sort();

  it('401 without a staff session', async () => {
    const res = await search(undefined, 'q=行政复议');
    expect(res.statusCode).toBe(401);
  });

  it('400 for an empty, blank, oversized or unsearchable query, or a malformed type list', async () => {
    const staff = await loginAs(t, { permissions: [], scope: 'city', orgId: city.id });
    for (const query of ['', 'q=', 'q=%20%20', `q=${'复'.repeat(101)}`, 'q=复议&types=not%20a%20type', 'q=复议&page=0']) {
      const res = await search(staff.headers, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const punctuation = await search(staff.headers, `q=${encodeURIComponent('！？……——')}`);
    expect(punctuation.statusCode).toBe(400);
    expect(punctuation.json().error).toMatchObject({ code: 'SEARCH_NO_TERMS', field: 'q' });
  });

  it('trims org-scoped documents to the data scope in SQL', async () => {
    const subtreeA = await loginAs(t, { permissions: [], scope: 'subtree', orgId: districtA.id });
    const res = await search(subtreeA.headers, `q=${encodeURIComponent('行政复议 案件')}&types=${caseType}`);
    expect(res.statusCode).toBe(200);
    // A2 needs a permission this user lacks; B1 and ROOT1 lie outside district A.
    expect(ids(res)).toEqual(['A1', 'XSS']);
    expect(res.json()).toMatchObject({ total: 2, mode: 'all', page: 1 });

    const withPermission = await loginAs(t, { permissions: ['org.organisation.read'], scope: 'subtree', orgId: districtA.id });
    expect(ids(await search(withPermission.headers, `q=${encodeURIComponent('行政复议 案件')}&types=${caseType}`))).toEqual([
      'A1',
      'A2',
      'XSS',
    ]);

    const cityWide = await loginAs(t, { permissions: [], scope: 'city', orgId: city.id });
    expect(ids(await search(cityWide.headers, `q=${encodeURIComponent('行政复议')}&types=${caseType}`))).toEqual([
      'A1',
      'B1',
      'ROOT1',
      'XSS',
    ]);

    const ownCity = await loginAs(t, { permissions: [], scope: 'own', orgId: city.id });
    expect(ids(await search(ownCity.headers, `q=${encodeURIComponent('行政复议')}&types=${caseType}`))).toEqual(['ROOT1']);
  });

  it('finds public law articles for any staff member, and filters by type', async () => {
    const staff = await loginAs(t, { permissions: [], scope: 'own', orgId: districtB.id });
    const all = await search(staff.headers, `q=${encodeURIComponent('行政复议 申请期限')}`);
    expect(all.statusCode).toBe(200);
    const types = new Set(all.json().items.map((h: { entityType: string }) => h.entityType));
    expect(types.has('lawArticle')).toBe(true);
    const onlyLaws = await search(staff.headers, `q=${encodeURIComponent('行政复议')}&types=lawArticle`);
    expect(onlyLaws.json().items.every((h: { entityType: string }) => h.entityType === 'lawArticle')).toBe(true);
  });

  it('escapes document text and the query; only <mark> is markup', async () => {
    const staff = await loginAs(t, { permissions: [], scope: 'subtree', orgId: districtA.id });
    const res = await search(staff.headers, `q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&types=${caseType}`);
    expect(res.statusCode).toBe(200);
    const hit = res.json().items.find((h: { entityId: string }) => h.entityId === 'XSS');
    // Single characters (x, 1) are not marked while longer terms are.
    expect(hit.snippetHtml).toContain('&lt;<mark>img</mark> <mark>src</mark>=x <mark>onerror</mark>=<mark>alert</mark>(1)&gt;');
    expect(hit.snippetHtml).toContain('&amp; &quot;引号&quot;');
    for (const h of res.json().items as { snippetHtml: string; titleHtml: string }[]) {
      expect(h.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      expect(h.titleHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('treats FTS and SQL syntax in the query as plain words', async () => {
    const staff = await loginAs(t, { permissions: [], scope: 'city', orgId: city.id });
    for (const q of ['"复议', "复议' OR 1=1 --", '复议 AND NOT NEAR(申请', '复议); DROP TABLE search_documents; --', '复议 * ^ : -申请']) {
      const res = await search(staff.headers, `q=${encodeURIComponent(q)}&types=${caseType}`);
      expect(res.statusCode, q).toBe(200);
    }
    const still = await db
      .selectFrom('searchDocuments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(still.n)).toBeGreaterThan(5000);
  });

  it('falls back to any term when no document has them all', async () => {
    const staff = await loginAs(t, { permissions: [], scope: 'city', orgId: city.id });
    const res = await search(staff.headers, `q=${encodeURIComponent('强制拆除 罚款')}&types=${caseType}`);
    expect(res.json()).toMatchObject({ mode: 'any', total: 2 });
    expect(ids(res)).toEqual(['A1', 'B1']);
  });

  it('forgets a removed document and refuses a non-public document without an organisation', async () => {
    const staff = await loginAs(t, { permissions: [], scope: 'city', orgId: city.id });
    await removeDocument(db, caseType, 'B1');
    expect(ids(await search(staff.headers, `q=${encodeURIComponent('强制拆除')}&types=${caseType}`))).toEqual([]);
    await expect(
      indexDocument(db, { entityType: caseType, entityId: 'X', orgId: null, public: 0, title: 't', body: 'b', url: '/' }),
    ).rejects.toThrow(/not public and has no organisation/);
  });
});
