import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { articleId } from './law-ids';
import { importLawLibrary, lawDataDir } from './law-import.service';

describe('law library import', async () => {
  const t = await buildTestApp({}, [], { seedLaws: true });
  const db = t.kernel.db;
  const dir = await mkdtemp(join(tmpdir(), 'tp-laws-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const count = async (table: 'laws' | 'lawArticles') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const articleSearch = (q: string) =>
    t.app.inject({ method: 'GET', url: `/api/laws/search?q=${encodeURIComponent(q)}` }).then((r) => r.json());

  it('imported every law and article on start, each article indexed once', async () => {
    expect(await count('laws')).toBe(43);
    expect(await count('lawArticles')).toBe(5429);
    const docs = await db
      .selectFrom('searchDocuments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entityType', '=', 'lawArticle')
      .executeTakeFirstOrThrow();
    expect(Number(docs.n)).toBe(5429);
  });

  it('skips unchanged laws on the next start', async () => {
    const report = await importLawLibrary(db);
    expect(report).toMatchObject({ laws: 43, imported: 0, skipped: 43, removed: 0, articles: 0 });
  });

  it('re-imports only a changed law, keeps article ids, re-indexes it, and drops laws no longer listed', async () => {
    await cp(lawDataDir, dir, { recursive: true });
    const file = join(dir, '人民调解法.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('第三十五条 本法自2011年1月1日起施行。', '第三十五条 本法自2011年1月1日起施行。校勘标记词甲乙丙。'));
    const catalogue = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    catalogue.laws = catalogue.laws.filter((l: { title: string }) => l.title !== '全国年节及纪念日放假办法');
    await writeFile(join(dir, 'index.json'), JSON.stringify(catalogue));

    const report = await importLawLibrary(db, dir);
    expect(report).toMatchObject({ laws: 42, imported: 1, skipped: 41, removed: 1, articles: 35 });
    const changed = await db
      .selectFrom('lawArticles')
      .select(['id', 'text'])
      .where('id', '=', articleId('人民调解法', 35, 0))
      .executeTakeFirstOrThrow();
    expect(changed.text).toContain('校勘标记词甲乙丙');
    const found = await articleSearch('校勘标记词甲乙丙');
    expect(found.items[0]).toMatchObject({ articleId: changed.id, lawTitle: '人民调解法' });
    expect(await count('laws')).toBe(42);
    expect((await articleSearch('春节 放假')).items.some((h: { lawTitle: string }) => h.lawTitle === '全国年节及纪念日放假办法')).toBe(
      false,
    );

    // Back to the shipped texts: the same ids again, the marker gone from the index.
    expect(await importLawLibrary(db)).toMatchObject({ imported: 2, skipped: 41 });
    expect(await count('lawArticles')).toBe(5429);
    const gone = await articleSearch('校勘标记词甲乙丙');
    expect(gone.mode).toBe('any'); // no article has the marker any more; only its parts match elsewhere
    expect(gone.items.map((h: { articleId: string }) => h.articleId)).not.toContain(changed.id);
  });
});
