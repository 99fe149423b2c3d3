import type { Kernel } from '@tianping/server/core/module';
import type { CallView } from '../contract/calls';
import type { CallState } from '../contract/enums';
import type { CallRow } from './call.repository';
import { maskedPhone } from './ticket.presenter';

/** A call as the desk shows it: the caller's phone masked. */
export function callView(pii: Pick<Kernel['pii'], 'decrypt'>, c: CallRow): CallView {
  return {
    id: c.id,
    callId: c.callId,
    orgId: c.orgId,
    queue: c.queue,
    state: c.state as CallState,
    offeredAt: c.offeredAt,
    answeredAt: c.answeredAt,
    abandonedAt: c.abandonedAt,
    endedAt: c.endedAt,
    waitSeconds: c.waitSeconds,
    talkSeconds: c.talkSeconds,
    callerPhoneMasked: maskedPhone(pii, c.callerPhoneEnc),
    ticketId: c.ticketId,
    simulated: c.simulated === 1,
  };
}
