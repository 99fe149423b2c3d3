import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, type LogEvent } from 'kysely';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { StaffActor } from '@tianping/server/access/actor';
import { buildApp } from '@tianping/server/app';
import type { Kernel } from '@tianping/server/core/module';
import { openDatabase } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { AppConfig } from '@tianping/server/env';
import { newId, nowIso } from '@tianping/server/db/ids';
import { hashPassword } from '@tianping/server/identity/password-hash';
import { newUserRow, pushPasswordHistory } from '@tianping/server/identity/user.repository';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import { listCasesInScope } from '../../modules/reconsideration/server/case-list.repository';
import { getCase } from '../../modules/reconsideration/server/case-query.service';
import { reconsiderationMetrics } from '../../modules/reconsideration/server/metrics';
import type { LoadResult } from '../drive/load';
import { medianRound, type WorkloadResult } from '../drive/report';

/**
 * Reconsideration workloads (issue 4 "Bench"), driven in-process like the case-number workload:
 *
 * - `reconCases`: the scoped, filtered workbench list (GET /api/reconsideration/cases, page of 20
 *   with total) as a district handler (subtree scope) over the whole volume (RECON_BENCH_CASES);
 * - `reconCase`: the case detail (GET /api/reconsideration/cases/:id), 200 cases of the district;
 * - `reconStats`: the statistics page for two years — every reconsideration metric over
 *   2024-01-01…2025-12-31 for a city-wide reader (GET /api/stats/metrics/:id, one request each).
 *
 * App: `app.inject` (routing, session check, zod, service, repository, presenter, serialisation).
 * Baseline: better-sqlite3 with the **same SQL** — captured from the app's own repository and
 * metric code through a logging Kysely once per distinct request — prepared once, then
 * `JSON.stringify` of the rows. The baseline does no session check (the app's cost includes it).
 * SQLite only.
 */

export const reconWorkloadKeys = ['reconCases', 'reconCase', 'reconStats'] as const;
export type ReconWorkloadKey = (typeof reconWorkloadKeys)[number];

const benchUser = 'bench.recon';
const benchCityUser = 'bench.recon.city';
const benchPassword = 'Bench-Recon@2026!';
const defaultDistrict = '120116';

interface Options {
  concurrency: number;
  warmupSeconds: number;
  durationSeconds: number;
}

interface Request {
  url: string;
  sessionOf: 'district' | 'city';
  /** The SQL the app runs for it (captured), executed by the baseline. */
  sql: { sql: string; params: readonly unknown[] }[];
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

async function drive(run: (i: number) => Promise<void>, count: number, o: Options, seconds: number): Promise<LoadResult> {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: o.concurrency }, async () => {
      while (performance.now() < deadline) {
        const i = next++ % count;
        const s = performance.now();
        try {
          await run(i);
          latencies.push(performance.now() - s);
        } catch {
          errors++;
        }
        await yieldToLoop();
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const sorted = Float64Array.from(latencies).sort();
  return {
    requestsPerSecond: latencies.length / elapsed,
    latencyP50Ms: percentile(sorted, 50),
    latencyP99Ms: percentile(sorted, 99),
    latencyMeanMs: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : 0,
    requests: latencies.length,
    serverCpuMsPerRequest: latencies.length ? (cpu.user + cpu.system) / 1000 / latencies.length : null,
    non2xx: 0,
    errors,
    timeouts: 0,
    statusCodes: {},
  };
}

/** A bench account with a role of its own (case.read + statistics), created once. */
async function ensureUser(kernel: Kernel, username: string, orgId: string, scope: 'subtree' | 'city'): Promise<void> {
  const db = kernel.db;
  if (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) return;
  const now = nowIso();
  let role = await db.selectFrom('roles').select('id').where('code', '=', 'benchReconHandler').executeTakeFirst();
  if (!role) {
    role = { id: newId() };
    await db
      .insertInto('roles')
      .values({
        id: role.id,
        code: 'benchReconHandler',
        name: '基准测试复议承办',
        nameEn: 'Bench reconsideration handler',
        category: 'business',
        builtin: 0,
        requireTotp: 0,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })
      .execute();
    await db
      .insertInto('rolePermissions')
      .values(['reconsideration.case.read', 'stats.metric.read'].map((permission) => ({ roleId: role!.id, permission })))
      .execute();
  }
  const hash = await hashPassword(benchPassword);
  const id = newId();
  await db
    .insertInto('users')
    .values(newUserRow({ id, username, displayName: '基准测试', orgId, passwordHash: hash, mustChangePassword: 0 }, now))
    .execute();
  await pushPasswordHistory(db, id, hash, now);
  await db.insertInto('userRoles').values({ id: newId(), userId: id, roleId: role.id, orgId, scope, createdAt: now }).execute();
}

async function login(app: Awaited<ReturnType<typeof buildApp>>['app'], username: string, n: number): Promise<Record<string, string>> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: `198.19.0.${n}`,
    payload: { username, password: benchPassword },
  });
  if (res.statusCode !== 200) throw new Error(`bench login ${username}: ${res.statusCode} ${res.body}`);
  const c = Object.fromEntries(res.cookies.map((x) => [x.name, x.value]));
  return { cookie: `tp_session=${c.tp_session}; tp_csrf=${c.tp_csrf}`, 'x-csrf-token': c.tp_csrf! };
}

