import type { Instant } from '@tianping/server/db/schema';
import type { CaseRow } from './case.repository';

/** The columns of a case that is only just received: no number, handler, clock or outcome yet. */
const receivedDefaults = {
  caseNumber: null,
  state: 'received',
  procedure: null,
  forwardedBy: null,
  forwardedOn: null,
  handlerId: null,
  acceptedOn: null,
  deemedAccepted: 0,
  rejectionReason: null,
  decisionDueOn: null,
  extensionDays: 0,
  suspended: 0,
  closedOn: null,
  outcome: null,
  decisionType: null,
  satisfaction: null,
  satisfactionComment: null,
  version: 1,
} as const;

type Defaulted = keyof typeof receivedDefaults | 'createdAt' | 'updatedAt';

/** What the application itself says (applicant, respondent, act, requests, timeliness); `forwardedBy/On` when 第三十二条 applies. */
export type ReceivedCaseFields = Omit<CaseRow, Defaulted> & Partial<Pick<CaseRow, 'forwardedBy' | 'forwardedOn'>>;

/**
 * A complete `recon_cases` row for an application received on `fields.receivedOn`
 * (intake, the demo seed and the test fixtures all start a case this way).
 */
export function receivedCaseRow(fields: ReceivedCaseFields, now: Instant): CaseRow {
  return { ...receivedDefaults, ...fields, createdAt: now, updatedAt: now };
}
