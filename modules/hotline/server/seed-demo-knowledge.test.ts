import { describe, expect, it } from 'vitest';
import { demoPassword, seedDemoUsers } from '@tianping/server/identity/seed-demo';
import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import { buildTestApp } from '../../../server/test/build-test-app';
import { loginWithPassword } from '../../../server/test/login';
import { topCategories } from '../contract/enums';
import { seedHotlineRolesAndUsers } from './seed-demo';
import { seedHotlineKnowledgeDemo } from './seed-demo-knowledge';

describe('hotline demo: knowledge base, consultations and public Q&A', async () => {
  const t = await buildTestApp({}, [], { seedLaws: true });
  await seedDemoOrganisations(t.kernel);
  await seedDemoUsers(t.kernel);
  await seedHotlineRolesAndUsers(t.kernel);
  await seedHotlineKnowledgeDemo(t.kernel);
  const db = t.kernel.db;
  const n = async (table: 'hlArticles' | 'hlConsultations' | 'hlPublicQa' | 'hlArticleLaws') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('publishes ≥ 30 articles over all 14 categories, each linked to law articles; idempotent', async () => {
    const published = await db.selectFrom('hlArticles').select(['id', 'category']).where('state', '=', 'published').execute();
    expect(published.length).toBeGreaterThanOrEqual(30);
    expect(new Set(published.map((a) => a.category.split('.')[0]))).toEqual(new Set(topCategories));
    const linked = new Set((await db.selectFrom('hlArticleLaws').select('articleId').execute()).map((r) => r.articleId));
    expect(published.every((a) => linked.has(a.id))).toBe(true);
    expect((await db.selectFrom('hlArticles').select('id').where('state', '!=', 'published').execute()).length).toBeGreaterThan(0);
    const before = [await n('hlArticles'), await n('hlConsultations'), await n('hlPublicQa'), await n('hlArticleLaws')];
    await seedHotlineKnowledgeDemo(t.kernel);
    expect([await n('hlArticles'), await n('hlConsultations'), await n('hlPublicQa'), await n('hlArticleLaws')]).toEqual(before);
  });

  it('hexi.agent answers from the queue (one overdue) and finds the demo FAQ; the portal lists public Q&A', async () => {
    const agent = await loginWithPassword(t, 'hexi.agent', demoPassword);
    const overdue = await t.app.inject({ method: 'GET', url: '/api/hotline/consultations?overdue=true', headers: agent.headers });
    expect(overdue.statusCode, overdue.body).toBe(200);
    expect(overdue.json().total).toBeGreaterThanOrEqual(1);
    const states = (await t.app.inject({ method: 'GET', url: '/api/hotline/consultations', headers: agent.headers }))
      .json()
      .items.map((i: { state: string }) => i.state);
    expect(new Set(states)).toEqual(new Set(['waiting', 'answered', 'rated']));
    const s = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/suggest',
      headers: agent.headers,
      payload: { text: '网上买的衣服不想要了能退吗' },
    });
    expect(s.json().faq[0].title).toBe('网购七日无理由退货');
    const supervisor = await loginWithPassword(t, 'city.hotline', demoPassword);
    const inReview = await t.app.inject({ method: 'GET', url: '/api/hotline/articles?state=inReview', headers: supervisor.headers });
    expect(inReview.json().total).toBe(1);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/hotline/articles/${inReview.json().items[0].id}/review`,
      headers: supervisor.headers,
      payload: { decision: 'approve' },
    });
    expect(approved.json()).toMatchObject({ state: 'published', publishedVersion: 1 });
    const qa = await t.app.inject({ method: 'GET', url: '/api/hotline/public/qa' });
    expect(qa.json().total).toBeGreaterThanOrEqual(2);
  });
});
