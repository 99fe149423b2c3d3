import BetterSqlite3 from 'better-sqlite3';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { benchApiToken } from '../drive/api-token';
import { drive, type BenchApp, type DriveOptions } from '../drive/in-process';
import { describeWrites, probeWrites, uniqueValuesOf, writeReplayer } from '../drive/write-replay';

/*
 * The hotline's write workloads (described in hotline.ts): call-event intake by the switch's token and
 * ticket creation by an agent, each against a baseline replaying the rows one app request wrote.
 */

async function telephonyToken(kernel: Kernel, orgId: string): Promise<Record<string, string>> {
  const name = `基准测试12348话务平台 ${newId()}`;
  return (await benchApiToken(kernel, { name, orgId, permissions: ['hotline.callEvent.submit'] })).headers;
}

type EventType = 'offered' | 'answered' | 'ended';
const nextType: Record<EventType, EventType | null> = { offered: 'answered', answered: 'ended', ended: null };

/** Calls in flight: a call's next event is ready once its previous one was answered; otherwise a new call starts. */
function eventStream() {
  const ready: { call: number; type: EventType }[] = [];
  let calls = 0;
  return {
    take: () => ready.shift() ?? { call: calls++, type: 'offered' as EventType },
    done: (e: { call: number; type: EventType }) => {
      const t = nextType[e.type];
      if (t) ready.push({ call: e.call, type: t });
    },
  };
}

