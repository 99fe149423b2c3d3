import { computeDeadline, deadlineInputFor, explain, localDateAt, parseLocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import { inOrgScope } from '@tianping/server/access/scope';
import { getHolidayCalendar } from '@tianping/server/calendar/calendar.service';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { findOrgInScope } from '@tianping/server/org/org.repository';
import type {
  LitigationCreateInput,
  LitigationDetail,
  LitigationListQuery,
  LitigationUpdateInput,
  Litigation,
} from '../contract/litigation';
import { reconsiderationErrors } from '../contract/errors';
import { litigationAuditSnapshot, presentLitigation, storedHearings } from './litigation.presenter';
import { checkLitigationUpdate, headAppearanceOf } from './litigation.rules';
import {
  findLitigationInScope,
  insertLitigation,
  isLitigationRecorded,
  listLitigations,
  pendingLitigationRow,
  updateLitigation,
  type LitigationRow,
} from './litigation.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

/** 行政诉讼法 第六十七条第一款: the defence is due 15 days after the copy of the complaint is served. */
export const defencePeriodId = 'litigationResponse.defenceSubmission';

async function defenceDeadline(db: DbOrTrx, servedOn: string) {
  const { calendar } = await getHolidayCalendar(db);
  const result = computeDeadline(deadlineInputFor(defencePeriodId, parseLocalDate(servedOn)), calendar);
  return { dueOn: result.dueDate, explanation: { zh: explain(result, 'zh'), en: explain(result, 'en') } };
}

const today = (k: Pick<Kernel, 'clock'>) => localDateAt(k.clock.now());

/** The linked reconsideration case: handled by, or with its respondent, in the caller's scope. */
async function caseInScope(db: DbOrTrx, actor: ScopedActor, id: string) {
  return db
    .selectFrom('reconCases')
    .select(['id', 'caseNumber'])
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        inOrgScope(eb, actor, 'reconCases.orgId'),
        eb.and([eb('reconCases.respondentOrgId', 'is not', null), inOrgScope(eb, actor, 'reconCases.respondentOrgId')]),
      ]),
    )
    .executeTakeFirst();
}

async function load(db: DbOrTrx, actor: ScopedActor, id: string): Promise<LitigationRow> {
  const row = await findLitigationInScope(db, actor, id);
  if (!row) throw notFound();
  return row;
}

export async function listLitigationPage(k: Services, actor: ScopedActor, query: LitigationListQuery) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listLitigations(k.db, actor, filter, { page, pageSize });
  const day = today(k);
  return { items: rows.map((r) => presentLitigation(r, actor, day)), total, page, pageSize };
}

export async function getLitigation(k: Services, actor: ScopedActor, id: string): Promise<LitigationDetail> {
  const row = await load(k.db, actor, id);
  const { explanation } = await defenceDeadline(k.db, row.complaintServedOn);
  return { ...presentLitigation(row, actor, today(k)), defenceExplanation: explanation };
}

export async function createLitigation(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  input: LitigationCreateInput,
): Promise<Litigation> {
  const day = today(k);
  if (input.complaintServedOn > day) throw fail(reconsiderationErrors, 'RECON_DATE_IN_FUTURE', { field: 'complaintServedOn' });
  const { dueOn } = await defenceDeadline(k.db, input.complaintServedOn);
  return k.db.transaction().execute(async (trx) => {
    const org = await findOrgInScope(trx, actor, input.orgId);
    if (!org) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
    const reconCaseId = input.reconCaseId ?? null;
    if (reconCaseId && !(await caseInScope(trx, actor, reconCaseId))) {
      throw fail(reconsiderationErrors, 'RECON_LITIGATION_CASE_NOT_FOUND', { field: 'reconCaseId' });
    }
    if (await isLitigationRecorded(trx, org.id, input.court, input.courtCaseNumber)) {
      throw fail(reconsiderationErrors, 'RECON_LITIGATION_DUPLICATE', { field: 'courtCaseNumber' });
    }
    const id = newId();
    const now = nowIso();
    const row = pendingLitigationRow(
      {
        id,
        orgId: org.id,
        regionCode: org.regionCode.slice(0, 6),
        reconCaseId,
        court: input.court,
        courtCaseNumber: input.courtCaseNumber,
        plaintiff: input.plaintiff,
        defendant: input.defendant,
        coDefendant: input.coDefendant ? (1 as const) : (0 as const),
        cause: input.cause,
        complaintServedOn: input.complaintServedOn,
        defenceDueOn: dueOn,
      },
      now,
    );
    await insertLitigation(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'reconsideration.litigation.create',
      entityType: 'reconLitigation',
      entityId: id,
      orgId: org.id,
      after: litigationAuditSnapshot(row),
    });
    return presentLitigation(await load(trx, actor, id), actor, day);
  });
}

export async function updateLitigationRecord(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: LitigationUpdateInput,
): Promise<Litigation> {
  const day = today(k);
  return k.db.transaction().execute(async (trx) => {
    const before = await load(trx, actor, id);
    const hearings = input.hearings ? storedHearings(input.hearings) : undefined;
    const next = {
      defenceSubmittedOn: input.defenceSubmittedOn === undefined ? before.defenceSubmittedOn : input.defenceSubmittedOn,
      firstInstanceOutcome: input.firstInstanceOutcome === undefined ? before.firstInstanceOutcome : input.firstInstanceOutcome,
      secondInstanceOutcome: input.secondInstanceOutcome === undefined ? before.secondInstanceOutcome : input.secondInstanceOutcome,
      result: input.result ?? before.result,
      closedOn: input.closedOn === undefined ? before.closedOn : input.closedOn,
      ...(hearings ? { hearings: JSON.stringify(hearings), ...headAppearanceOf(hearings) } : {}),
    };
    checkLitigationUpdate({ ...next, complaintServedOn: before.complaintServedOn, today: day, hearings });
    const ok = await updateLitigation(trx, id, input.version, { ...next, updatedAt: nowIso() });
    if (!ok) throw conflict({ field: 'version' });
    const after = await load(trx, actor, id);
    await k.audit.record(trx, ctx, {
      action: 'reconsideration.litigation.update',
      entityType: 'reconLitigation',
      entityId: id,
      orgId: before.orgId,
      before: litigationAuditSnapshot(before),
      after: litigationAuditSnapshot(after),
    });
    return presentLitigation(after, actor, day);
  });
}
