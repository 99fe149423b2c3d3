import { randomInt } from 'node:crypto';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { fail } from '@tianping/server/http/errors';
import type { CallEventBody, CallEventResult, SimulateCallBody } from '../contract/calls';
import { hotlineErrors } from '../contract/errors';
import { findCallByCallId } from './call.repository';
import { callView } from './call.presenter';
import { submitCallEvent } from './call-event.service';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'config'>;

/** Shown with every simulated call: it is not a real call. */
export const simulatorLabel = { zh: '开发模拟（非真实来电）', en: 'Development simulation (not a real call)' };

/** The simulator exists outside production only. */
export function simulatorEnabled(k: Pick<Kernel, 'config'>): boolean {
  return !k.config.isProduction;
}

/**
 * 开发模拟: plays a call at the agent's centre through the SAME call-event service the telephony
 * token uses — offered, then answered by the agent (the incoming-call screen opens), and with
 * `stage: 'ended'` also ended. Times lie in the recent past so that the wait and talk time are as
 * asked. Marked `simulated` in the data and audited like any event.
 */
export async function simulateCall(k: Services, ctx: RequestContext, actor: ScopedActor, body: SimulateCallBody) {
  if (!simulatorEnabled(k)) throw fail(hotlineErrors, 'HOTLINE_SIMULATOR_DISABLED');
  const agentUsername = body.agentUsername ?? (actor.kind === 'staff' ? actor.username : undefined);
  // Checked before the first event, so that a bad agent leaves no half-played call behind.
  const agent = agentUsername
    ? await k.db.selectFrom('users').select(['id', 'active']).where('username', '=', agentUsername.trim().toLowerCase()).executeTakeFirst()
    : undefined;
  if (!agent || agent.active !== 1) throw fail(hotlineErrors, 'HOTLINE_AGENT_UNKNOWN', { field: 'agentUsername' });
  const now = k.clock.now().getTime();
  const talkSoFar = body.stage === 'ended' ? body.talkSeconds : Math.min(body.talkSeconds, 5);
  const answeredAt = now - talkSoFar * 1000;
  const offeredAt = answeredAt - body.waitSeconds * 1000;
  const callId = `SIM-${newId()}`;
  const queue = body.queue ?? '12348-sim';
  const callerPhone = body.callerPhone ?? `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
  const reporter = { orgId: actor.orgId, tokenId: null, simulated: true };
  const base = { callId, queue };
  const events: CallEventBody[] = [
    { ...base, eventId: `${callId}-1`, type: 'offered', at: new Date(offeredAt).toISOString(), callerPhone },
    { ...base, eventId: `${callId}-2`, type: 'answered', at: new Date(answeredAt).toISOString(), agentUsername },
  ];
  if (body.stage === 'ended') events.push({ ...base, eventId: `${callId}-3`, type: 'ended', at: new Date(now).toISOString() });
  const results: CallEventResult[] = [];
  for (const e of events) results.push(await submitCallEvent(k, ctx, reporter, e));
  const call = await findCallByCallId(k.db, callId);
  return { label: simulatorLabel, call: callView(k.pii, call!), events: results };
}
