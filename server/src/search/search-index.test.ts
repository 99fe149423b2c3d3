import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { resegmentIfChanged } from './search.service';
import { segmenterVersion } from './segmenter';

describe('search index maintenance', async () => {
  const t = await buildTestApp({}, [], { seedLaws: true });
  const db = t.kernel.db;
  const hits = async (q: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/laws/search?q=${encodeURIComponent(q)}` })).json().total as number;

  it('records the segmenter version and leaves a current index alone', async () => {
    const stored = await db.selectFrom('systemState').select('value').where('key', '=', 'search_segmenter_version').executeTakeFirst();
    expect(stored?.value).toBe(segmenterVersion());
    expect(await resegmentIfChanged(db)).toBe(0);
  });

  it('segments every stored document again when the segmenter changed', async () => {
    const before = await hits('人身安全保护令');
    expect(before).toBeGreaterThan(0);
    // As if the documents had been indexed by another dictionary: their tokens no longer match.
    await db.updateTable('searchDocuments').set({ titleTokens: 'x', keywordTokens: '', bodyTokens: 'x' }).execute();
    await db.updateTable('systemState').set({ value: 'jieba:older' }).where('key', '=', 'search_segmenter_version').execute();
    expect(await hits('人身安全保护令')).toBe(0);

    const count = await resegmentIfChanged(db);
    expect(count).toBeGreaterThanOrEqual(5429);
    expect(await hits('人身安全保护令')).toBe(before);
    expect(await resegmentIfChanged(db)).toBe(0);
  });
});
