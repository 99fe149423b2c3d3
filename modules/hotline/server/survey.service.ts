import type { CitizenActor, RequestContext } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { fail, notFound } from '@tianping/server/http/errors';
import type { TicketState } from '../contract/enums';
import { hotlineErrors } from '../contract/errors';
import { satisfactionLabels, type PublicSurvey, type SurveyAnswerBody, type SurveyAnswered } from '../contract/survey';
import { reopensTicket } from '../domain/followup-sample';
import { surveySummary } from './handling.presenter';
import { latestSurvey, type SurveyRow } from './handling.repository';
import { reopenInTrx } from './ticket-close.service';
import { categoryZh } from './ticket.presenter';
import { findTicketById } from './ticket.repository';
import { verifySurveyToken } from './survey-token';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'config'>;

async function surveyOfToken(db: Kernel['db'] | Trx, k: Pick<Kernel, 'config'>, token: string): Promise<SurveyRow> {
  const id = verifySurveyToken(k, token);
  const s = await db.selectFrom('hlSurveys').selectAll().where('id', '=', id).executeTakeFirst();
  if (!s) throw fail(hotlineErrors, 'HOTLINE_SURVEY_INVALID', { field: 'token' });
  return s;
}

/** GET /api/hotline/public/surveys/:token — the ticket number, centre, category and day; nothing personal. */
export async function publicSurvey(k: Services, token: string): Promise<PublicSurvey> {
  const s = await surveyOfToken(k.db, k, token);
  const t = (await findTicketById(k.db, s.ticketId))!;
  const org = await k.db.selectFrom('organisations').select('name').where('id', '=', t.orgId).executeTakeFirstOrThrow();
  const shown = t.subCategory ?? t.category;
  return {
    ticketNumber: t.number,
    centre: org.name,
    category: shown,
    categoryZh: categoryZh(shown),
    contactedAt: t.createdAt,
    expiresAt: s.expiresAt,
    expired: s.answeredAt === null && Date.parse(s.expiresAt) <= k.clock.now().getTime(),
    answered: s.answeredAt !== null,
    rating: (s.rating as PublicSurvey['rating']) ?? null,
  };
}

/**
 * Records the answer once: expired → 410 HOTLINE_SURVEY_EXPIRED, used → 409 HOTLINE_SURVEY_USED (also
 * for two answers racing: the conditional update decides). Dissatisfied → the ticket reopens to the
 * supervisors (notification), in the same transaction; audited.
 */
async function answerInTrx(k: Services, trx: Trx, ctx: RequestContext, s: SurveyRow, body: SurveyAnswerBody, via: 'sms' | 'portal') {
  const now = k.clock.now();
  if (s.answeredAt) throw fail(hotlineErrors, 'HOTLINE_SURVEY_USED', { field: 'token' });
  if (Date.parse(s.expiresAt) <= now.getTime()) throw fail(hotlineErrors, 'HOTLINE_SURVEY_EXPIRED', { field: 'token' });
  const t = (await findTicketById(trx, s.ticketId))!;
  const reopen = reopensTicket(body.rating) && t.state === 'closed';
  const done = await trx
    .updateTable('hlSurveys')
    .set({ answeredAt: now.toISOString(), answeredVia: via, rating: body.rating, comment: body.comment ?? null, reopened: reopen ? 1 : 0 })
    .where('id', '=', s.id)
    .where('answeredAt', 'is', null)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw fail(hotlineErrors, 'HOTLINE_SURVEY_USED', { field: 'token' });
  if (reopen) await reopenInTrx(k, trx, t, { reasonZh: '群众评价不满意', reasonEn: 'the caller was dissatisfied' });
  await k.audit.record(trx, ctx, {
    action: 'hotline.survey.answer',
    entityType: 'hlTicket',
    entityId: t.id,
    orgId: t.orgId,
    after: { surveyId: s.id, rating: body.rating, via, reopened: reopen },
  });
  const label = satisfactionLabels[body.rating];
  const result: SurveyAnswered = {
    ticketNumber: t.number,
    rating: body.rating,
    reopened: reopen,
    message: reopen
      ? {
          zh: '感谢您的评价。您的不满意意见已转监督人员，工单已重新办理。',
          en: 'Thank you. Your ticket has been reopened and passed to a supervisor.',
        }
      : { zh: `感谢您的评价（${label.zh}）。`, en: `Thank you for your rating (${label.en}).` },
  };
  return result;
}

/** POST /api/hotline/public/surveys/:token (the SMS link, no sign-in). */
export async function answerSurveyByToken(
  k: Services,
  ctx: RequestContext,
  token: string,
  body: SurveyAnswerBody,
): Promise<SurveyAnswered> {
  return k.db.transaction().execute(async (trx) => answerInTrx(k, trx, ctx, await surveyOfToken(trx, k, token), body, 'sms'));
}

/** The signed-in citizen's own contacts (tickets linked to their account). */
export async function citizenTickets(k: Pick<Kernel, 'db' | 'clock'>, actor: CitizenActor) {
  const rows = await k.db
    .selectFrom('hlTickets')
    .innerJoin('organisations', 'organisations.id', 'hlTickets.orgId')
    .selectAll('hlTickets')
    .select('organisations.name as orgName')
    .where('hlTickets.citizenId', '=', actor.citizenId)
    .orderBy('hlTickets.createdAt', 'desc')
    .limit(200)
    .execute();
  const now = k.clock.now();
  const items = [];
  for (const t of rows) {
    const s = surveySummary(await latestSurvey(k.db, t.id), now);
    const shown = t.subCategory ?? t.category;
    items.push({
      id: t.id,
      number: t.number,
      centre: t.orgName,
      channel: t.channel,
      category: shown,
      categoryZh: categoryZh(shown),
      question: t.question,
      answer: t.answer,
      state: t.state as TicketState,
      createdAt: t.createdAt,
      closedAt: t.closedAt,
      survey: { state: s.state, rating: s.rating },
      canRate: t.state === 'closed' && s.state === 'sent',
    });
  }
  return { items };
}

/** POST /api/citizen/hotline/tickets/:id/survey: the citizen rates their own closed contact in the portal. */
export async function answerSurveyAsCitizen(
  k: Services,
  ctx: RequestContext,
  actor: CitizenActor,
  ticketId: string,
  body: SurveyAnswerBody,
) {
  return k.db.transaction().execute(async (trx) => {
    const t = await findTicketById(trx, ticketId);
    if (!t || t.citizenId !== actor.citizenId) throw notFound();
    const s = await latestSurvey(trx, t.id);
    if (t.state !== 'closed' || !s)
      throw fail(hotlineErrors, s?.answeredAt ? 'HOTLINE_SURVEY_USED' : 'HOTLINE_SURVEY_NOT_OPEN', { field: 'rating' });
    return answerInTrx(k, trx, ctx, s, body, 'portal');
  });
}
