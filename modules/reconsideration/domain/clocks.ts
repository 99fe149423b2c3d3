import {
  addDays,
  computeDeadline,
  deadlineInputFor,
  explain,
  getStatutoryPeriod,
  isAfter,
  type DeadlineResult,
  type ExcludedInterval,
  type HolidayCalendar,
  type LocalDate,
} from '@tianping/common/calendar/index';
import { suspensionGroundLabels, type SuspensionGround } from '../contract/decision-enums';
import type { Procedure } from '../contract/enums';
import { ReconsiderationError } from './reconsideration-error';

/**
 * Checks the server runs before a step of the case (行政复议法 2023):
 * - 第六十二条: decision within 60 days of acceptance (ordinary; extendable once approved by the office
 *   head, by at most 30 days in total) or 30 days (simplified; no extension in the text);
 * - 第五十一条第一款 + 第八十八条第二款: the hearing notice at least 5 working days before the hearing;
 * - 第四十一条第（五）项: a suspension on 第三十九条第一款 items 1, 2, 4 lapsing after 60 days;
 * - 第五十条第三款: the hearing panel; 第十七条: one or two agents with a letter of authorisation.
 */

export interface Explained {
  readonly result: DeadlineResult;
  readonly explanation: { readonly zh: string[]; readonly en: string[] };
}

function explained(result: DeadlineResult): Explained {
  return { result, explanation: { zh: explain(result, 'zh'), en: explain(result, 'en') } };
}

const MAX_EXTENSION_DAYS = getStatutoryPeriod('reconsideration.decisionOrdinary').maxExtension?.amount ?? 0;

export interface ExtensionRequest {
  readonly procedure: Procedure;
  readonly alreadyExtendedDays: number;
  readonly requestedDays: number;
}

/** Validates an extension of the decision period; returns the days extended in total and the days still available. */
export function checkExtension(request: ExtensionRequest): { readonly totalDays: number; readonly remainingDays: number } {
  if (request.procedure === 'simplified') throw new ReconsiderationError('RECON_EXTENSION_NOT_ALLOWED', 'procedure');
  if (!Number.isInteger(request.requestedDays) || request.requestedDays < 1) {
    throw new ReconsiderationError('RECON_EXTENSION_DAYS_INVALID', 'days', String(request.requestedDays));
  }
  const totalDays = request.alreadyExtendedDays + request.requestedDays;
  if (totalDays > MAX_EXTENSION_DAYS) {
    throw new ReconsiderationError(
      'RECON_EXTENSION_EXCEEDED',
      'days',
      `${request.alreadyExtendedDays} + ${request.requestedDays} > ${MAX_EXTENSION_DAYS}`,
    );
  }
  return { totalDays, remainingDays: MAX_EXTENSION_DAYS - totalDays };
}

export interface DecisionPeriodInput {
  readonly procedure: Procedure;
  readonly acceptedOn: LocalDate;
  /** Time not counted: correction, inspection, appraisal; suspension only where the bureau has confirmed the local rule. */
  readonly excluded?: readonly ExcludedInterval[];
  /** Approved extensions (ordinary procedure only). */
  readonly extensions?: readonly { readonly days: number; readonly approvedOn: LocalDate }[];
}

/** The last day to decide (第六十二条), with its derivation. */
export function decisionDueDate(input: DecisionPeriodInput, calendar: HolidayCalendar): Explained {
  const extensions = input.extensions ?? [];
  if (input.procedure === 'simplified' && extensions.length > 0) throw new ReconsiderationError('RECON_EXTENSION_NOT_ALLOWED', 'procedure');
  const id = input.procedure === 'ordinary' ? 'reconsideration.decisionOrdinary' : 'reconsideration.decisionSimplified';
  const legalBasis = getStatutoryPeriod(id).maxExtension?.legalBasis;
  const options = {
    ...(input.excluded && input.excluded.length > 0 ? { excluded: input.excluded } : {}),
    ...(legalBasis && extensions.length > 0
      ? { extensions: extensions.map((e) => ({ amount: e.days, unit: 'day' as const, approvedOn: e.approvedOn, legalBasis })) }
      : {}),
  };
  let total = 0;
  for (const e of extensions)
    total = checkExtension({ procedure: input.procedure, alreadyExtendedDays: total, requestedDays: e.days }).totalDays;
  return explained(computeDeadline(deadlineInputFor(id, input.acceptedOn, options), calendar));
}

