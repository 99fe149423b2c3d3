import type { Updateable } from 'kysely';
import { localDateAt } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { loadInstance, transition } from '@tianping/server/workflow/workflow.service';
import { legalAidErrors, type LegalAidErrorCode } from '../contract/errors';
import { findCaseById, findCaseInScope, updateCase, type CaseRow } from './case.repository';
import { workflowPayload } from './case.workflow-payload';
import { aidCaseWorkflow } from './case.workflow';
import type { AidCaseTable } from './tables';

/** Shared steps of the aided case's services (AC): load in scope, state checks, transitions, audit. */

export const today = (k: Pick<Kernel, 'clock'>) => localDateAt(k.clock.now());
export const nowIso = (k: Pick<Kernel, 'clock'>) => k.clock.now().toISOString();
export const aidFail = (code: LegalAidErrorCode, field?: string) => fail(legalAidErrors, code, { field });

/** The case in the actor's scope (centre staff: their centres; a lawyer: only cases assigned to them), or 404. */
export async function loadCase(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow> {
  const row = await findCaseInScope(db, actor, id);
  if (!row) throw notFound();
  return row;
}

export function requireState(c: CaseRow, states: readonly string[], code: LegalAidErrorCode = 'AID_INVALID_TRANSITION') {
  if (!states.includes(c.state)) throw aidFail(code, 'state');
}

export function notInFuture(k: Pick<Kernel, 'clock'>, date: string, field: string) {
  if (date > today(k)) throw aidFail('AID_DATE_IN_FUTURE', field);
}

export function notBefore(date: string, earliest: string | null, field: string) {
  if (earliest && date < earliest) throw aidFail('AID_DATE_ORDER', field);
}

/** Staff user id, or `token`. */
export const createdBy = (actor: ScopedActor) => (actor.kind === 'staff' ? actor.userId : 'token');

/**
 * Fires a transition of the case's workflow inside `trx` with the patched row as payload, then writes
 * the patch and the new state (optimistic: a concurrent change → 409). Returns the row as written.
 */
export async function fireTransition(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  name: string,
  patch: Updateable<AidCaseTable>,
): Promise<CaseRow> {
  const inst = await loadInstance(trx, aidCaseWorkflow, c.id);
  if (!inst) throw aidFail('AID_INVALID_TRANSITION', 'state');
  const moved = await transition(k, trx, ctx, aidCaseWorkflow, inst, name, workflowPayload({ ...c, ...patch } as CaseRow));
  if (!(await updateCase(trx, c.id, c.version, { ...patch, state: moved.state, updatedAt: nowIso(k) }))) throw conflict();
  return (await findCaseById(trx, c.id))!;
}

/** A step that changes no column of the case still moves its version, so concurrent steps conflict (409). */
export async function touchCase(k: Kernel, trx: Trx, c: CaseRow): Promise<void> {
  if (!(await updateCase(trx, c.id, c.version, { updatedAt: nowIso(k) }))) throw conflict();
}

export async function auditCase(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  action: string,
  after: Record<string, unknown>,
  before: Record<string, unknown> | null = null,
  reason: string | null = null,
) {
  await k.audit.record(trx, ctx, { action, entityType: 'aidCase', entityId: c.id, orgId: c.orgId, before, after, reason });
}

export async function orgName(db: DbOrTrx, orgId: string): Promise<string> {
  return (await db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirst())?.name ?? orgId;
}

/** 第四十九条: the justice bureau that set up the centre — the centre's parent organisation. */
export async function bureauOf(db: DbOrTrx, centreOrgId: string): Promise<{ id: string; name: string } | null> {
  const centre = await db.selectFrom('organisations').select('parentId').where('id', '=', centreOrgId).executeTakeFirst();
  if (!centre?.parentId) return null;
  return (await db.selectFrom('organisations').select(['id', 'name']).where('id', '=', centre.parentId).executeTakeFirst()) ?? null;
}

export const parseIds = (json: string): string[] => JSON.parse(json) as string[];

/** Attachments given in a request must belong to this case (owner `aidCase`). */
export async function requireCaseAttachments(db: DbOrTrx, caseId: string, ids: readonly string[], field: string) {
  if (ids.length === 0) return;
  const found = await db
    .selectFrom('attachments')
    .select('id')
    .where('entityType', '=', 'aidCase')
    .where('entityId', '=', caseId)
    .where('id', 'in', [...ids])
    .execute();
  const have = new Set(found.map((r) => r.id));
  const missing = ids.findIndex((id) => !have.has(id));
  if (missing >= 0) throw aidFail('AID_ATTACHMENT_INVALID', `${field}.${missing}`);
}
