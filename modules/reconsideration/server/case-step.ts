import { localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { listLiveTimers } from '@tianping/server/workflow/workflow.repository';
import { loadInstance, transition } from '@tianping/server/workflow/workflow.service';
import { actKindLabels, type ActKind } from '../contract/enums';
import { reconsiderationErrors } from '../contract/errors';
import { docDate } from './case-documents';
import { findCaseById, findCaseInScope, updateCase, type CaseRow } from './case.repository';
import { reconCaseWorkflow } from './case.workflow';
import { workflowPayload } from './case.workflow-payload';
import { orgNameOf } from './case-list.repository';

/** Shared steps of the acceptance review's use cases (case-acceptance / case-correction services). */

export const invalidStep = () => fail(reconsiderationErrors, 'RECON_INVALID_TRANSITION');
export const todayOf = (k: Pick<Kernel, 'clock'>) => localDateAt(k.clock.now());

export async function inScope(trx: Trx, actor: ScopedActor, id: string, state: string): Promise<CaseRow> {
  const c = await findCaseInScope(trx, actor, id);
  if (!c) throw notFound();
  if (c.state !== state) throw invalidStep();
  return c;
}

export async function fire(k: Kernel, trx: Trx, ctx: RequestContext, c: CaseRow, name: string, effectiveDate: string) {
  const inst = await loadInstance(trx, reconCaseWorkflow, c.id);
  if (!inst) throw notFound();
  return transition(k, trx, ctx, reconCaseWorkflow, inst, name, workflowPayload(c, { effectiveDate }));
}

export async function save(trx: Trx, c: CaseRow, patch: Partial<CaseRow>, now: string): Promise<CaseRow> {
  if (!(await updateCase(trx, c.id, c.version, { ...patch, updatedAt: now }))) throw conflict();
  return (await findCaseById(trx, c.id))!;
}

export async function openTimerDue(trx: Trx, caseId: string, keys: string[]): Promise<string | null> {
  const inst = await loadInstance(trx, reconCaseWorkflow, caseId);
  const live = inst ? await listLiveTimers(trx, inst.id) : [];
  return live.find((t) => keys.includes(t.key))?.dueDate ?? null;
}

/** The fields every intake document names. */
export async function documentBase(trx: Trx, c: CaseRow, today: LocalDate) {
  const act = `${docDate(c.actMadeOn)}作出的${c.actDocumentNo ? `${c.actDocumentNo}` : ''}${actKindLabels[c.actKind as ActKind]?.zh ?? ''}行为`;
  return {
    issuer: await orgNameOf(trx, c.orgId),
    recipient: c.applicantName,
    date: today,
    applicantName: c.applicantName,
    respondentName: c.respondentName,
    actDescription: act,
    receivedOn: c.receivedOn,
  };
}

/**
 * Runs a step that ends in a served document: the state change and the document's record in one
 * transaction. The document is rendered inside it because it names what the step decides (the
 * case number, the due date); its file is removed again if the transaction fails (core helper).
 */
export { withDocuments as withDocument } from '@tianping/server/documents/issued-document';
