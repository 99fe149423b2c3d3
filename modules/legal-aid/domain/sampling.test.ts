import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawSample, drawSeed, sampleSizeFor } from './sampling';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const population = Array.from({ length: 500 }, (_, i) => `case-${String(i).padStart(4, '0')}`);

describe('reproducible sampling draw', () => {
  it('the seed is SHA-256 of the published value and the instant', () => {
    const seed = drawSeed('3127.45', '2025-12-01T02:00:00.000Z', sha256);
    expect(seed).toBe(sha256('3127.45|2025-12-01T02:00:00.000Z'));
    expect(seed).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the same seed gives the same sample, whatever the order of the population', () => {
    const seed = drawSeed('3127.45', '2025-12-01T02:00:00.000Z', sha256);
    const a = drawSample(population, seed, 25, sha256);
    const b = drawSample([...population].reverse(), seed, 25, sha256);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(25);
    for (const id of a) expect(population).toContain(id);
  });

  it('anyone can recompute it from the published steps', () => {
    const seed = drawSeed('88', '2025-12-01T02:00:00.000Z', sha256);
    const ids = [...population].sort();
    for (let i = 0; i < 5; i += 1) {
      const r = Number.parseInt(sha256(`${seed}:${i}`).slice(0, 13), 16);
      const j = i + (r % (ids.length - i));
      [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    }
    expect(drawSample(population, seed, 5, sha256)).toEqual(ids.slice(0, 5));
  });

  it('another seed gives another sample; every case can be drawn', () => {
    const s1 = drawSample(population, drawSeed('1', 't', sha256), 25, sha256);
    const s2 = drawSample(population, drawSeed('2', 't', sha256), 25, sha256);
    expect(s1).not.toEqual(s2);
    const seen = new Set<string>();
    for (let k = 0; k < 400; k += 1) for (const id of drawSample(population.slice(0, 20), `seed${k}`, 3, sha256)) seen.add(id);
    expect(seen.size).toBe(20);
  });

  it('sample size: given, or a percentage rounded up, never above the population', () => {
    expect(sampleSizeFor(200, { size: 10 })).toBe(10);
    expect(sampleSizeFor(201, { percent: 5 })).toBe(11);
    expect(sampleSizeFor(3, { size: 10 })).toBe(3);
    expect(drawSample(['a', 'b'], 'x', 5, sha256)).toHaveLength(2);
    expect(drawSample([], 'x', 5, sha256)).toEqual([]);
  });
});
