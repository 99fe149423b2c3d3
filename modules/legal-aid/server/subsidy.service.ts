import type { z } from 'zod';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, notFound } from '@tianping/server/http/errors';
import type { ScheduleEntryCreate, SubsidyView, subsidyDecisionSchema, subsidyPaymentSchema } from '../contract/subsidy';
import { checkNewEntry } from '../domain/subsidy';
import { aidFail, createdBy, notInFuture, nowIso, today } from './casework-support';
import { presentScheduleEntry, presentSubsidy } from './subsidy.presenter';
import {
  endScheduleEntry,
  findSubsidyInScope,
  insertScheduleEntry,
  listSubsidies,
  scheduleEntries,
  scheduleRows,
  updateSubsidy,
} from './subsidy.repository';

/**
 * 法律援助补贴 (法律援助法 第五十二条): the schedule (data with effective dates; the seeded figures are
 * EXAMPLES), the subsidies computed at closure (closure.service.ts), approval and payment.
 */

const legalBasis = {
  zh: '法律援助补贴标准由省级司法行政部门会同同级财政部门确定，并实行动态调整',
  en: 'Subsidy standards are set by the provincial justice and finance departments and adjusted over time',
  article: '法律援助法 第五十二条',
};
const exampleNotice = {
  zh: '标注“示例”的金额为示例值，须按天津市司法局、天津市财政局公布的补贴标准核实后替换',
  en: 'Amounts marked “example” are placeholders: replace them with the standard published by the Tianjin justice and finance bureaus',
};

export async function listSchedule(k: Kernel, q: { caseKind?: string; on?: string }) {
  const day = q.on ?? today(k);
  const items = (await scheduleRows(k.db, q)).map((r) => presentScheduleEntry(r, day));
  return { items, legalBasis, exampleNotice: items.some((i) => i.example) ? exampleNotice : null };
}

/** A new amount from a date: the one in force for that kind and stage ends that day (kept for the record). */
export async function addScheduleEntry(k: Kernel, ctx: RequestContext, actor: ScopedActor, input: ScheduleEntryCreate) {
  const check = checkNewEntry(await scheduleEntries(k.db), input);
  if (!check.ok) throw aidFail('AID_SCHEDULE_OVERLAP', 'effectiveFrom');
  const row = {
    id: newId(),
    caseKind: input.caseKind,
    stage: input.stage,
    amountYuan: input.amountYuan,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: null,
    note: input.note ?? null,
    example: 0 as const,
    createdBy: createdBy(actor),
    createdAt: nowIso(k),
  };
  await k.db.transaction().execute(async (trx) => {
    if (check.closesEntryId) await endScheduleEntry(trx, check.closesEntryId, input.effectiveFrom);
    await insertScheduleEntry(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.subsidySchedule.create',
      entityType: 'aidSubsidySchedule',
      entityId: row.id,
      after: {
        caseKind: row.caseKind,
        stage: row.stage,
        amountYuan: row.amountYuan,
        effectiveFrom: row.effectiveFrom,
        endsEntryId: check.closesEntryId,
      },
    });
  });
  return presentScheduleEntry(row, today(k));
}

export async function getSubsidies(k: Kernel, actor: ScopedActor, q: { status?: string; page: number; pageSize: number }) {
  const { rows, total } = await listSubsidies(k.db, actor, q);
  return { items: rows.map((r) => presentSubsidy(r, r.caseNumber, actor)), total, page: q.page, pageSize: q.pageSize };
}

async function load(db: DbOrTrx, actor: ScopedActor, id: string) {
  const row = await findSubsidyInScope(db, actor, id);
  if (!row) throw notFound();
  return row;
}

async function step(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  version: number,
  from: string,
  patch: Parameters<typeof updateSubsidy>[4],
  action: string,
  reason: string | null,
): Promise<SubsidyView> {
  const row = await load(k.db, actor, id);
  if (row.status !== from) throw aidFail('AID_SUBSIDY_STATUS', 'status');
  if (row.version !== version) throw conflict({ field: 'version' });
  await k.db.transaction().execute(async (trx) => {
    if (!(await updateSubsidy(trx, id, version, from, { ...patch, updatedAt: nowIso(k) }))) throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action,
      entityType: 'aidSubsidy',
      entityId: id,
      orgId: row.orgId,
      before: { status: row.status },
      after: { ...patch, caseId: row.caseId, totalYuan: row.totalYuan },
      reason,
    });
  });
  return presentSubsidy((await load(k.db, actor, id))!, row.caseNumber, actor);
}

export async function decideSubsidy(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof subsidyDecisionSchema>,
) {
  const patch = {
    status: input.approve ? 'approved' : 'rejected',
    decidedOn: today(k),
    decisionReason: input.reason ?? null,
    decidedBy: createdBy(actor),
  };
  return step(
    k,
    ctx,
    actor,
    id,
    input.version,
    'pending',
    patch,
    input.approve ? 'legalAid.subsidy.approve' : 'legalAid.subsidy.reject',
    input.reason ?? null,
  );
}

export async function recordPayment(
  k: Kernel,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: z.infer<typeof subsidyPaymentSchema>,
) {
  notInFuture(k, input.paidOn, 'paidOn');
  const patch = { status: 'paid', paidOn: input.paidOn, paymentReference: input.reference };
  return step(k, ctx, actor, id, input.version, 'approved', patch, 'legalAid.subsidy.pay', null);
}