export async function callEventIntake(app: BenchApp, kernel: Kernel, file: string, centreId: string, agent: string, o: DriveOptions) {
  const headers = await telephonyToken(kernel, centreId);
  const run = Date.now().toString(36);
  const offsets: Record<EventType, number> = { offered: 0, answered: 8_000, ended: 200_000 };
  const base = Date.now() - 3_600_000;
  const body = (prefix: string, call: number, type: EventType) => ({
    eventId: `${prefix}-${call}-${type}`,
    callId: `${prefix}-${call}`,
    type,
    at: new Date(base + call + offsets[type]).toISOString(),
    queue: '12348-general',
    ...(type === 'offered' ? { callerPhone: `139${String(call % 100_000_000).padStart(8, '0')}` } : {}),
    ...(type === 'answered' ? { agentUsername: agent } : {}),
  });
  const post = async (payload: object) => {
    const res = await app.inject({ method: 'POST', url: '/api/hotline/call-events', payload, headers });
    if (res.statusCode !== 200) throw new Error(`call event: ${res.statusCode} ${res.body}`);
  };
  const probePrefix = `HLB-${run}-p`;
  const templates = {} as Record<EventType, Awaited<ReturnType<typeof probeWrites>>>;
  for (const type of ['offered', 'answered', 'ended'] as const)
    templates[type] = await probeWrites(file, () => post(body(probePrefix, 0, type)));
  const probeCall = `${probePrefix}-0`;
  const unique = uniqueValuesOf(Object.values(templates).flat(), [probeCall]);
  const handle = new BetterSqlite3(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('busy_timeout = 5000');
  try {
    const replayers = Object.fromEntries(Object.entries(templates).map(([type, t]) => [type, writeReplayer(handle, t, unique)])) as Record<
      EventType,
      ReturnType<typeof writeReplayer>
    >;
    const callRow = handle.prepare('select * from hl_calls where call_id = ?').get(probeCall) as Record<string, unknown>;
    const findEvent = handle.prepare('select * from hl_call_events where event_id = ?');
    const findCall = handle.prepare('select * from hl_calls where call_id = ?');
    const findAgent = handle.prepare('select id, active from users where username = ?');
    const update = handle.prepare(
      'update hl_calls set state = ?, answered_at = ?, abandoned_at = ?, ended_at = ?, wait_seconds = ?, talk_seconds = ?, agent_user_id = ?, updated_at = ? where id = ?',
    );
    const rewrite = replayers.offered.rewrite;
    const baseline = handle.transaction((type: EventType, suffix: string) => {
      const r = replayers[type];
      findEvent.get(rewrite(`${probeCall}-${type}`, suffix));
      findCall.get(rewrite(probeCall, suffix));
      if (type === 'answered') findAgent.get(agent);
      r.replay(suffix);
      if (type !== 'offered') {
        const ended = type === 'ended';
        update.run(
          type,
          callRow.answered_at as string,
          null,
          ended ? (callRow.ended_at as string) : null,
          callRow.wait_seconds as number,
          ended ? (callRow.talk_seconds as number) : null,
          callRow.agent_user_id as string,
          new Date().toISOString(),
          rewrite(callRow.id as string, suffix),
        );
      }
    });
    const appStream = eventStream();
    const appRun = async () => {
      const e = appStream.take();
      await post(body(`HLB-${run}-a`, e.call, e.type));
      appStream.done(e);
    };
    const baseStream = eventStream();
    const baseRun = async () => {
      const e = baseStream.take();
      baseline(e.type, `~${run}b${e.call}`);
      baseStream.done(e);
    };
    await drive(appRun, 1, o, o.warmupSeconds);
    const appResult = await drive(appRun, 1, o, o.durationSeconds);
    await drive(baseRun, 1, o, o.warmupSeconds);
    const baseResult = await drive(baseRun, 1, o, o.durationSeconds);
    console.log(
      `hlCallEvents: app ${appResult.requestsPerSecond.toFixed(1)} events/s, baseline ${baseResult.requestsPerSecond.toFixed(1)}/s, ratio ${(appResult.requestsPerSecond / baseResult.requestsPerSecond).toFixed(2)}`,
    );
    const rows = (['offered', 'answered', 'ended'] as const).map((t) => `${t}: ${describeWrites(templates[t])}`).join('; ');
    return { appResult, baseResult, rows };
  } finally {
    if (handle.open) handle.close();
  }
}

export async function ticketIntake(app: BenchApp, file: string, session: Record<string, string>, centreId: string, o: DriveOptions) {
  const run = Date.now().toString(36);
  const body = (i: number) => ({
    channel: 'walkIn',
    orgId: centreId,
    callerName: `来访人${i % 97}`,
    callerPhone: `138${String((parseInt(run, 36) + i) % 100_000_000).padStart(8, '0')}`,
    category: i % 2 ? 'labour.wages' : 'family.divorce',
    question: `来访咨询第${run}-${i}号：公司拖欠三个月工资，如何维权？`,
    answer: '可先协商，协商不成向劳动保障监察机构投诉或申请劳动争议仲裁；农民工可申请法律援助。',
    durationSeconds: 600,
  });
  const post = async (i: number) => {
    const res = await app.inject({ method: 'POST', url: '/api/hotline/tickets', payload: body(i), headers: session });
    if (res.statusCode !== 201) throw new Error(`ticket: ${res.statusCode} ${res.body}`);
  };
  const template = await probeWrites(file, () => post(0));
  const ticket = template.find((t) => t.table === 'hl_tickets');
  if (!ticket) throw new Error('ticket probe wrote no ticket');
  const unique = uniqueValuesOf(template, [ticket.rows[0]![ticket.columns.indexOf('number')] as string]);
  const handle = new BetterSqlite3(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('busy_timeout = 5000');
  try {
    const r = writeReplayer(handle, template, unique);
    const baseline = handle.transaction((suffix: string) => r.replay(suffix));
    let appN = 0;
    let baseN = 0;
    const appRun = () => post(++appN);
    const baseRun = async () => baseline(`~${run}b${++baseN}`);
    await drive(appRun, 1, o, o.warmupSeconds);
    const appResult = await drive(appRun, 1, o, o.durationSeconds);
    baseline(`~${run}b0`);
    await drive(baseRun, 1, o, o.warmupSeconds);
    const baseResult = await drive(baseRun, 1, o, o.durationSeconds);
    console.log(
      `hlTicketCreate: app ${appResult.requestsPerSecond.toFixed(1)}/s, baseline ${baseResult.requestsPerSecond.toFixed(1)}/s, ratio ${(appResult.requestsPerSecond / baseResult.requestsPerSecond).toFixed(2)}`,
    );
    return { appResult, baseResult, rows: describeWrites(template) };
  } finally {
    if (handle.open) handle.close();
  }
}
