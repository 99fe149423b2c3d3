import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../server/test/build-test-app';
import { searchQualityCases } from '../../../server/src/laws/search-quality.cases';
import { retrievalCases } from './retrieval-quality.cases';
import { coreLawArticles, fusedLawArticles, rankLawArticles, type RankedArticle } from './suggest.service';

/**
 * Retrieval quality of the answer suggestions: is an expected article among the first three law
 * suggestions? Three rankings on two sets: the hotline's citizen questions (retrieval-quality.cases.ts,
 * colloquial, written with the synonym map) and, held out, the core's keyword queries
 * (server/src/laws/search-quality.cases.ts, written for the core search). Rankings: the hotline BM25
 * (+ synonyms, law boost), the core search (GET /api/laws/search), and their fusion — what
 * /suggest and /search use.
 */
const topN = 3;
const required = 0.85;

type Ranker = (db: Parameters<typeof rankLawArticles>[0], q: string, limit: number) => Promise<RankedArticle[]>;
const rankers: [string, Ranker][] = [
  ['fused (used by /suggest and /search)', fusedLawArticles],
  ['hotline BM25 + synonyms + law boost', rankLawArticles],
  ['core search (/api/laws/search)', coreLawArticles],
];

describe('hotline retrieval quality', async () => {
  const t = await buildTestApp({}, [], { seedLaws: true });

  it(`finds an expected article in the top ${topN} for at least ${required * 100}% of ${retrievalCases.length} citizen questions`, async () => {
    const shares: Record<string, number> = {};
    for (const [name, rank] of rankers) {
      const misses: string[] = [];
      for (const c of retrievalCases) {
        const got = (await rank(t.kernel.db, c.q, topN)).map((r) => `${r.meta.lawTitle} ${r.meta.label}`);
        if (!got.some((g) => c.expect.includes(g))) misses.push(`${c.q} → ${c.expect.join('/')}; got ${got.join(', ') || 'nothing'}`);
      }
      let held = 0;
      for (const c of searchQualityCases) {
        const got = await rank(t.kernel.db, c.q, topN);
        if (got.some((r) => r.meta.lawTitle === c.law && r.meta.label === c.article)) held++;
      }
      const hits = retrievalCases.length - misses.length;
      shares[name] = hits / retrievalCases.length;
      console.log(
        `retrieval quality (${t.kernel.handle.dialect}) ${name}: citizen questions ${hits}/${retrievalCases.length} = ${(shares[name] * 100).toFixed(1)}%, ` +
          `held-out keyword queries ${held}/${searchQualityCases.length} = ${((held / searchQualityCases.length) * 100).toFixed(1)}% in top ${topN}` +
          (misses.length && name.startsWith('fused') ? `\n  missed: ${misses.join('\n  missed: ')}` : ''),
      );
    }
    const [fused, , core] = rankers.map(([name]) => shares[name]!);
    expect(retrievalCases.length).toBeGreaterThanOrEqual(40);
    expect(fused).toBeGreaterThanOrEqual(required);
    expect(fused).toBeGreaterThanOrEqual(core!);
  }, 240_000);
});
