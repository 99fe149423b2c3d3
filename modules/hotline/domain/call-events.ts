import type { CallEventType, CallState } from '../contract/enums';

/**
 * The state machine of a call as the telephony system reports it (pure, no I/O):
 *
 *   (none) ──offered──▶ offered ──answered──▶ answered ──ended──▶ ended
 *                          └──abandoned──▶ abandoned
 *
 * Anything else is out of order (ended before offered, answered after abandoned, a second
 * offered, an event earlier than the previous one) and is rejected with the field at fault;
 * the caller writes nothing. Waiting time runs from offered to answered (or abandoned), talk
 * time from answered to ended. The connection rate (接通率) is answered ÷ (answered + abandoned):
 * calls still waiting have no outcome yet and are not counted.
 */

export interface CallSnapshot {
  state: CallState;
  offeredAt: string;
  answeredAt: string | null;
  abandonedAt: string | null;
  endedAt: string | null;
}

export interface CallEvent {
  type: CallEventType;
  /** ISO instant. */
  at: string;
}

export type CallEventOutcome =
  | { ok: true; call: CallSnapshot; waitSeconds: number | null; talkSeconds: number | null }
  | { ok: false; field: 'type' | 'at'; reason: string };

const allowedFrom: Readonly<Record<CallEventType, CallState | null>> = {
  offered: null,
  answered: 'offered',
  abandoned: 'offered',
  ended: 'answered',
};

function lastAt(call: CallSnapshot): string {
  return call.endedAt ?? call.abandonedAt ?? call.answeredAt ?? call.offeredAt;
}

function seconds(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  return Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
}

export function waitSecondsOf(call: CallSnapshot): number | null {
  return seconds(call.offeredAt, call.answeredAt ?? call.abandonedAt);
}

export function talkSecondsOf(call: CallSnapshot): number | null {
  return seconds(call.answeredAt, call.endedAt);
}

/** Applies one event to the call (undefined: no event seen yet for this call id). */
export function applyCallEvent(call: CallSnapshot | undefined, event: CallEvent): CallEventOutcome {
  const required = allowedFrom[event.type];
  const current = call?.state ?? null;
  if (current !== required) {
    const reason = current ? `${event.type} cannot follow ${current}` : `${event.type} before offered`;
    return { ok: false, field: 'type', reason };
  }
  if (call && Date.parse(event.at) < Date.parse(lastAt(call))) {
    return { ok: false, field: 'at', reason: `${event.type} at ${event.at} is earlier than the previous event` };
  }
  const next: CallSnapshot = call
    ? { ...call }
    : { state: 'offered', offeredAt: event.at, answeredAt: null, abandonedAt: null, endedAt: null };
  next.state = event.type;
  if (event.type === 'answered') next.answeredAt = event.at;
  if (event.type === 'abandoned') next.abandonedAt = event.at;
  if (event.type === 'ended') next.endedAt = event.at;
  return { ok: true, call: next, waitSeconds: waitSecondsOf(next), talkSeconds: talkSecondsOf(next) };
}

export interface IdentifiedCallEvent extends CallEvent {
  eventId: string;
  callId: string;
}

/**
 * Replays a stream of events (in arrival order): duplicated event ids are applied once, rejected
 * events change nothing. Used by the tests and the demo generator to check what the service does.
 */
export function replayCallEvents(events: readonly IdentifiedCallEvent[]) {
  const calls = new Map<string, CallSnapshot>();
  const seen = new Set<string>();
  const rejected: { eventId: string; field: string; reason: string }[] = [];
  let duplicates = 0;
  for (const e of events) {
    if (seen.has(e.eventId)) {
      duplicates++;
      continue;
    }
    const out = applyCallEvent(calls.get(e.callId), e);
    if (!out.ok) {
      rejected.push({ eventId: e.eventId, field: out.field, reason: out.reason });
      continue;
    }
    seen.add(e.eventId);
    calls.set(e.callId, out.call);
  }
  return { calls, rejected, duplicates };
}

export interface CallFigures {
  offered: number;
  answered: number;
  abandoned: number;
  waiting: number;
  /** answered ÷ (answered + abandoned), 0–1; null when no call has an outcome yet. */
  connectionRate: number | null;
  averageWaitSeconds: number | null;
  /** 90th percentile of the waits of answered and abandoned calls (nearest rank). */
  p90WaitSeconds: number | null;
}

/** Figures of a set of calls (their snapshots), computed from the events only. */
export function callFigures(calls: Iterable<CallSnapshot>): CallFigures {
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  const waits: number[] = [];
  for (const c of calls) {
    offered++;
    if (c.answeredAt) answered++;
    else if (c.abandonedAt) abandoned++;
    const w = waitSecondsOf(c);
    if (w !== null) waits.push(w);
  }
  waits.sort((a, b) => a - b);
  const decided = answered + abandoned;
  return {
    offered,
    answered,
    abandoned,
    waiting: offered - decided,
    connectionRate: decided ? answered / decided : null,
    averageWaitSeconds: waits.length ? waits.reduce((s, w) => s + w, 0) / waits.length : null,
    p90WaitSeconds: waits.length ? waits[Math.ceil(0.9 * waits.length) - 1]! : null,
  };
}
