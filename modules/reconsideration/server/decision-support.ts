import type { Updateable } from 'kysely';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import type { Flag } from '@tianping/server/db/schema';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { listTimers } from '@tianping/server/workflow/workflow.repository';
import { todayOf } from '@tianping/server/workflow/workflow-timers.service';
import { loadInstance, transition } from '@tianping/server/workflow/workflow.service';
import type { DecisionView } from '../contract/decision';
import { reconsiderationErrors, type ReconsiderationErrorCode } from '../contract/errors';
import { ReconsiderationError } from '../domain/reconsideration-error';
import { findCaseById, findCaseInScope, updateCase, type CaseRow } from './case.repository';
import { reconCaseWorkflow } from './case.workflow';
import { workflowPayload } from './case.workflow-payload';
import {
  findDecision,
  hearingHeld,
  insertApproval,
  listApprovals,
  listConsultations,
  listDecisions,
  listLetters,
  publishedDecisionIds,
  type DecisionRow,
} from './decision.repository';
import { actorIdentity, canRecordLetterReport, decisionAbilities, editableDraftStatuses } from './decision.policy';
import { decisionTimerOf, presentClock, presentDraft, presentLetter } from './decision.presenter';
import type { ReconCaseTable } from './tables';

/** What the decision services share: loading within scope, errors, moving the case and its workflow, the view. */

export type DecisionServices = Pick<
  Kernel,
  'db' | 'audit' | 'clock' | 'files' | 'documentTemplates' | 'attachmentOwners' | 'log' | 'pii' | 'config'
>;

export const reconFail = (code: ReconsiderationErrorCode, field?: string) => fail(reconsiderationErrors, code, { field });

/** Runs a pure domain check and turns its `ReconsiderationError` into the HTTP error. */
export function domain<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ReconsiderationError) throw fail(reconsiderationErrors, err.code, { field: err.field, cause: err });
    throw err;
  }
}

/** The case within the actor's data scope; 404 outside it. */
export async function loadCase(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow> {
  const row = await findCaseInScope(db, actor, id);
  if (!row) throw notFound();
  return row;
}

export function requireState(c: CaseRow, states: readonly string[]): void {
  if (!states.includes(c.state)) throw reconFail('RECON_INVALID_TRANSITION', 'state');
}

/** Updates the case (optimistically) and fires the workflow transition with the payload built from the updated row. */
export async function moveCase(
  k: DecisionServices,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  name: string,
  patch: Updateable<ReconCaseTable>,
  extra: Record<string, unknown> = {},
): Promise<CaseRow> {
  if (!(await updateCase(trx, c.id, c.version, { ...patch, updatedAt: k.clock.now().toISOString() }))) throw conflict();
  const updated = (await findCaseById(trx, c.id))!;
  const inst = await loadInstance(trx, reconCaseWorkflow, c.id);
  if (!inst) throw reconFail('RECON_INVALID_TRANSITION', 'state');
  await transition(k, trx, ctx, reconCaseWorkflow, inst, name, workflowPayload(updated, extra));
  return updated;
}

/** The case within the actor's scope and one of its decisions; 404 when either is missing. */
export async function loadDecision(
  db: DbOrTrx,
  actor: ScopedActor,
  caseId: string,
  draftId: string,
): Promise<{ c: CaseRow; d: DecisionRow }> {
  const c = await loadCase(db, actor, caseId);
  const d = await findDecision(db, c.id, draftId);
  if (!d) throw notFound();
  return { c, d };
}

/** 409 unless the draft is still a draft or was returned. */
export function requireEditable(d: DecisionRow): void {
  if (!editableDraftStatuses.includes(d.status as never)) throw reconFail('RECON_DRAFT_NOT_EDITABLE', 'status');
}

/** 第六十一条第二款: whether the decision rests on a hearing record (a hearing was held in the case). */
export async function hearingFlag(db: DbOrTrx, caseId: string): Promise<Flag> {
  return (await hearingHeld(db, caseId)) ? 1 : 0;
}

/** One step of the approval chain (the handler's submission included), by the actor, at `at`. */
export async function recordApprovalStep(
  trx: Trx,
  actor: ScopedActor,
  decisionId: string,
  step: { step: string; verdict: string; comment: string | null },
  at: string,
): Promise<void> {
  const me = actorIdentity(actor);
  await insertApproval(trx, { id: newId(), decisionId, ...step, actorId: me.id, actorName: me.name, at });
}

/** Audits a step on the decision of a case (`reconsideration.decision.<action>`). */
export async function auditDecision(
  k: Pick<DecisionServices, 'audit'>,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  entry: { action: string; before?: Record<string, unknown>; after: Record<string, unknown>; reason?: string | null },
): Promise<void> {
  await k.audit.record(trx, ctx, {
    ...entry,
    action: `reconsideration.decision.${entry.action}`,
    entityType: 'reconCase',
    entityId: c.id,
    orgId: c.orgId,
  });
}

/** The latest draft (the one the buttons act on). */
export function currentDraft(drafts: readonly DecisionRow[]): DecisionRow | undefined {
  return drafts.at(-1);
}

export async function decisionView(k: Pick<Kernel, 'clock'>, db: DbOrTrx, actor: ScopedActor, c: CaseRow): Promise<DecisionView> {
  const today = todayOf(k);
  // A respondent agency (reply.submit without case.read) sees the clock and the issued decision, never
  // the authority's internal deliberation: unissued drafts, approvals, committee opinions, letters to others.
  const insider = actor.permissions.has('reconsideration.case.read');
  const inst = await loadInstance(db, reconCaseWorkflow, c.id);
  const timers = inst ? await listTimers(db, inst.id) : [];
  const calendar = await platformHolidayCalendar(db);
  const drafts = (await listDecisions(db, c.id)).filter((d) => insider || d.status === 'issued');
  const approvals = await listApprovals(
    db,
    drafts.map((d) => d.id),
  );
  const published = await publishedDecisionIds(
    db,
    drafts.map((d) => d.id),
  );
  const letters = (await listLetters(db, c.id)).filter((l) => insider || l.recipientOrgId === c.respondentOrgId);
  const consultations = insider ? await listConsultations(db, c.id) : [];
  const current = currentDraft(drafts);
  const currentApprovals = current ? approvals.filter((a) => a.decisionId === current.id) : [];
  const reportable = canRecordLetterReport(actor);
  return {
    caseId: c.id,
    caseVersion: c.version,
    state: c.state,
    decisionClock: presentClock(c, decisionTimerOf(timers), today, calendar),
    hearingHeld: await hearingHeld(db, c.id),
    consultations: consultations.map((x) => ({
      requestedOn: x.requestedOn,
      reason: x.reason,
      opinions: JSON.parse(x.opinions) as { member: string; opinion: string }[],
      conclusion: x.conclusion,
    })),
    drafts: drafts.map((d) => presentDraft(d, insider ? approvals : [], published.has(d.id))),
    opinionLetters: letters.map((l) => presentLetter(l, today, reportable)),
    abilities: decisionAbilities(actor, c, current, currentApprovals, current ? published.has(current.id) : false),
  };
}

export async function getDecision(k: DecisionServices, actor: ScopedActor, caseId: string): Promise<DecisionView> {
  const c = await loadCase(k.db, actor, caseId);
  return decisionView(k, k.db, actor, c);
}

export function today(k: Pick<Kernel, 'clock'>) {
  return todayOf(k);
}
