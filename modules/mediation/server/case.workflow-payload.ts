import type { DbOrTrx } from '@tianping/server/db/database';
import type { MedWorkflowPayload } from './case.workflow';
import type { CaseRow } from './case.repository';

/** The payload every transition of a case carries (timers and todo items are chosen from it). */
export function workflowPayload(c: CaseRow, mediatorUserId: string | null, extra: Record<string, unknown> = {}): MedWorkflowPayload {
  return {
    mediatorUserId,
    targetDays: c.targetDays,
    label: `${c.caseNumber} ${c.title}`,
    ...extra,
  };
}

/** The login of the case's designated mediator (med_mediators.userId), if the mediator has one. */
export async function mediatorUserIdOf(db: DbOrTrx, mediatorId: string | null): Promise<string | null> {
  if (!mediatorId) return null;
  const row = await db.selectFrom('medMediators').select('userId').where('id', '=', mediatorId).executeTakeFirst();
  return row?.userId ?? null;
}

/** The payload with the mediator's login looked up (for services and jobs). */
export async function payloadFor(db: DbOrTrx, c: CaseRow, extra: Record<string, unknown> = {}): Promise<MedWorkflowPayload> {
  return workflowPayload(c, await mediatorUserIdOf(db, c.mediatorId), extra);
}
