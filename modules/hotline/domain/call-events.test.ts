import { describe, expect, it } from 'vitest';
import { applyCallEvent, callFigures, replayCallEvents, type IdentifiedCallEvent } from './call-events';

const at = (s: number) => new Date(Date.UTC(2025, 2, 3, 1, 0, s)).toISOString();
const ev = (eventId: string, callId: string, type: IdentifiedCallEvent['type'], s: number): IdentifiedCallEvent => ({
  eventId,
  callId,
  type,
  at: at(s),
});

describe('call state machine', () => {
  it('offered → answered → ended computes wait and talk time', () => {
    const o = applyCallEvent(undefined, { type: 'offered', at: at(0) });
    expect(o.ok).toBe(true);
    const a = applyCallEvent(o.ok ? o.call : undefined, { type: 'answered', at: at(12) });
    expect(a).toMatchObject({ ok: true, waitSeconds: 12, talkSeconds: null, call: { state: 'answered' } });
    const e = applyCallEvent(a.ok ? a.call : undefined, { type: 'ended', at: at(200) });
    expect(e).toMatchObject({ ok: true, waitSeconds: 12, talkSeconds: 188, call: { state: 'ended' } });
  });

  it('rejects ended before offered, answered after abandoned, a second offered and time going backwards', () => {
    expect(applyCallEvent(undefined, { type: 'ended', at: at(0) })).toMatchObject({ ok: false, field: 'type' });
    expect(applyCallEvent(undefined, { type: 'answered', at: at(0) })).toMatchObject({ ok: false, field: 'type' });
    const o = applyCallEvent(undefined, { type: 'offered', at: at(10) });
    if (!o.ok) throw new Error('offered rejected');
    expect(applyCallEvent(o.call, { type: 'offered', at: at(11) })).toMatchObject({ ok: false, field: 'type' });
    expect(applyCallEvent(o.call, { type: 'ended', at: at(11) })).toMatchObject({ ok: false, field: 'type' });
    expect(applyCallEvent(o.call, { type: 'answered', at: at(5) })).toMatchObject({ ok: false, field: 'at' });
    const ab = applyCallEvent(o.call, { type: 'abandoned', at: at(40) });
    if (!ab.ok) throw new Error('abandoned rejected');
    expect(ab.waitSeconds).toBe(30);
    expect(applyCallEvent(ab.call, { type: 'answered', at: at(41) })).toMatchObject({ ok: false, field: 'type' });
    expect(applyCallEvent(ab.call, { type: 'ended', at: at(41) })).toMatchObject({ ok: false, field: 'type' });
  });

  it('replays a stream: duplicated event ids are idempotent, rejected events change nothing', () => {
    const stream = [
      ev('e1', 'c1', 'offered', 0),
      ev('e1', 'c1', 'offered', 0),
      ev('e2', 'c1', 'answered', 10),
      ev('e2', 'c1', 'answered', 10),
      ev('x1', 'c2', 'ended', 3),
      ev('e3', 'c1', 'ended', 100),
      ev('e4', 'c2', 'offered', 5),
      ev('e5', 'c2', 'abandoned', 65),
      ev('x2', 'c2', 'answered', 70),
    ];
    const r = replayCallEvents(stream);
    expect(r.duplicates).toBe(2);
    expect(r.rejected.map((x) => x.eventId)).toEqual(['x1', 'x2']);
    expect(r.calls.get('c1')).toMatchObject({ state: 'ended', answeredAt: at(10), endedAt: at(100) });
    expect(r.calls.get('c2')).toMatchObject({ state: 'abandoned', answeredAt: null });
  });

  it('connection rate and waits come from the events; waiting calls have no outcome yet', () => {
    const stream: IdentifiedCallEvent[] = [];
    // 9 answered after 1..9 s, 1 abandoned after 60 s, 1 still waiting.
    for (let i = 1; i <= 9; i++) stream.push(ev(`o${i}`, `c${i}`, 'offered', 0), ev(`a${i}`, `c${i}`, 'answered', i));
    stream.push(ev('o10', 'c10', 'offered', 0), ev('b10', 'c10', 'abandoned', 60), ev('o11', 'c11', 'offered', 0));
    const f = callFigures(replayCallEvents(stream).calls.values());
    expect(f).toMatchObject({ offered: 11, answered: 9, abandoned: 1, waiting: 1, p90WaitSeconds: 9 });
    expect(f.connectionRate).toBeCloseTo(0.9);
    expect(f.averageWaitSeconds).toBeCloseTo(10.5);
    expect(callFigures([])).toMatchObject({ offered: 0, connectionRate: null, averageWaitSeconds: null, p90WaitSeconds: null });
  });
});
