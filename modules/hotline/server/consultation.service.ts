import { localDateAt } from '@tianping/common/calendar/index';
import type { CitizenActor, RequestContext, StaffActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { notify } from '@tianping/server/notifications/notification.service';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import type { ConsultationAnswerBody, ConsultationCreateBody } from '../contract/consultation';
import { categoryLabels, isKnownCategory } from '../contract/enums';
import { hotlineErrors } from '../contract/errors';
import { addWorkingHours } from '../domain/working-hours';
import { checkLawArticles } from './article-query.service';
import { consultationEntityType, findConsultation, isOfficialWorkday, type ConsultationRow } from './consultation-query.service';
import { readHotlineSettings } from './settings';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'caseNumbers'>;

/** Case-number type of online consultations (咨询编号). */
export const consultationCaseType = 'hotlineConsultation';

/** The city's 12348 centre, which holds the on-duty queue of online consultations. */
export async function queueCentre(db: DbOrTrx) {
  const org = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('type', '=', 'cityBureau')
    .where('active', '=', 1)
    .orderBy('createdAt')
    .executeTakeFirst();
  if (!org) throw fail(hotlineErrors, 'HOTLINE_CENTRE_INVALID');
  return org;
}

/** The active people on the duty roster today (Beijing date, any centre) who may answer online consultations. */
export async function onDutyAnswerers(db: DbOrTrx, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('hlRosters as r')
    .innerJoin('userRoles as ra', 'ra.userId', 'r.userId')
    .innerJoin('users as u', 'u.id', 'r.userId')
    .innerJoin('rolePermissions as rp', 'rp.roleId', 'ra.roleId')
    .select('r.userId')
    .where('r.dutyDate', '=', localDateAt(now))
    .where('rp.permission', '=', 'hotline.consultation.answer')
    .where('u.active', '=', 1)
    .distinct()
    .execute();
  return rows.map((r) => r.userId);
}

/** Tells the people on duty today that a new consultation waits; nobody on the roster → the queue alone shows it. */
async function notifyOnDuty(trx: Trx, now: Date, c: { number: string; category: string; id: string }) {
  const users = await onDutyAnswerers(trx, now);
  if (!users.length) return;
  const label = categoryLabels[c.category]?.zh ?? c.category;
  await notify(trx, now, users, {
    kind: 'hotline.consultationQueued',
    titleZh: `新的在线法律咨询待解答（${c.number}，${label}）`,
    titleEn: `A new online consultation waits (${c.number})`,
    link: `/workbench/hotline/consultations/${c.id}`,
    dedupeKey: `hotline:consultation:${c.id}:queued`,
  });
}

/** A citizen's written question: numbered, due after the configured working hours, queued. */
export async function createConsultation(
  k: Services,
  ctx: RequestContext,
  actor: CitizenActor,
  body: ConsultationCreateBody,
): Promise<string> {
  if (!isKnownCategory(body.category)) throw fail(hotlineErrors, 'HOTLINE_CATEGORY_UNKNOWN', { field: 'category' });
  const now = k.clock.now();
  return k.db.transaction().execute(async (trx) => {
    const centre = await queueCentre(trx);
    const { consultationAnswerWorkingHours } = await readHotlineSettings(trx);
    const dueAt = addWorkingHours(now, consultationAnswerWorkingHours, isOfficialWorkday).toISOString();
    const year = Number(localDateAt(now).slice(0, 4));
    const { number } = await k.caseNumbers.allocate(trx, { orgId: centre.id, caseType: consultationCaseType, year });
    const id = newId();
    const at = now.toISOString();
    await trx
      .insertInto('hlConsultations')
      .values({
        id,
        number,
        citizenId: actor.citizenId,
        orgId: centre.id,
        category: body.category,
        question: body.question,
        state: 'waiting',
        submittedAt: at,
        dueAt,
        claimedBy: null,
        claimedAt: null,
        answer: null,
        lawArticleIds: '[]',
        answeredBy: null,
        answeredAt: null,
        rating: null,
        ratingComment: null,
        ratedAt: null,
        letterDocumentId: null,
        overdueNotified: 0,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .execute();
    await notifyOnDuty(trx, now, { number, category: body.category, id });
    await k.audit.record(trx, ctx, {
      action: 'hotline.consultation.submit',
      entityType: consultationEntityType,
      entityId: id,
      orgId: centre.id,
      after: { number, category: body.category, dueAt },
    });
    return id;
  });
}

async function update(trx: Trx, c: ConsultationRow, patch: Partial<ConsultationRow>) {
  const res = await trx
    .updateTable('hlConsultations')
    .set({ ...patch, version: c.version + 1 })
    .where('id', '=', c.id)
    .where('version', '=', c.version)
    .executeTakeFirst();
  if (!Number(res.numUpdatedRows)) throw conflict({ field: 'version' });
}

/** Takes a waiting consultation from the queue (someone else's claim → 409). */
export async function claimConsultation(k: Services, ctx: RequestContext, actor: StaffActor, id: string): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const c = await findConsultation(trx, id);
    if (!c) throw notFound();
    if (c.state !== 'waiting') throw fail(hotlineErrors, 'HOTLINE_CONSULTATION_NOT_CLAIMABLE');
    const now = k.clock.now().toISOString();
    await update(trx, c, { state: 'claimed', claimedBy: actor.userId, claimedAt: now, updatedAt: now });
    await k.audit.record(trx, ctx, {
      action: 'hotline.consultation.claim',
      entityType: consultationEntityType,
      entityId: c.id,
      orgId: c.orgId ?? actor.orgId,
      after: { state: 'claimed' },
    });
  });
}

