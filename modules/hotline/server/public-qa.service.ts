import type { RequestContext, StaffActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { fail, notFound } from '@tianping/server/http/errors';
import { publicQaStateLabels, type ProposePublicBody } from '../contract/consultation';
import { categoryLabels, isKnownCategory } from '../contract/enums';
import { hotlineErrors } from '../contract/errors';
import { consultationEntityType, findConsultation } from './consultation-query.service';
import type { HlPublicQaTable } from './knowledge-tables';

/**
 * Public Q&A (公开问答): an answerer proposes an anonymised copy of an answered consultation, a
 * reviewer (`hotline.knowledge.review`) publishes or rejects it; the portal lists the published
 * ones without login. Mobile and ID numbers in the text are refused outright (anonymise first).
 */

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

const note = { zh: '经人工审核的匿名问答，仅供参考', en: 'Anonymised Q&A reviewed by staff, for reference' };

/** 11-digit mobile numbers and 15/18-character ID numbers. */
const personalNumber = /(?<!\d)(1[3-9]\d{9}|\d{17}[\dXx]|\d{15})(?!\d)/;

export function containsPersonalNumber(text: string): boolean {
  return personalNumber.test(text.replace(/[\s-]/g, ''));
}

function publicView(r: HlPublicQaTable) {
  return {
    id: r.id,
    category: r.category,
    categoryLabel: categoryLabels[r.category] ?? { zh: r.category, en: r.category },
    question: r.question,
    answer: r.answer,
    publishedAt: r.state === 'published' ? r.reviewedAt : null,
    note,
  };
}

function staffView(actor: StaffActor, r: HlPublicQaTable) {
  const state = r.state as keyof typeof publicQaStateLabels;
  return {
    ...publicView(r),
    consultationId: r.consultationId,
    state,
    stateLabel: publicQaStateLabels[state],
    proposedBy: r.proposedBy,
    proposedAt: r.proposedAt,
    reviewedBy: r.reviewedBy,
    reviewComment: r.reviewComment,
    abilities: { review: actor.permissions.has('hotline.knowledge.review') && state === 'proposed' },
  };
}

export async function proposePublic(k: Services, ctx: RequestContext, actor: StaffActor, consultationId: string, body: ProposePublicBody) {
  const category = body.category;
  if (category && !isKnownCategory(category)) throw fail(hotlineErrors, 'HOTLINE_CATEGORY_UNKNOWN', { field: 'category' });
  for (const field of ['question', 'answer'] as const) {
    if (containsPersonalNumber(body[field])) throw fail(hotlineErrors, 'HOTLINE_PERSONAL_DATA_IN_PUBLIC_TEXT', { field });
  }
  return k.db.transaction().execute(async (trx) => {
    const c = await findConsultation(trx, consultationId);
    if (!c) throw notFound();
    if (c.state !== 'answered' && c.state !== 'rated') throw fail(hotlineErrors, 'HOTLINE_CONSULTATION_NOT_ANSWERED');
    const row: HlPublicQaTable = {
      id: newId(),
      consultationId: c.id,
      category: category ?? c.category,
      question: body.question,
      answer: body.answer,
      state: 'proposed',
      proposedBy: actor.userId,
      proposedAt: k.clock.now().toISOString(),
      reviewedBy: null,
      reviewedAt: null,
      reviewComment: null,
    };
    await trx.insertInto('hlPublicQa').values(row).execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.publicQa.propose',
      entityType: 'hlPublicQa',
      entityId: row.id,
      orgId: c.orgId ?? actor.orgId,
      after: { consultationId: c.id, entity: consultationEntityType },
    });
    return staffView(actor, row);
  });
}

export async function reviewPublicQa(
  k: Services,
  ctx: RequestContext,
  actor: StaffActor,
  id: string,
  body: { decision: 'publish' | 'reject'; comment?: string },
) {
  return k.db.transaction().execute(async (trx) => {
    const r = await trx.selectFrom('hlPublicQa').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw notFound();
    if (r.state !== 'proposed') throw fail(hotlineErrors, 'HOTLINE_PUBLIC_QA_NOT_PROPOSED');
    const patch = {
      state: body.decision === 'publish' ? 'published' : 'rejected',
      reviewedBy: actor.userId,
      reviewedAt: k.clock.now().toISOString(),
      reviewComment: body.comment || null,
    };
    await trx.updateTable('hlPublicQa').set(patch).where('id', '=', id).where('state', '=', 'proposed').execute();
    await k.audit.record(trx, ctx, {
      action: `hotline.publicQa.${body.decision}`,
      entityType: 'hlPublicQa',
      entityId: id,
      orgId: actor.orgId,
      after: { state: patch.state, comment: patch.reviewComment },
    });
    return staffView(actor, { ...r, ...patch });
  });
}

export async function listStaffPublicQa(db: DbOrTrx, actor: StaffActor, q: { state?: string; page: number; pageSize: number }) {
  let query = db.selectFrom('hlPublicQa');
  if (q.state) query = query.where('state', '=', q.state);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('proposedAt', 'desc')
    .orderBy('id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map((r) => staffView(actor, r)), total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

export async function listPublicQa(db: DbOrTrx, q: { q?: string; category?: string; page: number; pageSize: number }) {
  let query = db.selectFrom('hlPublicQa').where('state', '=', 'published');
  if (q.category) query = query.where((eb) => eb.or([eb('category', '=', q.category!), eb('category', 'like', `${q.category}.%`)]));
  if (q.q) {
    const like = `%${q.q}%`;
    query = query.where((eb) => eb.or([eb('question', 'like', like), eb('answer', 'like', like)]));
  }
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('reviewedAt', 'desc')
    .orderBy('id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(publicView), total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

export async function getPublicQa(db: DbOrTrx, id: string) {
  const r = await db.selectFrom('hlPublicQa').selectAll().where('id', '=', id).where('state', '=', 'published').executeTakeFirst();
  if (!r) throw notFound();
  return publicView(r);
}
