import type { Updateable } from 'kysely';
import { localDateAt } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { AppError, conflict, fail, notFound } from '@tianping/server/http/errors';
import { listLiveTimers, listTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance, transition } from '@tianping/server/workflow/workflow.service';
import type { HandlingView } from '../contract/handling';
import { reconsiderationErrors, type ReconsiderationErrorCode } from '../contract/errors';
import { ReconsiderationError } from '../domain/reconsideration-error';
import { recordCaseDocument, withCaseDocument } from './case-documents';
import { findCaseById, findCaseInScope, updateCase, type CaseRow } from './case.repository';
import { workflowPayload } from './case.workflow-payload';
import { reconCaseWorkflow } from './case.workflow';
import { getReconSettings } from './handling-settings';
import { loadHandlingRows, respondentInScope, userName } from './handling.repository';
import { presentHandling } from './handling.presenter';
import type { ReconCaseTable } from './tables';

/**
 * Shared steps of handling after acceptance (the use cases are in case-respondent, case-hearing,
 * case-suspension and case-closure .service.ts): load in scope, check the state, fire the workflow
 * transition with the case row kept in step (state, decision due date), render and serve documents,
 * and the handling view every route returns.
 */

export const today = (k: Pick<Kernel, 'clock'>) => localDateAt(k.clock.now());

export const reconFail = (code: ReconsiderationErrorCode, field?: string) => fail(reconsiderationErrors, code, { field });

/** Maps a domain error to its HTTP error (message with the detail the domain gave). */
export function fromDomain(err: unknown): unknown {
  if (!(err instanceof ReconsiderationError)) return err;
  const def = reconsiderationErrors[err.code];
  return new AppError(err.code, { ...def, zh: err.messageZh, en: err.message }, { field: err.field, cause: err });
}

/** The case in the actor's scope, or 404. */
export async function loadCase(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow> {
  const row = await findCaseInScope(db, actor, id);
  if (!row) throw notFound();
  return row;
}

/** 409 unless the case is in one of `states`. */
export function requireState(c: CaseRow, states: readonly string[], code: ReconsiderationErrorCode = 'RECON_INVALID_TRANSITION') {
  if (!states.includes(c.state)) throw reconFail(code, 'state');
}

/** A legal date of the request may not lie after today (Beijing). */
export function notInFuture(k: Pick<Kernel, 'clock'>, date: string, field: string) {
  if (date > today(k)) throw reconFail('RECON_DATE_IN_FUTURE', field);
}

/** A date may not be earlier than another (e.g. a resumption before the suspension). */
export function notBefore(date: string, earliest: string | null, field: string) {
  if (earliest && date < earliest) throw reconFail('RECON_DATE_ORDER', field);
}

/** The due date of the running decision timer (第六十二条), for `recon_cases.decision_due_on`. */
export async function runningDecisionDue(trx: DbOrTrx, caseId: string): Promise<string | null> {
  const inst = await loadInstance(trx, reconCaseWorkflow, caseId);
  if (!inst) return null;
  const live = await listLiveTimers(trx, inst.id);
  return live.find((t) => t.key === 'decision' || t.key === 'decisionSimplified')?.dueDate ?? null;
}

/**
 * Fires a transition of the case inside `trx`: the case row is patched first (the payload is built
 * from it), then the workflow moves; `afterTransition` may adjust timers; finally the case's
 * `decisionDueOn` follows the running decision timer. Returns the case row as written.
 */
export async function fireTransition(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  name: string,
  patch: Updateable<ReconCaseTable>,
  opts: { effectiveDate?: string; afterTransition?: (inst: NonNullable<Awaited<ReturnType<typeof loadInstance>>>) => Promise<void> } = {},
): Promise<CaseRow> {
  const inst = await loadInstance(trx, reconCaseWorkflow, c.id);
  if (!inst) throw reconFail('RECON_INVALID_TRANSITION', 'state');
  const patched = { ...c, ...patch } as CaseRow;
  const moved = await transition(
    k,
    trx,
    ctx,
    reconCaseWorkflow,
    inst,
    name,
    workflowPayload(patched, opts.effectiveDate ? { effectiveDate: opts.effectiveDate } : {}),
  );
  await opts.afterTransition?.(moved);
  const closed = reconCaseWorkflow.states[moved.state as keyof typeof reconCaseWorkflow.states]?.final === true;
  const decisionDueOn = closed ? c.decisionDueOn : await runningDecisionDue(trx, c.id);
  const full = { ...patch, state: moved.state, decisionDueOn, updatedAt: k.clock.now().toISOString() };
  if (!(await updateCase(trx, c.id, c.version, full))) throw conflict();
  return (await findCaseById(trx, c.id))!;
}

/** A step that changes no column of the case still moves its version, so concurrent steps conflict (409). */
export async function touchCase(k: Kernel, trx: Trx, c: CaseRow): Promise<CaseRow> {
  if (!(await updateCase(trx, c.id, c.version, { updatedAt: k.clock.now().toISOString() }))) throw conflict();
  return (await findCaseById(trx, c.id))!;
}

/** Who recorded a step: the staff user, or `token` for a machine token. */
export const createdBy = (actor: ScopedActor) => (actor.kind === 'staff' ? actor.userId : 'token');

/** Audits a step of handling on the case. */
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
  await k.audit.record(trx, ctx, { action, entityType: 'reconCase', entityId: c.id, orgId: c.orgId, before, after, reason });
}

