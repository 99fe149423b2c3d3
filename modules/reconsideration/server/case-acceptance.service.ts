import { parseLocalDate, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { fail } from '@tianping/server/http/errors';
import { procedureLabels, type Procedure, type RejectionKind } from '../contract/enums';
import { reconsiderationErrors } from '../contract/errors';
import { recordCaseDocument, type RenderedCaseDocument } from './case-documents';
import type { CaseRow } from './case.repository';
import { indexCase } from './case-intake.service';
import { documentBase, fire, inScope, openTimerDue, save, todayOf, withDocument } from './case-step';

export interface AcceptInput {
  procedure: Procedure;
  handlerId?: string;
}

/** Acceptance (第三十条第一款) or, from the job, deemed acceptance (第三十条第三款). Inside `trx`. */
export async function acceptInTrx(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  input: AcceptInput & { acceptedOn: LocalDate; deemed: boolean },
  render: (id: string, data: unknown) => Promise<RenderedCaseDocument>,
): Promise<CaseRow> {
  const now = k.clock.now().toISOString();
  const year = parseLocalDate(input.acceptedOn).slice(0, 4);
  const { number } = await k.caseNumbers.allocate(trx, { orgId: c.orgId, caseType: 'reconsideration', year: Number(year) });
  const patched: CaseRow = { ...c, caseNumber: number, procedure: input.procedure, handlerId: input.handlerId ?? c.handlerId };
  await fire(k, trx, ctx, patched, 'accept', input.acceptedOn);
  const due = await openTimerDue(trx, c.id, ['decision', 'decisionSimplified']);
  const saved = await save(
    trx,
    c,
    {
      state: 'accepted',
      caseNumber: number,
      procedure: input.procedure,
      handlerId: patched.handlerId,
      acceptedOn: input.acceptedOn,
      deemedAccepted: input.deemed ? 1 : 0,
      decisionDueOn: due,
    },
    now,
  );
  const rendered = await render('reconsideration.acceptanceNotice', {
    ...(await documentBase(trx, saved, todayOf(k))),
    docNumber: number,
    caseNumber: number,
    procedureZh: procedureLabels[input.procedure].zh,
    decisionDueOn: due,
    deemed: input.deemed,
  });
  await recordCaseDocument(trx, k, ctx, saved, rendered, { serve: true });
  await indexCase(trx, saved);
  await k.audit.record(trx, ctx, {
    action: input.deemed ? 'reconsideration.case.deemedAccept' : 'reconsideration.case.accept',
    entityType: 'reconCase',
    entityId: c.id,
    orgId: c.orgId,
    before: { state: c.state, caseNumber: null },
    after: { state: 'accepted', caseNumber: number, procedure: input.procedure, acceptedOn: input.acceptedOn, decisionDueOn: due },
    reason: input.deemed ? '审查期限届满未作决定，视为受理（行政复议法第三十条第三款）' : null,
  });
  return saved;
}

export async function acceptCase(k: Kernel, ctx: RequestContext, actor: ScopedActor, id: string, input: AcceptInput) {
  return withDocument(k, (render) =>
    k.db.transaction().execute(async (trx) => {
      const c = await inScope(trx, actor, id, 'received');
      if (input.handlerId) {
        const user = await trx
          .selectFrom('users')
          .select('id')
          .where('id', '=', input.handlerId)
          .where('active', '=', 1)
          .executeTakeFirst();
        if (!user) throw fail(coreErrors, 'NOT_FOUND', { field: 'handlerId' });
      }
      return acceptInTrx(k, trx, ctx, c, { ...input, acceptedOn: todayOf(k), deemed: false }, render);
    }),
  );
}

/** 不予受理 with reasons, or 告知 the body with jurisdiction (第三十条第二款). */
export async function rejectCase(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: { kind: RejectionKind; reason: string; competentBody?: string },
) {
  if (input.kind === 'notJurisdiction' && !input.competentBody)
    throw fail(reconsiderationErrors, 'RECON_COMPETENT_BODY_REQUIRED', { field: 'competentBody' });
  return withDocument(k, (render) =>
    k.db.transaction().execute(async (trx) => {
      const c = await inScope(trx, actor, id, 'received');
      const today = todayOf(k);
      const transfer = input.kind === 'notJurisdiction';
      await fire(k, trx, ctx, c, transfer ? 'transfer' : 'reject', today);
      const reason = transfer ? `${input.reason}（有管辖权的机关：${input.competentBody}）` : input.reason;
      const state = transfer ? 'transferred' : 'rejected';
      const saved = await save(trx, c, { state, rejectionReason: reason, closedOn: today, outcome: state }, k.clock.now().toISOString());
      const rendered = await render(transfer ? 'reconsideration.jurisdictionNotice' : 'reconsideration.rejectionDecision', {
        ...(await documentBase(trx, saved, today)),
        reason: input.reason,
        ...(transfer ? { competentBody: input.competentBody } : {}),
      });
      await recordCaseDocument(trx, k, ctx, saved, rendered, { serve: true });
      await k.audit.record(trx, ctx, {
        action: transfer ? 'reconsideration.case.transfer' : 'reconsideration.case.reject',
        entityType: 'reconCase',
        entityId: c.id,
        orgId: c.orgId,
        before: { state: c.state },
        after: { state, closedOn: today },
        reason,
      });
      return saved;
    }),
  );
}
