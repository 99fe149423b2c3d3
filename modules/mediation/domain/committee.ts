import { addDays, addYears, diffDays, parseLocalDate } from '@tianping/common/calendar/index';
import type { mediationErrors } from '../contract/errors';
import { TERM_WARNING_DAYS, type CommitteeKind, type MemberGender, type MemberRole } from '../contract/organisation';

/**
 * Rules of 人民调解法 第八–第十条 on a committee's composition — pure, no I/O:
 * 三至九名委员 (第八条第二款), 设主任一人 (第八条第二款), 应当有妇女成员 (第八条第三款),
 * 每届任期三年 (第九条第二款). The warning period before a term ends is a local rule (TERM_WARNING_DAYS).
 */
export const MIN_MEMBERS = 3;
export const MAX_MEMBERS = 9;
export const TERM_YEARS = 3;

export type CommitteeProblemCode = keyof typeof mediationErrors &
  ('MED_COMMITTEE_SIZE' | 'MED_COMMITTEE_NO_WOMAN' | 'MED_COMMITTEE_CHAIR' | 'MED_COMMITTEE_TERM_INVALID' | 'MED_COMMITTEE_FIELD_REQUIRED');

export interface CommitteeProblem {
  code: CommitteeProblemCode;
  field: string;
}

export interface MemberTerm {
  gender: MemberGender;
  role: MemberRole;
  termStartOn: string;
  termEndOn?: string | undefined;
}

/** The last day of a three-year term that starts on `start` (2024-03-01 → 2027-02-28). */
export function defaultTermEnd(start: string): string {
  return addDays(addYears(parseLocalDate(start), TERM_YEARS), -1);
}

/** The end of each member's term, given or defaulted. */
export function termEndOf(m: MemberTerm): string {
  return m.termEndOn ?? defaultTermEnd(m.termStartOn);
}

/** The first rule a committee's composition breaks, with the field at fault; null when it is lawful. */
export function committeeProblem(input: {
  kind: CommitteeKind;
  industryField?: string | null;
  members: readonly MemberTerm[];
}): CommitteeProblem | null {
  if (input.kind === 'industry' && !input.industryField) return { code: 'MED_COMMITTEE_FIELD_REQUIRED', field: 'industryField' };
  const { members } = input;
  if (members.length < MIN_MEMBERS || members.length > MAX_MEMBERS) return { code: 'MED_COMMITTEE_SIZE', field: 'members' };
  if (!members.some((m) => m.gender === 'female')) return { code: 'MED_COMMITTEE_NO_WOMAN', field: 'members' };
  if (members.filter((m) => m.role === 'chair').length !== 1) return { code: 'MED_COMMITTEE_CHAIR', field: 'members' };
  for (const [i, m] of members.entries()) {
    if (m.termEndOn === undefined) continue;
    if (m.termEndOn <= m.termStartOn || m.termEndOn > defaultTermEnd(m.termStartOn)) {
      return { code: 'MED_COMMITTEE_TERM_INVALID', field: `members.${i}.termEndOn` };
    }
  }
  return null;
}

export interface TermWarningOf<M> {
  member: M;
  termEndOn: string;
  daysLeft: number;
  expired: boolean;
}

/**
 * Members whose term ends within `warningDays` of `today`, or has ended (re-election due,
 * 第九条第二款: 可以连选连任), soonest first.
 */
export function termWarnings<M extends MemberTerm>(
  members: readonly M[],
  today: string,
  warningDays = TERM_WARNING_DAYS,
): TermWarningOf<M>[] {
  return members
    .map((member) => {
      const termEndOn = termEndOf(member);
      const daysLeft = diffDays(parseLocalDate(today), parseLocalDate(termEndOn));
      return { member, termEndOn, daysLeft, expired: daysLeft < 0 };
    })
    .filter((w) => w.daysLeft <= warningDays)
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
