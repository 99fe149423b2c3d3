import {
  computeDeadline,
  deadlineInputFor,
  explain,
  isAfter,
  type DeadlineResult,
  type ExcludedInterval,
  type HolidayCalendar,
  type LegalBasis,
  type LocalDate,
  type LocalizedText,
} from '@tianping/common/calendar/index';
import { ReconsiderationError } from './reconsideration-error';

/**
 * Whether an application is in time (行政复议法 2023):
 * - 第二十条第一款: 60 days from knowing (or when one should have known) of the act;
 * - 第二十条第二款: time lost to force majeure or another good reason is not counted (continues after the obstacle);
 * - 第二十条第三款: if the agency did not state the right to apply, the body and the time limit, the 60 days
 *   run from knowing of them, but at most one year from knowing of the act's content;
 * - 第二十一条: never later than 20 years (real property) or 5 years (other acts) after the act was made.
 * The application is timely when it was received on or before the earliest of these last days.
 */

export interface ApplicationTimelinessInput {
  readonly receivedOn: LocalDate;
  readonly actMadeOn: LocalDate;
  readonly learnedOfActOn: LocalDate;
  /** Whether the act stated the right to apply, the reconsideration body and the time limit. */
  readonly rightsStated: boolean;
  /** When the applicant learned of those (only when `rightsStated` is false); null: not established — counted from receipt. */
  readonly learnedOfRightsOn?: LocalDate | null;
  readonly involvesRealProperty: boolean;
  /** Time lost to force majeure or another good reason (第二十条第二款); counting passes over it. */
  readonly tolled?: readonly ExcludedInterval[];
}

export type TimelinessCheckKey = 'application' | 'uninformedMax' | 'protection';

export interface TimelinessCheck {
  readonly key: TimelinessCheckKey;
  readonly lastDay: LocalDate;
  readonly timely: boolean;
  readonly provisional: boolean;
  readonly legalBasis: LegalBasis;
  readonly explanation: { readonly zh: string[]; readonly en: string[] };
  readonly result: DeadlineResult;
}

export interface ApplicationTimeliness {
  readonly timely: boolean;
  /** The binding check was counted in a year whose holiday schedule is not maintained. */
  readonly provisional: boolean;
  /** The earliest last day of the applicable checks. */
  readonly lastDay: LocalDate;
  /** The check that set `lastDay`. */
  readonly binding: TimelinessCheckKey;
  readonly checks: readonly TimelinessCheck[];
  /** Things the handler must confirm (an assumed start day, a provisional calendar year). */
  readonly notes: readonly LocalizedText[];
}

const tollingBasis: LegalBasis = { law: '行政复议法', article: '第二十条第二款' };

const rightsAnchor: LocalizedText = {
  zh: '知道或者应当知道申请行政复议的权利、行政复议机关和申请期限',
  en: 'knowing (or when one should have known) of the right to apply, the reconsideration body and the time limit',
};

const rightsAssumedNote: LocalizedText = {
  zh: '行政行为未告知复议权利，且未查明申请人知道复议权利的日期：申请期限暂自收到申请之日起算（行政复议法第二十条第三款），以自知道行政行为之日起一年为上限。',
  en: 'The act did not state the right to apply and the day the applicant learned of it is not established: the period is counted from receipt (Art. 20(3)), capped at one year from learning of the act.',
};

const provisionalNote: LocalizedText = {
  zh: '计算所依据的年度节假日安排尚未发布或未录入，结果为暂定，须在安排发布后复核。',
  en: 'A year’s holiday schedule used in the count is not yet published or entered; the result is provisional.',
};

function validate(input: ApplicationTimelinessInput): void {
  const dates: [string, LocalDate | null | undefined][] = [
    ['actMadeOn', input.actMadeOn],
    ['learnedOfActOn', input.learnedOfActOn],
    ['learnedOfRightsOn', input.learnedOfRightsOn],
  ];
  for (const [field, date] of dates) {
    if (date && isAfter(date, input.receivedOn))
      throw new ReconsiderationError('RECON_DATE_IN_FUTURE', field, `${date} > ${input.receivedOn}`);
  }
  if (isAfter(input.actMadeOn, input.learnedOfActOn)) {
    throw new ReconsiderationError('RECON_ACT_AFTER_LEARNED', 'learnedOfActOn', `${input.actMadeOn} > ${input.learnedOfActOn}`);
  }
  if (!input.rightsStated && input.learnedOfRightsOn && isAfter(input.learnedOfActOn, input.learnedOfRightsOn)) {
    throw new ReconsiderationError('RECON_RIGHTS_BEFORE_ACT', 'learnedOfRightsOn', `${input.learnedOfRightsOn} < ${input.learnedOfActOn}`);
  }
}

function check(key: TimelinessCheckKey, result: DeadlineResult, receivedOn: LocalDate): TimelinessCheck {
  return {
    key,
    lastDay: result.dueDate,
    timely: !isAfter(receivedOn, result.dueDate),
    provisional: result.provisional,
    legalBasis: result.input.period.legalBasis,
    explanation: { zh: explain(result, 'zh'), en: explain(result, 'en') },
    result,
  };
}

export function assessApplicationTimeliness(input: ApplicationTimelinessInput, calendar: HolidayCalendar): ApplicationTimeliness {
  validate(input);
  const tolled = (input.tolled ?? []).map((interval) => (interval.legalBasis ? interval : { ...interval, legalBasis: tollingBasis }));
  const options = tolled.length > 0 ? { excluded: tolled } : {};
  const notes: LocalizedText[] = [];
  const checks: TimelinessCheck[] = [];

  if (input.rightsStated) {
    const result = computeDeadline(deadlineInputFor('reconsideration.application', input.learnedOfActOn, options), calendar);
    checks.push(check('application', result, input.receivedOn));
  } else {
    if (!input.learnedOfRightsOn) notes.push(rightsAssumedNote);
    const start = input.learnedOfRightsOn ?? input.receivedOn;
    const fromRights = { ...deadlineInputFor('reconsideration.application', start, options), anchor: rightsAnchor };
    checks.push(check('application', computeDeadline(fromRights, calendar), input.receivedOn));
    const cap = computeDeadline(deadlineInputFor('reconsideration.applicationUninformedMax', input.learnedOfActOn, options), calendar);
    checks.push(check('uninformedMax', cap, input.receivedOn));
  }

  // 第二十一条 is an outer limit counted from the act itself; 第二十条第二款 (tolling) speaks of the application period only.
  const protectionId = input.involvesRealProperty ? 'reconsideration.protectionRealProperty' : 'reconsideration.protectionOther';
  checks.push(check('protection', computeDeadline(deadlineInputFor(protectionId, input.actMadeOn), calendar), input.receivedOn));

  const binding = checks.reduce((earliest, c) => (isAfter(earliest.lastDay, c.lastDay) ? c : earliest));
  // Only the earliest last day decides; a later check in an unmaintained year cannot change the outcome.
  if (binding.provisional) notes.push(provisionalNote);
  return {
    timely: checks.every((c) => c.timely),
    provisional: binding.provisional,
    lastDay: binding.lastDay,
    binding: binding.key,
    checks,
    notes,
  };
}
