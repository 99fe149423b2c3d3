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
import type { LoadResult } from './load';
import { medianRound, type WorkloadResult } from './report';

/**
 * The in-process harness of the business-module workloads (bench/workloads/*.ts): the app is driven
 * with `app.inject` (routing, session check, zod, service, repository, presenter, serialisation) and
 * the baseline is better-sqlite3 running the **same SQL**, captured from the app's own repository or
 * metric code through a logging Kysely, prepared once, then `JSON.stringify` of the rows. The baseline
 * does no session check (the app's cost includes it). SQLite only.
 */

export interface DriveOptions {
  concurrency: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface CapturedSql {
  sql: string;
  params: readonly unknown[];
}

/** One request of a workload: the URLs the app serves for it and the SQL the baseline runs. */
export interface CapturedRequest {
  urls: string[];
  session: string;
  sql: CapturedSql[];
}

export interface CapturedWorkload<K extends string> {
  key: K;
  /** How the requests authenticate, for the report. */
  auth: string;
  title: (requests: number) => string;
  requests: CapturedRequest[];
}

export interface Measurement<K extends string> {
  key: K;
  title: string;
  auth: string;
  app: LoadResult;
  baseline: LoadResult;
  paths: number;
}

export type BenchApp = Awaited<ReturnType<typeof buildApp>>['app'];
export type SessionHeaders = Record<string, string>;

const benchPassword = 'Bench-Module@2026!';

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;
}

/** Runs `run(i)` with `o.concurrency` tasks for `seconds`, cycling i over `count`. */
export async function drive(run: (i: number) => Promise<void>, count: number, o: DriveOptions, seconds: number): Promise<LoadResult> {
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

export interface BenchRole {
  code: string;
  name: string;
  nameEn: string;
  permissions: string[];
}

/** A bench account with a role of its own, created once (idempotent by username and role code). */
export async function ensureBenchUser(
  kernel: Kernel,
  username: string,
  orgId: string,
  scope: 'own' | 'subtree' | 'city',
  roleDef: BenchRole,
): Promise<void> {
  const db = kernel.db;
  if (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) return;
  const now = nowIso();
  let role = await db.selectFrom('roles').select('id').where('code', '=', roleDef.code).executeTakeFirst();
  if (!role) {
    role = { id: newId() };
    await db
      .insertInto('roles')
      .values({
        id: role.id,
        code: roleDef.code,
        name: roleDef.name,
        nameEn: roleDef.nameEn,
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
      .values(roleDef.permissions.map((permission) => ({ roleId: role!.id, permission })))
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

/** Signs a bench account in (each from its own address: the login throttle is per address). */
export async function benchLogin(app: BenchApp, username: string, n: number): Promise<SessionHeaders> {
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

/** The actor the app builds for a staff session, for calling repositories directly while capturing. */
export function benchActor(
  org: { id: string; path: string },
  scope: 'own' | 'subtree' | 'city',
  permissions: Iterable<string>,
): StaffActor {
  return {
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
    permissions: new Set(permissions),
  };
}

/** Runs `fn` twice against a Kysely on `file` that records every statement; returns the second run's. */
export async function captureSql(file: string, fn: (db: Kysely<Database>) => Promise<unknown>): Promise<CapturedSql[]> {
  const statements: CapturedSql[] = [];
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

/** Boots the app on the bench database (no seeding, no jobs) for one measurement round. */
export async function withBenchApp<T>(config: AppConfig, fn: (app: BenchApp, kernel: Kernel, file: string) => Promise<T>): Promise<T> {
  if (config.database.kind !== 'sqlite') throw new Error('The in-process workloads compare with better-sqlite3: SQLite only');
  const handle = openDatabase(config);
  const { app, kernel } = await buildApp({ config, handle, seed: false, logger: false, startJobs: false });
  try {
    await app.ready();
    return await fn(app, kernel, config.database.file);
  } finally {
    await app.close();
    await handle.close();
  }
}

/** Drives each workload against the app (GET of its URLs) and the baseline (its captured SQL). */
export async function compareCaptured<K extends string>(
  app: BenchApp,
  file: string,
  sessions: Record<string, SessionHeaders>,
  workloads: CapturedWorkload<K>[],
  o: DriveOptions,
): Promise<Measurement<K>[]> {
  const out: Measurement<K>[] = [];
  const baselineDb = new BetterSqlite3(file, { readonly: true });
  baselineDb.pragma('journal_mode = WAL');
  try {
    for (const w of workloads) {
      const list = w.requests;
      if (!list.length) continue;
      const appRun = async (i: number) => {
        const r = list[i]!;
        for (const url of r.urls) {
          const res = await app.inject({ method: 'GET', url, headers: sessions[r.session] });
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
      out.push({ key: w.key, title: w.title(list.length), auth: w.auth, app: appResult, baseline: baseResult, paths: list.length });
      console.log(
        `${w.key}: app ${appResult.requestsPerSecond.toFixed(1)}/s, baseline ${baseResult.requestsPerSecond.toFixed(1)}/s, ratio ${(appResult.requestsPerSecond / baseResult.requestsPerSecond).toFixed(2)}`,
      );
    }
  } finally {
    baselineDb.close();
  }
  return out;
}

export interface LoadSettings {
  warmupSeconds: number;
  durationSeconds: number;
  connections: number;
}

/**
 * Runs `measure` for `rounds` rounds and reports each workload's median round as a row of the
 * bench report (run.ts). On PostgreSQL the workloads are skipped with a warning.
 */
export async function runInProcessRounds<K extends string>(
  config: AppConfig,
  keys: readonly K[],
  load: LoadSettings,
  rounds: number,
  warnings: string[],
  measure: (o: DriveOptions) => Promise<Measurement<K>[]>,
  method = "in-process: app.inject vs better-sqlite3 running the app's captured SQL",
): Promise<WorkloadResult[]> {
  if (config.database.kind !== 'sqlite') {
    warnings.push(`${keys.join(', ')}: skipped — their baseline is better-sqlite3 only (the bench database is PostgreSQL).`);
    return [];
  }
  const perRound: Measurement<K>[][] = [];
  const o = { concurrency: Math.min(load.connections, 8), warmupSeconds: load.warmupSeconds, durationSeconds: load.durationSeconds };
  for (let round = 0; round < rounds; round++) perRound.push(await measure(o));
  return keys.flatMap((key) => {
    const rows = perRound.map((r) => r.find((m) => m.key === key)).filter((m): m is Measurement<K> => m !== undefined);
    if (!rows.length) return [];
    const app = medianRound(rows.map((r) => r.app));
    const baseline = medianRound(rows.map((r) => r.baseline));
    return [
      {
        key,
        title: `${rows[0]!.title} — ${method}`,
        auth: rows[0]!.auth,
        requestsCycled: rows[0]!.paths,
        rounds: rows.map((r) => ({ app: r.app, baseline: r.baseline })),
        app,
        baseline,
        ratio: baseline.requestsPerSecond > 0 ? app.requestsPerSecond / baseline.requestsPerSecond : 0,
      },
    ];
  });
}
