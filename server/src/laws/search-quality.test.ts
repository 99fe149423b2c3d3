import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { searchQualityCases } from './search-quality.cases';

/** Share of questions whose expected article must be among the first results. */
const requiredShare = 0.9;
const topN = 3;

describe('law search quality', async () => {
  const t = await buildTestApp({}, [], { seedLaws: true });

  it(`finds the expected article in the top ${topN} for at least ${requiredShare * 100}% of the questions`, async () => {
    const misses: string[] = [];
    for (const c of searchQualityCases) {
      const res = await t.app.inject({ method: 'GET', url: `/api/laws/search?q=${encodeURIComponent(c.q)}` });
      expect(res.statusCode).toBe(200);
      const top = (res.json().items as { lawTitle: string; label: string }[]).slice(0, topN);
      if (!top.some((h) => h.lawTitle === c.law && h.label === c.article)) {
        misses.push(`${c.q} → ${c.law}${c.article}; got ${top.map((h) => `${h.lawTitle}${h.label}`).join(', ') || 'nothing'}`);
      }
    }
    const share = 1 - misses.length / searchQualityCases.length;
    console.log(
      `search quality (${t.kernel.handle.dialect}): ${searchQualityCases.length - misses.length}/${searchQualityCases.length} in top ${topN}${misses.length ? `\n  missed: ${misses.join('\n  missed: ')}` : ''}`,
    );
    expect(searchQualityCases.length).toBeGreaterThanOrEqual(25);
    expect(share).toBeGreaterThanOrEqual(requiredShare);
  });
});