/** Runs `fn` against a Kysely on `file` that records every statement. */
async function capture(file: string, fn: (db: Kysely<Database>) => Promise<unknown>) {
  const statements: { sql: string; params: readonly unknown[] }[] = [];
  const sqlite = new BetterSqlite3(file, { readonly: true });
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
    log: (e: LogEvent) => {
      if (e.level === 'query') statements.push({ sql: e.query.sql, params: e.query.parameters });
    },
  });
  try {
    await fn(db);
    await fn(db); // The second run: per-database caches (holiday calendar) warm, as in the app.
    return statements.slice(statements.length / 2);
  } finally {
    await db.destroy();
  }
}

export interface ReconMeasurement {
  key: ReconWorkloadKey;
  title: string;
  app: LoadResult;
  baseline: LoadResult;
  paths: number;
}

export async function measureReconsideration(
  config: AppConfig,
  keys: readonly ReconWorkloadKey[],
  o: Options,
): Promise<ReconMeasurement[]> {
  if (config.database.kind !== 'sqlite') throw new Error('The reconsideration workloads compare with better-sqlite3: SQLite only');
  const file = config.database.file;
  const handle = openDatabase(config);
  const { app, kernel } = await buildApp({ config, handle, seed: false, logger: false, startJobs: false });
  const out: ReconMeasurement[] = [];
  try {
    await app.ready();
    const codes = demoOrgCodes(config.cityCode);
    const districtCode = process.env.BENCH_DISTRICT ?? defaultDistrict;
    const bureau = await kernel.db
      .selectFrom('organisations')
      .select(['id', 'path'])
      .where('code', '=', codes.districtBureau(districtCode))
      .executeTakeFirstOrThrow();
    const city = await kernel.db
      .selectFrom('organisations')
      .select(['id', 'path'])
      .where('code', '=', codes.cityBureau)
      .executeTakeFirstOrThrow();
    await ensureUser(kernel, benchUser, bureau.id, 'subtree');
    await ensureUser(kernel, benchCityUser, city.id, 'city');
    const sessions = { district: await login(app, benchUser, 1), city: await login(app, benchCityUser, 2) };
    const total = Number(
      (
        await kernel.db
          .selectFrom('reconCases')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const permissions = new Set(['reconsideration.case.read', 'stats.metric.read']);
    const actor = (org: { id: string; path: string }, scope: 'subtree' | 'city'): StaffActor => ({
      kind: 'staff',
      userId: 'bench',
      username: 'bench',
      displayName: 'bench',
      sessionId: 'bench',
      assignmentId: null,
      roleId: null,
      orgId: org.id,
      orgPath: org.path,
      scope,
      permissions,
    });
    const districtActor = actor(bureau, 'subtree');
    const cityActor = actor(city, 'city');
    const requests: Record<ReconWorkloadKey, Request[]> = { reconCases: [], reconCase: [], reconStats: [] };
    const today = new Date().toISOString().slice(0, 10);
    if (keys.includes('reconCases')) {
      const filters = [
        {},
        { state: 'decided' as const },
        { actKind: 'penalty' as const },
        { receivedFrom: '2025-01-01', receivedTo: '2025-06-30' },
      ];
      for (let page = 1; page <= 12; page++) {
        const f = filters[page % filters.length]!;
        const qs = new URLSearchParams({ ...(f as Record<string, string>), page: String(page), pageSize: '20' }).toString();
        const sql = await capture(file, (db) =>
          listCasesInScope(db as never, districtActor, { ...f, today, dueSoonHorizon: today }, page, 20),
        );
        requests.reconCases.push({ url: `/api/reconsideration/cases?${qs}`, sessionOf: 'district', sql });
      }
    }
    if (keys.includes('reconCase')) {
      const ids = await kernel.db
        .selectFrom('reconCases')
        .select('id')
        .where('orgId', '=', bureau.id)
        .orderBy('receivedOn', 'desc')
        .limit(200)
        .execute();
      for (const { id } of ids) {
        const sql = await capture(file, (db) => getCase({ ...kernel, db } as never, districtActor, id));
        requests.reconCase.push({ url: `/api/reconsideration/cases/${id}`, sessionOf: 'district', sql });
      }
    }
    if (keys.includes('reconStats')) {
      const metrics = reconsiderationMetrics();
      const sql = await capture(file, async (db) => {
        for (const m of metrics)
          await m.query(db as never, { actor: cityActor, from: '2024-01-01', to: '2025-12-31', groupBy: null, dialect: 'sqlite' });
      });
      requests.reconStats.push({ url: metrics.map((m) => m.id).join(','), sessionOf: 'city', sql });
    }
    const baselineDb = new BetterSqlite3(file, { readonly: true });
    baselineDb.pragma('journal_mode = WAL');
    try {
      for (const key of keys) {
        const list = requests[key];
        if (!list.length) continue;
        const appRun = async (i: number) => {
          const r = list[i]!;
          const urls =
            key === 'reconStats' ? r.url.split(',').map((id) => `/api/stats/metrics/${id}?from=2024-01-01&to=2025-12-31`) : [r.url];
          for (const url of urls) {
            const res = await app.inject({ method: 'GET', url, headers: sessions[r.sessionOf] });
            if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
          }
        };
        const prepared = list.map((r) => r.sql.map((s) => ({ stmt: baselineDb.prepare(s.sql), params: s.params })));
        const baselineRun = async (i: number) => {
          const results = prepared[i]!.map((p) =>
            p.stmt.reader ? p.stmt.all(...(p.params as unknown[])) : p.stmt.run(...(p.params as unknown[])),
          );
          JSON.stringify(results);
        };
        await appRun(0);
        await drive(appRun, list.length, o, o.warmupSeconds);
        const appResult = await drive(appRun, list.length, o, o.durationSeconds);
        await drive(baselineRun, list.length, o, o.warmupSeconds);
        const baseResult = await drive(baselineRun, list.length, o, o.durationSeconds);
        const titles: Record<ReconWorkloadKey, string> = {
          reconCases: `GET /api/reconsideration/cases (district handler, subtree; ${list.length} page/filter combinations, page of 20 with total; ${total.toLocaleString('en')} cases in all)`,
          reconCase: `GET /api/reconsideration/cases/:id (${list.length} cases of the district, detail with parties, corrections, timers, documents)`,
          reconStats: `Statistics page: ${reconsiderationMetrics().length} reconsideration metrics over 2024–2025, city-wide reader (one "request" = all metrics)`,
        };
        out.push({ key, title: titles[key], app: appResult, baseline: baseResult, paths: list.length });
        console.log(
          `${key}: app ${appResult.requestsPerSecond.toFixed(1)}/s, baseline ${baseResult.requestsPerSecond.toFixed(1)}/s, ratio ${(appResult.requestsPerSecond / baseResult.requestsPerSecond).toFixed(2)}`,
        );
      }
    } finally {
      baselineDb.close();
    }
  } finally {
    await app.close();
    await handle.close();
  }
  return out;
}

/** The workloads as rows of the bench report (run.ts), SQLite only; PostgreSQL adds a warning. */
export async function runReconsiderationWorkloads(
  config: AppConfig,
  keys: readonly ReconWorkloadKey[],
  load: { warmupSeconds: number; durationSeconds: number; connections: number },
  rounds: number,
  warnings: string[],
): Promise<WorkloadResult[]> {
  if (config.database.kind !== 'sqlite') {
    warnings.push(`${keys.join(', ')}: skipped — their baseline is better-sqlite3 only (the bench database is PostgreSQL).`);
    return [];
  }
  const perRound: ReconMeasurement[][] = [];
  const o = { concurrency: Math.min(load.connections, 8), warmupSeconds: load.warmupSeconds, durationSeconds: load.durationSeconds };
  for (let round = 0; round < rounds; round++) perRound.push(await measureReconsideration(config, keys, o));
  return keys.flatMap((key) => {
    const rows = perRound.map((r) => r.find((m) => m.key === key)).filter((m): m is ReconMeasurement => m !== undefined);
    if (!rows.length) return [];
    const app = medianRound(rows.map((r) => r.app));
    const baseline = medianRound(rows.map((r) => r.baseline));
    return [
      {
        key,
        title: `${rows[0]!.title} — in-process: app.inject vs better-sqlite3 running the app's captured SQL`,
        auth: key === 'reconStats' ? 'staff session (city)' : 'staff session (district)',
        requestsCycled: rows[0]!.paths,
        rounds: rows.map((r) => ({ app: r.app, baseline: r.baseline })),
        app,
        baseline,
        ratio: baseline.requestsPerSecond > 0 ? app.requestsPerSecond / baseline.requestsPerSecond : 0,
      },
    ];
  });
}
