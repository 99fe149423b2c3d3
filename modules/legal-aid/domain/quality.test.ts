import { describe, expect, it } from 'vitest';
import { caseFileRubric, scoreReview } from './quality';

const full = Object.fromEntries(caseFileRubric.items.map((i) => [i.key, i.maxPoints]));

describe('case-file review rubric', () => {
  it('weights add up to 100', () => {
    expect(caseFileRubric.items.reduce((s, i) => s + i.maxPoints, 0)).toBe(100);
  });

  it('totals and grades at the band boundaries', () => {
    expect(scoreReview(caseFileRubric, full)).toMatchObject({ ok: true, total: 100, grade: 'excellent' });
    expect(scoreReview(caseFileRubric, { ...full, opinion: 15 })).toMatchObject({ total: 90, grade: 'excellent' });
    expect(scoreReview(caseFileRubric, { ...full, opinion: 14 })).toMatchObject({ total: 89, grade: 'good' });
    expect(scoreReview(caseFileRubric, { ...full, opinion: 5 })).toMatchObject({ total: 80, grade: 'good' });
    expect(scoreReview(caseFileRubric, { ...full, opinion: 0, contact: 0 })).toMatchObject({ total: 60, grade: 'pass' });
    expect(scoreReview(caseFileRubric, { ...full, opinion: 0, contact: 0, filing: 9 })).toMatchObject({ total: 59, grade: 'fail' });
  });

  it('names the item at fault', () => {
    const { opinion: _omit, ...missing } = full;
    expect(scoreReview(caseFileRubric, missing)).toEqual({ ok: false, field: 'scores.opinion', reason: 'missing' });
    expect(scoreReview(caseFileRubric, { ...full, opinion: 26 })).toEqual({ ok: false, field: 'scores.opinion', reason: 'outOfRange' });
    expect(scoreReview(caseFileRubric, { ...full, opinion: -1 })).toMatchObject({ reason: 'outOfRange' });
    expect(scoreReview(caseFileRubric, { ...full, opinion: 10.3 })).toMatchObject({ reason: 'outOfRange' });
    expect(scoreReview(caseFileRubric, { ...full, extra: 1 })).toEqual({ ok: false, field: 'scores.extra', reason: 'unknown' });
  });
});
