import { describe, expect, it } from 'vitest';
import { formatCaseNumber, templateProblem } from './case-number.template';

const parts = { orgAbbr: '津河西司', orgCode: 'TJ-HX', year: 2025, seq: 17 };

describe('case-number templates', () => {
  it.each([
    ['{orgAbbr}复〔{year}〕{seq}号', '津河西司复〔2025〕17号'],
    ['津司复〔{year}〕{seq}号', '津司复〔2025〕17号'],
    ['{orgCode}-{year}-{seq:4}', 'TJ-HX-2025-0017'],
    ['{year}{seq:1}', '202517'],
  ])('%s → %s', (template, expected) => {
    expect(templateProblem(template)).toBeUndefined();
    expect(formatCaseNumber(template, parts)).toBe(expected);
  });

  it.each([
    ['津司复〔{year}〕号', 'the template must contain {seq}'],
    ['{orgName}{seq}', 'unknown placeholder {orgName}'],
    ['{year:4}{seq}', 'width only applies to {seq:1-9}, not {year:4}'],
    ['{seq:0}', 'width only applies to {seq:1-9}, not {seq:0}'],
    ['{seq}}', 'unbalanced braces'],
  ])('rejects %s', (template, problem) => {
    expect(templateProblem(template)).toBe(problem);
  });
});
