import type { Updateable } from 'kysely';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
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
  hearingHeld,
  listApprovals,
  listConsultations,
  listDecisions,
  listLetters,
  publishedDecisionIds,
  type DecisionRow,
} from './decision.repository';
import { canRecordLetterReport, decisionAbilities } from './decision.policy';
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