/** Answers a waiting consultation or one I claimed; the answer may cite law articles. */
export async function answerConsultation(
  k: Services,
  ctx: RequestContext,
  actor: StaffActor,
  id: string,
  body: ConsultationAnswerBody,
): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const c = await findConsultation(trx, id);
    if (!c) throw notFound();
    const free = c.state === 'waiting' || (c.state === 'claimed' && c.claimedBy === actor.userId);
    if (!free) throw fail(hotlineErrors, 'HOTLINE_CONSULTATION_NOT_ANSWERABLE');
    const ids = await checkLawArticles(trx, body.lawArticleIds);
    const now = k.clock.now().toISOString();
    await update(trx, c, {
      state: 'answered',
      // From now on the consultation counts for the answering centre (statistics by centre).
      orgId: actor.orgId,
      claimedBy: c.claimedBy ?? actor.userId,
      claimedAt: c.claimedAt ?? now,
      answer: body.answer,
      lawArticleIds: JSON.stringify(ids),
      answeredBy: actor.userId,
      answeredAt: now,
      updatedAt: now,
    });
    await k.audit.record(trx, ctx, {
      action: 'hotline.consultation.answer',
      entityType: consultationEntityType,
      entityId: c.id,
      orgId: c.orgId ?? actor.orgId,
      after: { state: 'answered', lawArticleIds: ids, withinSla: now <= c.dueAt },
    });
  });
}

/** The citizen rates an answered consultation, once. */
export async function rateConsultation(
  k: Services,
  ctx: RequestContext,
  actor: CitizenActor,
  id: string,
  body: { rating: string; comment?: string },
): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const c = await findConsultation(trx, id);
    if (!c || c.citizenId !== actor.citizenId) throw notFound();
    if (c.state === 'rated') throw fail(hotlineErrors, 'HOTLINE_CONSULTATION_ALREADY_RATED', { field: 'rating' });
    if (c.state !== 'answered') throw fail(hotlineErrors, 'HOTLINE_CONSULTATION_NOT_ANSWERED', { field: 'rating' });
    const now = k.clock.now().toISOString();
    await update(trx, c, { state: 'rated', rating: body.rating, ratingComment: body.comment || null, ratedAt: now, updatedAt: now });
    await k.audit.record(trx, ctx, {
      action: 'hotline.consultation.rate',
      entityType: consultationEntityType,
      entityId: c.id,
      orgId: c.orgId,
      after: { rating: body.rating },
    });
  });
}