/** The name of the body handling the case: the issuer of its documents. */
export async function issuerOf(db: DbOrTrx, c: CaseRow): Promise<string> {
  return (await db.selectFrom('organisations').select('name').where('id', '=', c.orgId).executeTakeFirst())?.name ?? c.orgId;
}

export const caseLabel = (c: CaseRow) => c.caseNumber ?? `${c.applicantName}诉${c.respondentName}`;

/** The fields every handling document starts with: issuer, recipient (the applicant unless named), date, case. */
export async function documentHeader(db: DbOrTrx, c: CaseRow, date: string, recipient: string = c.applicantName) {
  return { issuer: await issuerOf(db, c), recipient, date, caseLabel: caseLabel(c), applicantName: c.applicantName };
}

/**
 * Renders a document before the transaction, runs `work` in one transaction with a `record`
 * function that stores (and, with `serve`, serves) it for the case; the file is discarded when
 * anything fails.
 */
export async function withDocument<T>(
  k: Kernel,
  ctx: RequestContext,
  templateId: string,
  data: Record<string, unknown>,
  work: (trx: Trx, record: (c: CaseRow, opts: { serve: boolean }) => Promise<string>) => Promise<T>,
): Promise<T> {
  try {
    return await withCaseDocument(k, templateId, data, (trx, doc) =>
      work(trx, async (c, opts) => (await recordCaseDocument(trx, k, ctx, c, doc, opts)).attachment.id),
    );
  } catch (err) {
    throw fromDomain(err);
  }
}

/** One transaction without a document; domain errors mapped. */
export async function inTransaction<T>(k: Kernel, work: (trx: Trx) => Promise<T>): Promise<T> {
  try {
    return await k.db.transaction().execute(work);
  } catch (err) {
    throw fromDomain(err);
  }
}

/** The handling view of a case for the actor (GET …/handling and every step's answer). */
export async function handlingView(k: Kernel, actor: ScopedActor, c: CaseRow): Promise<HandlingView> {
  const db = k.db;
  const [rows, settings, inst, isRespondent, handlerName] = await Promise.all([
    loadHandlingRows(db, c.id),
    getReconSettings(db),
    loadInstance(db, reconCaseWorkflow, c.id),
    c.respondentOrgId && actor.permissions.has('reconsideration.reply.submit')
      ? respondentInScope(db, actor, c.respondentOrgId)
      : Promise.resolve(false),
    c.handlerId ? userName(db, c.handlerId) : Promise.resolve(null),
  ]);
  const timers = inst ? await listTimers(db, inst.id) : [];
  return presentHandling({ c, rows, settings, timers, actor, isRespondent, handlerName, today: today(k) });
}

export async function getHandling(k: Kernel, actor: ScopedActor, id: string): Promise<HandlingView> {
  return handlingView(k, actor, await loadCase(k.db, actor, id));
}
