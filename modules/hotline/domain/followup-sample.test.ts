import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawFollowUpSample, followUpSampleSize, followUpSeed, reopensTicket } from './followup-sample';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('follow-up sampling (回访抽样)', () => {
  it('is reproducible from the published value and instant, and order-independent in the population', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `T${String(i).padStart(3, '0')}`);
    const seed = followUpSeed('12345', '2025-03-03T02:00:00.000Z', sha256);
    expect(seed).toBe(sha256('12345|2025-03-03T02:00:00.000Z'));
    const a = drawFollowUpSample(ids, seed, 5, sha256);
    const b = drawFollowUpSample([...ids].reverse(), seed, 5, sha256);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(5);
    expect(drawFollowUpSample(ids, followUpSeed('12346', '2025-03-03T02:00:00.000Z', sha256), 5, sha256)).not.toEqual(a);
  });

  it('sample size: ceil of the percentage, at least one, never above the population', () => {
    expect(followUpSampleSize(0, 10)).toBe(0);
    expect(followUpSampleSize(3, 10)).toBe(1);
    expect(followUpSampleSize(101, 10)).toBe(11);
    expect(followUpSampleSize(4, 100)).toBe(4);
  });

  it('only a dissatisfied answer reopens', () => {
    expect(reopensTicket('dissatisfied')).toBe(true);
    expect(reopensTicket('basicallySatisfied')).toBe(false);
    expect(reopensTicket(null)).toBe(false);
  });
});