/** The notice must be served on or before the latest day; throws RECON_HEARING_NOTICE_TOO_LATE otherwise. */
export function checkHearingNotice(
  input: { readonly noticeServedOn: LocalDate; readonly hearingOn: LocalDate },
  calendar: HolidayCalendar,
): Explained & { readonly latestNoticeDay: LocalDate } {
  const result = computeDeadline(deadlineInputFor('reconsideration.hearingNotice', input.hearingOn), calendar);
  if (isAfter(input.noticeServedOn, result.dueDate)) {
    throw new ReconsiderationError('RECON_HEARING_NOTICE_TOO_LATE', 'noticeServedOn', `${input.noticeServedOn} > ${result.dueDate}`);
  }
  return { ...explained(result), latestNoticeDay: result.dueDate };
}

export interface SuspensionLapse extends Explained {
  /** The 60th day of the suspension (not shifted: time simply elapses). */
  readonly lapsesOn: LocalDate;
  /** From this day the authority decides to terminate if the cause remains (第四十一条第（五）项). */
  readonly terminableFrom: LocalDate;
}

/** For grounds 1, 2, 4 of 第三十九条第一款: when the suspension lapses into termination; null for the other grounds. */
export function suspensionTerminationDue(
  input: { readonly ground: SuspensionGround; readonly suspendedOn: LocalDate },
  calendar: HolidayCalendar,
): SuspensionLapse | null {
  if (!suspensionGroundLabels[input.ground].terminateAfter60Days) return null;
  const result = computeDeadline(deadlineInputFor('reconsideration.terminationAfterSuspension', input.suspendedOn), calendar);
  return { ...explained(result), lapsesOn: result.dueDate, terminableFrom: addDays(result.dueDate, 1) };
}

export interface HearingPanel {
  readonly presiding: string | null | undefined;
  readonly officers: readonly string[];
  readonly clerk: string | null | undefined;
}

/** 第五十条第三款: one presiding officer, two or more hearing officers, one clerk — all different people. */
export function checkHearingPanel(panel: HearingPanel): void {
  if (!panel.presiding) throw new ReconsiderationError('RECON_HEARING_PANEL_INVALID', 'presiding');
  if (panel.officers.length < 2) throw new ReconsiderationError('RECON_HEARING_PANEL_INVALID', 'officers');
  if (!panel.clerk) throw new ReconsiderationError('RECON_HEARING_PANEL_INVALID', 'clerk');
  const people = [panel.presiding, ...panel.officers, panel.clerk];
  if (new Set(people).size !== people.length)
    throw new ReconsiderationError('RECON_HEARING_PANEL_INVALID', 'officers', 'the same person twice');
}

export interface Agent {
  readonly authorisationLetterAttachmentId?: string | null;
}

/** 第十七条: each applicant or third party may appoint one or two agents, each with a letter of authorisation. Call per principal. */
export function checkAgents(agents: readonly Agent[], fieldPrefix = 'agents'): void {
  if (agents.length > 2) throw new ReconsiderationError('RECON_TOO_MANY_AGENTS', fieldPrefix, String(agents.length));
  agents.forEach((agent, index) => {
    if (!agent.authorisationLetterAttachmentId) {
      throw new ReconsiderationError('RECON_AGENT_LETTER_MISSING', `${fieldPrefix}.${index}.authorisationLetterAttachmentId`);
    }
  });
}
