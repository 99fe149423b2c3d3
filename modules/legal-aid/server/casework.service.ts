import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { forbidden } from '@tianping/server/http/errors';
import type { CaseworkView, ProgressCreate } from '../contract/casework';
import type { CaseRow } from './case.repository';
import { presentCasework } from './casework.presenter';
import { insertProgress, loadCaseworkRows } from './casework.repository';
import {
  auditCase,
  createdBy,
  loadCase,
  notBefore,
  notInFuture,
  nowIso,
  requireCaseAttachments,
  requireState,
  today,
  touchCase,
} from './casework-support';
import { openObjectionOf } from './objection.repository';

/**
 * The assigned provider's work (legalAid.case.work; a lawyer sees only the cases assigned to them —
 * caseScope): the casework view, and the progress log with meetings, hearing dates and documents.
 */

export async function caseworkView(k: Kernel, actor: ScopedActor, c: CaseRow): Promise<CaseworkView> {
  const [rows, open] = await Promise.all([loadCaseworkRows(k.db, c.id), openObjectionOf(k.db, c.id)]);
  return presentCasework(c, rows, actor, today(k), open !== undefined);
}

export async function getCasework(k: Kernel, actor: ScopedActor, id: string): Promise<CaseworkView> {
  return caseworkView(k, actor, await loadCase(k.db, actor, id));
}

/** Only the assigned provider logs the work; hearings may lie ahead, everything else has happened. */
export function requireAssignee(actor: ScopedActor, c: CaseRow) {
  if (actor.kind !== 'staff' || c.assigneeUserId !== actor.userId) throw forbidden({ field: 'assigneeUserId' });
}

export async function logProgress(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: ProgressCreate,
): Promise<CaseworkView> {
  const c = await loadCase(k.db, actor, id);
  requireState(c, ['assigned']);
  requireAssignee(actor, c);
  if (input.kind !== 'hearing') notInFuture(k, input.occurredOn, 'occurredOn');
  notBefore(input.occurredOn, c.receivedOn, 'occurredOn');
  await requireCaseAttachments(k.db, c.id, input.attachmentIds, 'attachmentIds');
  const row = {
    id: newId(),
    caseId: c.id,
    kind: input.kind,
    occurredOn: input.occurredOn,
    time: input.time ?? null,
    place: input.place ?? null,
    title: input.title,
    content: input.content,
    attachmentIds: JSON.stringify(input.attachmentIds),
    createdBy: createdBy(actor),
    createdAt: nowIso(k),
  };
  await k.db.transaction().execute(async (trx) => {
    await touchCase(k, trx, c);
    await insertProgress(trx, row);
    await auditCase(k, trx, ctx, c, 'legalAid.case.progress', {
      progressId: row.id,
      kind: row.kind,
      occurredOn: row.occurredOn,
      title: row.title,
      attachmentIds: input.attachmentIds,
    });
  });
  return getCasework(k, actor, id);
}
