import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import type { Kernel } from '@tianping/server/core/module';
import type { AppConfig } from '@tianping/server/env';
import { searchLaws } from '@tianping/server/laws/law-search.service';
import { hotlineMetrics } from '../../modules/hotline/server/metrics';
import { seedHotlineRolesAndUsers } from '../../modules/hotline/server/seed-demo';
import { seedHotlineKnowledgeDemo } from '../../modules/hotline/server/seed-demo-knowledge';
import {
  benchActor,
  benchLogin,
  captureSql,
  compareCaptured,
  ensureBenchUser,
  runInProcessRounds,
  withBenchApp,
  type CapturedWorkload,
  type DriveOptions,
  type LoadSettings,
  type Measurement,
} from '../drive/in-process';
import { callEventIntake, ticketIntake } from './hotline-writes';
import type { WorkloadResult } from '../drive/report';

/**
 * 12348 hotline workloads (issue 7 "Bench"), driven in-process (bench/drive/in-process.ts); volume slice
 * `hotline` (a year of ≈470,000 calls, HOTLINE_BENCH_CALLS):
 *
 * - `hlCallEvents`: call-event intake (POST /api/hotline/call-events with the district centre's telephony
 *   API token), each call offered → answered → ended, a call's next event posted once the previous one was
 *   answered (8 calls in flight); one request = one event. Baseline: raw better-sqlite3, one transaction per
 *   event: the idempotency SELECT, the call lookup (and the agent's for `answered`), the rows one app request
 *   of that type inserted (probe; ids, call and event ids suffixed), the call row's UPDATE for answered/ended,
 *   the audit event appended to the hash chain. No validation, authentication, PII encryption or JSON.
 * - `hlTicketCreate`: POST /api/hotline/tickets (walk-in with the caller's phone: validation, centre check,
 *   case number, encryption and blind index, portal-account lookup, ticket, audit). Baseline: the rows one
 *   request inserted, replayed per request (ticket number and ids suffixed), no counter update or lookups.
 * - `hlSearch`: the agent's one search box (GET /api/hotline/search?kind=all: the knowledge base and the full
 *   law library, BM25 with synonyms in memory plus the core search for cited articles) for 10 questions;
 *   baseline: the raw FTS query of the core law search (the SQL `searchLaws()` runs, captured) — the app
 *   ranks FAQ and law articles on top of it, so this ratio includes the hotline's own ranking.
 * - `hlStats`: the statistics page — every hotline metric over the seeded year for a city-wide reader
 *   (GET /api/stats/metrics/hotline.*), baseline the SQL captured from the metrics' own queries.
 */

export const hlWorkloadKeys = ['hlCallEvents', 'hlTicketCreate', 'hlSearch', 'hlStats'] as const;
export type HlWorkloadKey = (typeof hlWorkloadKeys)[number];

const defaultDistrict = '120116';
const agentRole = {
  code: 'benchHotlineAgent',
  name: '基准测试12348坐席',
  nameEn: 'Bench hotline agent',
  permissions: ['hotline.ticket.read', 'hotline.ticket.handle', 'stats.metric.read'],
};
const searchQuestions = [
  '公司拖欠工资怎么办',
  '离婚孩子抚养权归谁',
  '上下班路上出车祸算工伤吗',
  '交通事故对方保险只赔一部分',
  '物业不维修可以不交物业费吗',
  '父亲去世没有遗嘱房子怎么继承',
  '朋友借钱不还只有微信记录',
  '试用期被辞退有没有补偿',
  '劳动合同法第八十二条',
  '网购商品质量问题商家不退货',
];

