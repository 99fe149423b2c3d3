import { maskMobile } from '@tianping/common/validation/phone';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { categoryLabels, type Channel, type TicketState } from '../contract/enums';
import type { TicketDetail, TicketListItem } from '../contract/tickets';
import type { CallRow } from './call.repository';
import { canRevealPhone, canUpdateAnswer } from './ticket.policy';
import type { TicketRow } from './ticket.repository';
import { handlingAbilities, type TicketHandling } from './ticket-handling';

type Pii = Pick<Kernel['pii'], 'decrypt'>;

/** The masked phone of an encrypted column (`138****5678`); the clear value only via /api/pii/reveal. */
export function maskedPhone(pii: Pii, enc: string | null): string | null {
  return enc ? maskMobile(pii.decrypt(enc)) : null;
}

export function categoryZh(code: string): string {
  return categoryLabels[code]?.zh ?? code;
}

export function ticketListItem(pii: Pii, t: TicketRow & { orgName: string; answeredByName: string | null }): TicketListItem {
  const shown = t.subCategory ?? t.category;
  return {
    id: t.id,
    number: t.number,
    orgId: t.orgId,
    orgName: t.orgName,
    channel: t.channel as Channel,
    category: shown,
    categoryZh: categoryZh(shown),
    question: t.question,
    state: t.state as TicketState,
    callerName: t.callerName,
    callerPhoneMasked: maskedPhone(pii, t.callerPhoneEnc),
    answeredByName: t.answeredByName,
    durationSeconds: t.durationSeconds,
    createdAt: t.createdAt,
  };
}

export function ticketDetail(
  pii: Pii,
  actor: ScopedActor,
  t: TicketRow & { orgName: string; answeredByName: string | null },
  call: CallRow | undefined,
  handling: TicketHandling,
): TicketDetail {
  const shown = t.subCategory ?? t.category;
  return {
    ...ticketListItem(pii, t),
    subCategory: t.subCategory,
    categoryEn: categoryLabels[shown]?.en ?? shown,
    answer: t.answer,
    answeredBy: t.answeredBy,
    answeredAt: t.answeredAt,
    callId: call?.callId ?? null,
    call: call
      ? {
          callId: call.callId,
          queue: call.queue,
          offeredAt: call.offeredAt,
          answeredAt: call.answeredAt,
          endedAt: call.endedAt,
          waitSeconds: call.waitSeconds,
          talkSeconds: call.talkSeconds,
          simulated: call.simulated === 1,
        }
      : null,
    citizenId: t.citizenId,
    closedAt: t.closedAt,
    updatedAt: t.updatedAt,
    version: t.version,
    transfers: handling.transfers,
    callbacks: handling.callbacks,
    survey: handling.survey,
    abilities: { updateAnswer: canUpdateAnswer(actor, t), revealPhone: canRevealPhone(actor, t), ...handlingAbilities(actor, t, handling) },
  };
}
