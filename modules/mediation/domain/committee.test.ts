import { describe, expect, it } from 'vitest';
import { committeeProblem, defaultTermEnd, termWarnings, type MemberTerm } from './committee';

const m = (over: Partial<MemberTerm> = {}): MemberTerm => ({ gender: 'male', role: 'member', termStartOn: '2024-03-01', ...over });
const lawful = [m({ role: 'chair' }), m({ gender: 'female' }), m()];

describe('committee composition (人民调解法 第八–第十条)', () => {
  it('accepts three to nine members with a woman and one chair', () => {
    expect(committeeProblem({ kind: 'village', members: lawful })).toBeNull();
    expect(committeeProblem({ kind: 'village', members: [...lawful, ...Array.from({ length: 6 }, () => m())] })).toBeNull();
  });

  it('rejects two or ten members (第八条第二款)', () => {
    expect(committeeProblem({ kind: 'village', members: lawful.slice(0, 2) })).toEqual({ code: 'MED_COMMITTEE_SIZE', field: 'members' });
    expect(committeeProblem({ kind: 'village', members: [...lawful, ...Array.from({ length: 7 }, () => m())] })).toEqual({
      code: 'MED_COMMITTEE_SIZE',
      field: 'members',
    });
  });

  it('rejects a committee without a woman (第八条第三款)', () => {
    expect(committeeProblem({ kind: 'street', members: [m({ role: 'chair' }), m(), m()] })).toEqual({
      code: 'MED_COMMITTEE_NO_WOMAN',
      field: 'members',
    });
  });

  it('needs exactly one chair', () => {
    expect(committeeProblem({ kind: 'street', members: [m(), m({ gender: 'female' }), m()] })?.code).toBe('MED_COMMITTEE_CHAIR');
    expect(committeeProblem({ kind: 'street', members: [m({ role: 'chair' }), m({ role: 'chair', gender: 'female' }), m()] })?.code).toBe(
      'MED_COMMITTEE_CHAIR',
    );
  });

  it('industry committees name their field', () => {
    expect(committeeProblem({ kind: 'industry', industryField: null, members: lawful })).toEqual({
      code: 'MED_COMMITTEE_FIELD_REQUIRED',
      field: 'industryField',
    });
    expect(committeeProblem({ kind: 'industry', industryField: 'medical', members: lawful })).toBeNull();
  });

  it('terms last three years at most (第九条第二款), the field names the member', () => {
    expect(defaultTermEnd('2024-03-01')).toBe('2027-02-28');
    expect(defaultTermEnd('2024-02-29')).toBe('2027-02-27');
    const long = [...lawful.slice(0, 2), m({ termEndOn: '2027-03-01' })];
    expect(committeeProblem({ kind: 'village', members: long })).toEqual({
      code: 'MED_COMMITTEE_TERM_INVALID',
      field: 'members.2.termEndOn',
    });
    const backwards = [m({ role: 'chair', termEndOn: '2024-02-01' }), ...lawful.slice(1)];
    expect(committeeProblem({ kind: 'village', members: backwards })?.field).toBe('members.0.termEndOn');
    expect(committeeProblem({ kind: 'village', members: [...lawful.slice(0, 2), m({ termEndOn: '2027-02-28' })] })).toBeNull();
  });
});

describe('term-end warnings', () => {
  const members = [
    { ...m({ termStartOn: '2023-01-10' }), name: 'A' }, // ends 2026-01-09
    { ...m({ termStartOn: '2022-11-01' }), name: 'B' }, // ends 2025-10-31 (ended)
    { ...m({ termStartOn: '2024-06-01' }), name: 'C' }, // ends 2027-05-31
  ];

  it('lists the terms ending within 60 days and the ended ones, soonest first', () => {
    const w = termWarnings(members, '2025-11-15');
    expect(w.map((x) => [x.member.name, x.termEndOn, x.daysLeft, x.expired])).toEqual([
      ['B', '2025-10-31', -15, true],
      ['A', '2026-01-09', 55, false],
    ]);
  });

  it('says nothing earlier than the warning period, and the period is configurable', () => {
    expect(termWarnings(members, '2025-08-01').map((x) => x.member.name)).toEqual([]);
    expect(termWarnings(members, '2025-08-01', 100).map((x) => x.member.name)).toEqual(['B']);
    expect(termWarnings(members, '2025-11-10', 60).map((x) => x.member.name)).toEqual(['B', 'A']);
  });
});
