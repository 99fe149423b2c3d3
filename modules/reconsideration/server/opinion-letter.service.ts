import { computeDeadline, deadlineInputFor, parseLocalDate } from '@tianping/common/calendar/index';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, invalid, notFound } from '@tianping/server/http/errors';
import { coreErrors } from '@tianping/common/errors/codes';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import type { DecisionView, LetterInput, LetterReportInput } from '../contract/decision';
import { recordCaseDocument, withCaseDocument } from './case-documents';
import { issuerName } from './case-extension.service';
import { caseReference, opinionLetterTemplate, suggestionLetterTemplate } from './decision-documents';
import { findLetter, findOrgName, insertLetter, updateLetter } from './decision.repository';
import { actorIdentity, canIssueLetter } from './decision.policy';
import { decisionView, loadCase, reconFail, today, type DecisionServices } from './decision-support';

/**
 * 行政复议意见书 (第七十六条): issued to the respondent or another lower agency whose act was
 * illegal or improper; the agency reports its correction within 60 days of receipt (statutory
 * period `reconsideration.opinionLetterReport`; receipt is taken as the day of issue, the letter
 * being served electronically). 行政复议建议书: the same without a period.
 */
export async function issueLetter(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  input: LetterInput,
): Promise<DecisionView> {
  const c = await loadCase(k.db, actor, caseId);
  if (!canIssueLetter(actor, c)) throw reconFail('RECON_INVALID_TRANSITION', 'state');
  const issuedOn = input.issuedOn ?? today(k);
  if (issuedOn > today(k)) throw reconFail('RECON_DATE_IN_FUTURE', 'issuedOn');
  if (c.acceptedOn && issuedOn < c.acceptedOn) throw invalid('issuedOn');
  let recipientName = input.recipientName;
  if (input.recipientOrgId) {
    const name = await findOrgName(k.db, input.recipientOrgId);
    if (!name) throw fail(coreErrors, 'NOT_FOUND', { field: 'recipientOrgId' });
    recipientName ??= name;
  }
  const calendar = await platformHolidayCalendar(k.db);
  const reportDueOn =
    input.kind === 'opinion'
      ? computeDeadline(deadlineInputFor('reconsideration.opinionLetterReport', parseLocalDate(issuedOn)), calendar).dueDate
      : null;
  const base = {
    issuer: await issuerName(k, c.orgId),
    recipient: recipientName,
    date: issuedOn,
    caseRef: caseReference(c),
    content: input.content,
  };
  const [templateId, data] =
    reportDueOn !== null ? [opinionLetterTemplate.id, { ...base, reportDueOn }] : [suggestionLetterTemplate.id, base];
  return withCaseDocument(k, templateId, data, async (trx, doc) => {
    const recorded = await recordCaseDocument(trx, k, ctx, c, doc, { serve: false });
    const now = k.clock.now().toISOString();
    const row = {
      id: newId(),
      caseId: c.id,
      kind: input.kind,
      recipientOrgId: input.recipientOrgId ?? null,
      recipientName: recipientName!,
      content: input.content,
      issuedOn,
      reportDueOn,
      reportedOn: null,
      reportContent: null,
      documentAttachmentId: recorded.attachment.id,
      createdBy: actorIdentity(actor).id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertLetter(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'reconsideration.letter.issue',
      entityType: 'reconCase',
      entityId: c.id,
      orgId: c.orgId,
      after: { letterId: row.id, kind: row.kind, recipientName: row.recipientName, issuedOn, reportDueOn },
    });
    return decisionView(k, trx, actor, c);
  });
}

/** Records the agency's report on an opinion letter (第七十六条). */
export async function recordLetterReport(
  k: DecisionServices,
  ctx: RequestContext,
  actor: ScopedActor,
  caseId: string,
  letterId: string,
  input: LetterReportInput,
): Promise<DecisionView> {
  return k.db.transaction().execute(async (trx) => {
    const c = await loadCase(trx, actor, caseId);
    const l = await findLetter(trx, c.id, letterId);
    if (!l) throw notFound();
    if (l.kind !== 'opinion' || l.reportedOn !== null) throw reconFail('RECON_LETTER_NO_REPORT', 'letterId');
    if (input.reportedOn > today(k)) throw reconFail('RECON_DATE_IN_FUTURE', 'reportedOn');
    if (input.reportedOn < l.issuedOn) throw invalid('reportedOn');
    const patch = { reportedOn: input.reportedOn, reportContent: input.content, updatedAt: k.clock.now().toISOString() };
    if (!(await updateLetter(trx, l.id, l.version, patch))) throw conflict();
    await k.audit.record(trx, ctx, {
      action: 'reconsideration.letter.report',
      entityType: 'reconCase',
      entityId: c.id,
      orgId: c.orgId,
      before: { letterId: l.id, reportedOn: null },
      after: { letterId: l.id, reportedOn: input.reportedOn, late: l.reportDueOn !== null && input.reportedOn > l.reportDueOn },
    });
    return decisionView(k, trx, actor, c);
  });
}
