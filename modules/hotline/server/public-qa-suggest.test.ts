import { describe, expect, it } from 'vitest';
import { newId } from '@tianping/server/db/ids';
import { buildTestApp } from '../../../server/test/build-test-app';
import { setClock } from '../../../server/src/workflow/test-workflow';
import { hotlineOrgs, loginAgent } from './test-fixtures';

describe('published public Q&A (公开问答) in the agent suggestions and search box', async () => {
  const t = await buildTestApp();
  setClock(t, '2025-03-03T02:00:00.000Z');
  const orgs = await hotlineOrgs(t);
  const agent = await loginAgent(t, orgs.hexi.id);
  const qa = (state: string, question: string, answer: string) => ({
    id: newId(),
    consultationId: null,
    category: 'property',
    question,
    answer,
    state,
    proposedBy: agent.userId,
    proposedAt: '2025-03-01T00:00:00.000Z',
    reviewedBy: state === 'proposed' ? null : agent.userId,
    reviewedAt: state === 'proposed' ? null : '2025-03-02T00:00:00.000Z',
    reviewComment: null,
  });
  const published = qa(
    'published',
    '物业公司停水停电催缴物业费合法吗？',
    '物业服务人不得采取停止供电、供水、供热、供燃气等方式催交物业费，可向街道或住建部门反映。',
  );
  const proposed = qa('proposed', '物业公司停水停电催缴物业费，我能不交吗？', '尚未审核的答复，不应出现在建议中。');
  await t.kernel.db.insertInto('hlPublicQa').values([published, proposed]).execute();

  it('suggest: the published one only, labelled 公开问答 with its portal page; a new publication is picked up', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/hotline/suggest',
      payload: { text: '物业停水停电逼我交物业费，这样合法吗' },
      headers: agent.headers,
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().faq as { kind: string; articleId: string; source: { zh: string }; link: string | null; excerpt: string }[];
    expect(items.map((i) => i.articleId)).toEqual([published.id]);
    expect(items[0]).toMatchObject({
      kind: 'publicQa',
      link: `/portal/hotline/qa/${published.id}`,
      source: { zh: expect.stringMatching(/^公开问答/) },
      excerpt: expect.stringContaining('不得采取停止供电'),
    });

    await t.kernel.db
      .updateTable('hlPublicQa')
      .set({ state: 'published', reviewedAt: '2025-03-02T01:00:00.000Z' })
      .where('id', '=', proposed.id)
      .execute();
    const search = (kind: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/hotline/search?q=${encodeURIComponent('物业费 停水停电')}&kind=${kind}`,
        headers: agent.headers,
      });
    const faqOnly = (await search('faq')).json().faq as { articleId: string; kind: string }[];
    expect(faqOnly.map((i) => i.articleId).sort()).toEqual([published.id, proposed.id].sort());
    expect((await search('law')).json().faq).toEqual([]);
  });
});
