import { parseLocalDate } from '@tianping/common/calendar/local-date';
import { isWorkday } from '@tianping/common/calendar/holiday-calendar';
import { officialHolidayCalendar } from '@tianping/common/calendar/official-holidays';
import type { StaffActor } from '@tianping/server/access/actor';
import { listAttachmentsOf } from '@tianping/server/attachments/attachment.repository';
import { presentAttachment } from '@tianping/server/attachments/attachment.presenter';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { notFound } from '@tianping/server/http/errors';
import {
  consultationRatingLabels,
  consultationStateLabels,
  type CitizenConsultation,
  type ConsultationListQuery,
  type ConsultationState,
  type StaffConsultation,
} from '../contract/consultation';
import { categoryLabels } from '../contract/enums';
import { lawRefsOf } from './article-query.service';
import type { HlConsultationTable } from './knowledge-tables';

export type ConsultationRow = HlConsultationTable;
export const consultationEntityType = 'hlConsultation';

/** The official calendar's working days (holidays and make-up days included). */
export const isOfficialWorkday = (d: string) => isWorkday(parseLocalDate(d), officialHolidayCalendar);

export const slaNote = {
  zh: '答复时限为本地规则（工作日9:00—17:00内计算的工作小时数，可由市级管理人员调整），非法定期限。',
  en: 'The answer time is a local rule (working hours, 09:00–17:00 on working days, adjustable by city staff), not a statutory period.',
};

export function isOverdue(c: ConsultationRow, now: Date): boolean {
  const done = c.answeredAt ? new Date(c.answeredAt) : now;
  return done.getTime() > new Date(c.dueAt).getTime();
}

export async function findConsultation(db: DbOrTrx, id: string) {
  return db.selectFrom('hlConsultations').selectAll().where('id', '=', id).executeTakeFirst();
}

async function baseView(k: Pick<Kernel, 'db' | 'clock'>, c: ConsultationRow) {
  const state = c.state as ConsultationState;
  const rating = c.rating as keyof typeof consultationRatingLabels | null;
  const files = await listAttachmentsOf(k.db, consultationEntityType, c.id);
  return {
    id: c.id,
    number: c.number,
    category: c.category,
    categoryLabel: categoryLabels[c.category] ?? { zh: c.category, en: c.category },
    question: c.question,
    state,
    stateLabel: consultationStateLabels[state],
    submittedAt: c.submittedAt,
    dueAt: c.dueAt,
    overdue: isOverdue(c, k.clock.now()),
    answer: c.answer,
    lawRefs: await lawRefsOf(k.db, JSON.parse(c.lawArticleIds) as string[]),
    answeredAt: c.answeredAt,
    rating,
    ratingLabel: rating ? consultationRatingLabels[rating] : null,
    ratingComment: c.ratingComment,
    // The opinion letter is served through the inbox; the consultation lists the citizen's own files.
    attachments: files.filter((f) => f.id !== c.letterDocumentId).map(presentAttachment),
    letterAttachmentId: c.letterDocumentId,
  };
}

async function userName(db: DbOrTrx, id: string | null) {
  if (!id) return null;
  return (await db.selectFrom('users').select('displayName').where('id', '=', id).executeTakeFirst())?.displayName ?? null;
}

export async function citizenView(k: Pick<Kernel, 'db' | 'clock'>, c: ConsultationRow): Promise<CitizenConsultation> {
  const centre = c.answeredBy
    ? await k.db
        .selectFrom('users as u')
        .innerJoin('organisations as o', 'o.id', 'u.orgId')
        .select('o.name')
        .where('u.id', '=', c.answeredBy)
        .executeTakeFirst()
    : undefined;
  return {
    ...(await baseView(k, c)),
    answeredByCentre: centre?.name ?? null,
    slaNote,
    abilities: { attach: c.state === 'waiting' || c.state === 'claimed', rate: c.state === 'answered' },
  };
}

export function staffAbilities(actor: StaffActor, c: ConsultationRow) {
  const answerer = actor.permissions.has('hotline.consultation.answer');
  const free = c.state === 'waiting' || (c.state === 'claimed' && c.claimedBy === actor.userId);
  const answered = c.state === 'answered' || c.state === 'rated';
  return {
    claim: answerer && c.state === 'waiting',
    answer: answerer && free,
    opinionLetter: answerer && answered,
    proposePublic: answerer && answered,
  };
}

export async function staffView(k: Pick<Kernel, 'db' | 'clock'>, actor: StaffActor, c: ConsultationRow): Promise<StaffConsultation> {
  return {
    ...(await baseView(k, c)),
    claimedBy: c.claimedBy,
    claimedByName: await userName(k.db, c.claimedBy),
    answeredBy: c.answeredBy,
    answeredByName: await userName(k.db, c.answeredBy),
    version: c.version,
    abilities: staffAbilities(actor, c),
  };
}

export async function getStaffConsultation(k: Pick<Kernel, 'db' | 'clock'>, actor: StaffActor, id: string) {
  const c = await findConsultation(k.db, id);
  if (!c) throw notFound();
  return staffView(k, actor, c);
}

export async function getCitizenConsultation(k: Pick<Kernel, 'db' | 'clock'>, citizenId: string, id: string) {
  const c = await findConsultation(k.db, id);
  if (!c || c.citizenId !== citizenId) throw notFound();
  return citizenView(k, c);
}

export async function listCitizenConsultations(k: Pick<Kernel, 'db' | 'clock'>, citizenId: string) {
  const rows = await k.db
    .selectFrom('hlConsultations')
    .selectAll()
    .where('citizenId', '=', citizenId)
    .orderBy('submittedAt', 'desc')
    .limit(200)
    .execute();
  return { items: await Promise.all(rows.map((c) => citizenView(k, c))) };
}

/** The on-duty queue (city-wide): oldest due first; `overdue` = unanswered past the due time. */
export async function listStaffConsultations(k: Pick<Kernel, 'db' | 'clock'>, actor: StaffActor, q: ConsultationListQuery) {
  const now = k.clock.now().toISOString();
  let query = k.db.selectFrom('hlConsultations');
  if (q.state) query = query.where('state', '=', q.state);
  if (q.overdue === 'true') query = query.where('state', 'in', ['waiting', 'claimed']).where('dueAt', '<', now);
  if (q.mine === 'true') query = query.where((eb) => eb.or([eb('claimedBy', '=', actor.userId), eb('answeredBy', '=', actor.userId)]));
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('dueAt')
    .orderBy('id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  const items = await Promise.all(
    rows.map(async (c) => {
      const { attachments: _a, lawRefs: _l, ...rest } = await staffView(k, actor, c);
      return rest;
    }),
  );
  return { items, total: Number(total.n), page: q.page, pageSize: q.pageSize };
}