/** The FAQ knowledge base the search covers: the demo articles (HK) when the bench database has none. */
async function ensureKnowledgeBase(kernel: Kernel): Promise<number> {
  const count = async () =>
    Number(
      (
        await kernel.db
          .selectFrom('hlArticles')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  if ((await count()) === 0) {
    await seedHotlineRolesAndUsers(kernel);
    await seedHotlineKnowledgeDemo(kernel);
  }
  return count();
}

export async function measureHotline(
  config: AppConfig,
  keys: readonly HlWorkloadKey[],
  o: DriveOptions,
): Promise<Measurement<HlWorkloadKey>[]> {
  return withBenchApp(config, async (app, kernel, file) => {
    const codes = demoOrgCodes(config.cityCode);
    const districtCode = process.env.BENCH_DISTRICT ?? defaultDistrict;
    const orgOf = (code: string) =>
      kernel.db.selectFrom('organisations').select(['id', 'path']).where('code', '=', code).executeTakeFirstOrThrow();
    const centre = await orgOf(codes.legalServiceCentre(districtCode));
    const city = await orgOf(codes.cityBureau);
    await ensureBenchUser(kernel, 'bench.hl.agent', centre.id, 'own', agentRole);
    await ensureBenchUser(kernel, 'bench.hl.city', city.id, 'city', agentRole);
    const sessions = { agent: await benchLogin(app, 'bench.hl.agent', 31), city: await benchLogin(app, 'bench.hl.city', 32) };
    const calls = Number(
      (
        await kernel.db
          .selectFrom('hlCalls')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ).toLocaleString('en');
    const out: Measurement<HlWorkloadKey>[] = [];
    const captured: CapturedWorkload<HlWorkloadKey>[] = [];
    if (keys.includes('hlSearch')) {
      const faq = await ensureKnowledgeBase(kernel);
      const laws = await kernel.db
        .selectFrom('lawArticles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const requests = [];
      for (const q of searchQuestions) {
        const sql = await captureSql(file, (db) => searchLaws(db as never, null, { q, page: 1 }));
        requests.push({ urls: [`/api/hotline/search?${new URLSearchParams({ q, kind: 'all' }).toString()}`], session: 'agent', sql });
      }
      captured.push({
        key: 'hlSearch',
        auth: 'staff session (agent)',
        title: (n) =>
          `GET /api/hotline/search?kind=all (agent's search box, ${n} questions; ${Number(laws.n).toLocaleString('en')} law articles, ${faq} FAQ articles) vs the raw FTS query of the core law search`,
        requests,
      });
    }
    if (keys.includes('hlStats')) {
      const cityActor = benchActor(city, 'city', agentRole.permissions);
      const year = Number(process.env.HOTLINE_BENCH_YEAR ?? 0) || 2025;
      const [from, to] = [`${year}-01-01`, `${year}-12-31`];
      const sql = await captureSql(file, async (db) => {
        for (const m of hotlineMetrics) await m.query(db as never, { actor: cityActor, from, to, groupBy: null, dialect: 'sqlite' });
      });
      captured.push({
        key: 'hlStats',
        auth: 'staff session (city)',
        title: () =>
          `Statistics page: ${hotlineMetrics.length} hotline metrics over ${year} (${calls} calls), city-wide reader (one "request" = all metrics)`,
        requests: [{ urls: hotlineMetrics.map((m) => `/api/stats/metrics/${m.id}?from=${from}&to=${to}`), session: 'city', sql }],
      });
    }
    if (keys.includes('hlCallEvents')) {
      const r = await callEventIntake(app, kernel, file, centre.id, 'bench.hl.agent', o);
      out.push({
        key: 'hlCallEvents',
        title: `POST /api/hotline/call-events (telephony API token; calls offered → answered → ended, one request = one event; ${r.rows}) — figures are events/s`,
        auth: 'API token (telephony)',
        app: r.appResult,
        baseline: r.baseResult,
        paths: 1,
      });
    }
    if (keys.includes('hlTicketCreate')) {
      const r = await ticketIntake(app, file, sessions.agent, centre.id, o);
      out.push({
        key: 'hlTicketCreate',
        title: `POST /api/hotline/tickets (agent; walk-in with phone: case number, encryption, portal-account lookup, audit in one transaction: ${r.rows})`,
        auth: 'staff session (agent)',
        app: r.appResult,
        baseline: r.baseResult,
        paths: 1,
      });
    }
    out.push(...(await compareCaptured(app, file, sessions, captured, o)));
    return out;
  });
}

/** The workloads as rows of the bench report (run.ts), SQLite only; PostgreSQL adds a warning. */
export async function runHotlineWorkloads(
  config: AppConfig,
  keys: readonly HlWorkloadKey[],
  load: LoadSettings,
  rounds: number,
  warnings: string[],
): Promise<WorkloadResult[]> {
  return runInProcessRounds(config, keys, load, rounds, warnings, (o) => measureHotline(config, keys, o));
}
