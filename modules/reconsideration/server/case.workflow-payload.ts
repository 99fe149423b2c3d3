import type { ReconWorkflowPayload } from './case.workflow';
import type { CaseRow } from './case.repository';

/** The payload every transition of a case carries (timers and todo items are chosen from it). */
export function workflowPayload(c: CaseRow, extra: Record<string, unknown> = {}): ReconWorkflowPayload {
  return {
    procedure: (c.procedure as ReconWorkflowPayload['procedure']) ?? null,
    handlerId: c.handlerId,
    respondentOrgId: c.respondentOrgId,
    label: c.caseNumber ?? `${c.applicantName}诉${c.respondentName}`,
    ...extra,
  };
}
