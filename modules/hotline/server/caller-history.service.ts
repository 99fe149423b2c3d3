import { maskPiiInText } from '@tianping/common/validation/pii-text';
import type { ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { notFound } from '@tianping/server/http/errors';
import type { CallerHistoryItem, IncomingCall } from '../contract/calls';
import type { Channel, TicketState } from '../contract/enums';
import type { CallRow } from './call.repository';
import { callView } from './call.presenter';
import { isDeskAgent } from './ticket.policy';
import { categoryZh } from './ticket.presenter';
import { ticketScope } from './ticket.repository';
import { readHotlineSettings } from './settings';

type Services = Pick<Kernel, 'db' | 'pii' | 'clock'>;

const historyLimit = 10;
const answerPreview = 300;

/**
 * The agent's current call: the call they answered and are still on, else the latest call they
 * finished within the configured window without recording a ticket yet.
 */
async function currentCall(k: Services, actor: ScopedActor & { kind: 'staff' }): Promise<CallRow | undefined> {
  const talking = await k.db
    .selectFrom('hlCalls')
    .selectAll()
    .where('agentUserId', '=', actor.userId)
    .where('state', '=', 'answered')
    .orderBy('answeredAt', 'desc')
    .executeTakeFirst();
  if (talking) return talking;
  const { incomingWindowMinutes } = await readHotlineSettings(k.db);
  const since = new Date(k.clock.now().getTime() - incomingWindowMinutes * 60_000).toISOString();
  return k.db
    .selectFrom('hlCalls')
    .selectAll()
    .where('agentUserId', '=', actor.userId)
    .where('state', '=', 'ended')
    .where('ticketId', 'is', null)
    .where('endedAt', '>=', since)
    .orderBy('endedAt', 'desc')
    .executeTakeFirst();
}

/**
 * The same caller's earlier contacts (matched by the phone's blind index), only tickets the actor
 * may see (their centre), newest first; free text with ID and phone numbers masked (the core's PII
 * rules: clear values only through /api/pii/reveal).
 */
export async function callerHistory(
  k: Pick<Kernel, 'db' | 'pii'>,
  db: DbOrTrx,
  actor: ScopedActor,
  phoneEnc: string,
  excludeTicketId: string | null,
): Promise<CallerHistoryItem[]> {
  const candidates = k.pii.blindIndexCandidates('phone', k.pii.decrypt(phoneEnc));
  const rows = await db
    .selectFrom('hlTickets')
    .select(['id', 'number', 'channel', 'category', 'subCategory', 'question', 'answer', 'state', 'createdAt'])
    .where('callerPhoneIndex', 'in', candidates)
    .where((eb) => ticketScope(eb, actor))
    .$if(!!excludeTicketId, (b) => b.where('id', '!=', excludeTicketId!))
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .limit(historyLimit)
    .execute();
  return rows.map((r) => {
    const shown = r.subCategory ?? r.category;
    const answer = r.answer ? maskPiiInText(r.answer) : null;
    return {
      id: r.id,
      number: r.number,
      channel: r.channel as Channel,
      category: shown,
      categoryZh: categoryZh(shown),
      question: maskPiiInText(r.question),
      answer: answer && answer.length > answerPreview ? `${answer.slice(0, answerPreview)}…` : answer,
      state: r.state as TicketState,
      createdAt: r.createdAt,
    };
  });
}

/** GET /api/hotline/desk/incoming — polled by the desk; `call: null` when the agent is free. */
export async function getIncomingCall(k: Services, actor: ScopedActor): Promise<IncomingCall> {
  if (actor.kind !== 'staff' || !isDeskAgent(actor)) throw notFound();
  const call = await currentCall(k, actor);
  if (!call) return { call: null, history: [], earlierCalls: 0 };
  if (!call.callerPhoneEnc) return { call: callView(k.pii, call), history: [], earlierCalls: 0 };
  const history = await callerHistory(k, k.db, actor, call.callerPhoneEnc, call.ticketId);
  const earlier = await k.db
    .selectFrom('hlCalls')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('callerPhoneIndex', 'in', k.pii.blindIndexCandidates('phone', k.pii.decrypt(call.callerPhoneEnc)))
    .where('orgId', '=', call.orgId)
    .where('id', '!=', call.id)
    .where('offeredAt', '<', call.offeredAt)
    .executeTakeFirstOrThrow();
  return { call: callView(k.pii, call), history, earlierCalls: Number(earlier.n) };
}
