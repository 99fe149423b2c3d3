/**
 * `npm run bench`: seeds the bench volume when missing, starts the real app and a raw baseline
 * (bare Fastify + the same driver, SQL and credential checks) on loopback, checks that both
 * answer identically, drives each workload on each with autocannon, and writes
 * bench/results/bench-<time>.{json,md} (and latest.*), printing the Markdown.
 *
 *   DATABASE_URL       postgres://… or sqlite:<file>; default sqlite:$DATA_DIR/bench.sqlite
 *   BENCH_DISTRICT     district code of the actors (default 120116 滨海新区)
 *   BENCH_WORKLOADS    comma list of workload keys (default: all — org,users,laws,todos,casenumbers)
 *   BENCH_CONNECTIONS (10), BENCH_WARMUP (2 s), BENCH_DURATION (10 s), BENCH_ROUNDS (1)
 *   BENCH_PROFILE      app | baseline | both: CPU-profile those servers while they serve (V8
 *                      profiler via node:inspector) and summarise where their CPU went (the
 *                      profiled figures are then not comparable)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchConfig, benchServerEnv, describeDatabase, resultsDir } from './lib/bench-config';
import { profileMarkdown, summariseProfile } from './lib/profile-summary';
import { allocationCaseType, measureAppAllocations, measureBaselineAllocations, type AllocationCheck } from './drive/allocation';
import { measure, type LoadOptions, type LoadResult } from './drive/load';
import { compareResponses, compareSql, type ResponseParity } from './drive/parity';
import { medianRound, toMarkdown, type BenchReport, type WorkloadResult } from './drive/report';
import { prepareScenario, type Scenario } from './drive/scenario';
import { startServer, type RunningServer, type ServerKind } from './drive/servers';
import { ensureVolume } from './seed/ensure-volume';
import { loopback } from './servers/child-harness';
import { moduleWorkloadKeys, runModuleWorkloads } from './workloads';

/** The issue's goal: the scoped list at ≥ 40 % of the raw baseline's requests/s. */
const userListGoal = 0.4;
/** Requests per workload compared between the servers before measuring. */
const paritySamples = 4;
/** A busier machine than this (1-minute load average per core) makes the figures noisy. */
const quietLoadPerCore = 0.25;
/** Case-number allocation: concurrent in-process tasks (there is no public allocation route). */
const allocationKey = 'casenumbers';
const allocationConcurrency = 64;

interface Workload {
  key: string;
  title: string;
  auth: string;
  paths: string[];
  headers: Record<string, string>;
  /** Per-request extra headers, cycled with the paths (see lawSearchClients). */
  requestHeaders?: Record<string, string>[];
  goal?: number;
}

/**
 * Law search is rate-limited per client address (120/min), as it should be for a public query;
 * the bench plays this many distinct clients behind a reverse proxy on 127.0.0.1 (X-Forwarded-For
 * from the 198.18.0.0/15 benchmarking range, the app started with TRUST_PROXY=127.0.0.1), so
 * that it measures the search, not the limiter's 429s.
 */
const lawSearchClients = 2000;
const lawSearchQueries = [
  '复议申请期限',
  '法律援助 审查',
  '调解协议 司法确认',
  '行政复议法 申请期限',
  '人民调解委员会 组成',
  '律师执业证书 吊销',
  '公证 撤销',
  '社区矫正 报到',
  '行政处罚 听证',
  '民法典第一千二百六十条',
];

function workloads(s: Scenario): Workload[] {
  return [
    {
      key: 'org',
      title: `GET /api/orgs/:id (${s.orgPaths.length} organisations of the subtree, cycled)`,
      auth: 'bearer token',
      paths: s.orgPaths,
      headers: { authorization: `Bearer ${s.bearerToken}` },
    },
    {
      key: 'users',
      title: `GET /api/users?page=N&pageSize=${s.pageSize} (pages 1–${s.userPaths.length}, with total)`,
      // identity.user.read is a system-administrator permission, which tokens may never carry (三员分立).
      auth: 'staff session',
      paths: s.userPaths,
      headers: { cookie: s.sessionCookie },
      goal: userListGoal,
    },
    {
      key: 'laws',
      title: `GET /api/laws/search?q=… (${lawSearchQueries.length} queries cycled over all imported laws; public, ${lawSearchClients} client addresses via X-Forwarded-For; baseline calls the app's searchLaws)`,
      auth: 'public',
      paths: lawSearchQueries.map((q) => `/api/laws/search?q=${encodeURIComponent(q)}`),
      headers: {},
      requestHeaders: Array.from({ length: lawSearchClients }, (_, i) => ({
        'x-forwarded-for': `198.18.${i >> 8}.${i & 255}`,
      })),
    },
    {
      key: 'todos',
      title: `GET /api/todos?status=open&sort=dueDate&page=N&pageSize=${s.pageSize} (${s.openTodos.toLocaleString('en')} open items of the session user; pages 1–${s.todoPaths.length}, with total and deadline status)`,
      auth: 'staff session',
      paths: s.todoPaths,
      headers: { cookie: s.sessionCookie },
    },
  ];
}

/** A whole number from the environment, within bounds (the bench must end by itself). */
function envInt(name: string, fallback: number, max: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${name} must be a whole number from 1 to ${max}`);
  return n;
}

function describeCheck(kind: ServerKind, round: number, c: AllocationCheck): string {
  const ok = c.distinct && c.consecutive;
  return `${kind}, round ${round + 1}: ${c.allocations} allocations, ${c.distinct ? 'distinct' : 'NOT distinct'}, ${c.consecutive ? 'consecutive' : 'NOT consecutive'} (seq ${c.first}–${c.last}; e.g. ${c.sample})${ok ? '' : ' — FAILED'}`;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const load: LoadOptions = {
    connections: envInt('BENCH_CONNECTIONS', 10, 1000),
    warmupSeconds: envInt('BENCH_WARMUP', 2, 60),
    durationSeconds: envInt('BENCH_DURATION', 10, 600),
  };
  const rounds = envInt('BENCH_ROUNDS', 1, 20);
  const profile = process.env.BENCH_PROFILE ?? '';
  if (profile && !['app', 'baseline', 'both'].includes(profile)) throw new Error('BENCH_PROFILE must be app, baseline or both');
  const only = process.env.BENCH_WORKLOADS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

  const config = benchConfig();
  await ensureVolume(config);
  const loadBefore = loadavg()[0]!;
  const scenario = await prepareScenario(config);
  const selected = workloads(scenario).filter((w) => !only || only.includes(w.key));
  const runAllocation = !only || only.includes(allocationKey);
  if (!selected.length && !runAllocation && !moduleWorkloadKeys.some((k) => !only || only.includes(k)))
    throw new Error(`BENCH_WORKLOADS matches none of: ${[...workloads(scenario).map((w) => w.key), allocationKey].join(', ')}`);
  const sqlParity = await compareSql(config.database.kind);

  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const profileDir = profile ? join(resultsDir, 'profiles', stamp) : undefined;
  const profiled = (kind: ServerKind) => (profile === kind || profile === 'both' ? profileDir : undefined);
  // Only the law search sends X-Forwarded-For (see lawSearchClients).
  const serverEnv = { ...benchServerEnv(), TRUST_PROXY: loopback };
  const servers: Partial<Record<ServerKind, RunningServer>> = {};
  const profiles: string[] = [];
  const results: WorkloadResult[] = [];
  const allocationChecks: string[] = [];
  let responseParity: ResponseParity[] = [];
  try {
    // Only the HTTP workloads need the servers (the allocation workload runs in-process).
    if (selected.length) {
      servers.app = await startServer('app', serverEnv, profiled('app'));
      servers.baseline = await startServer('baseline', serverEnv, profiled('baseline'));
    }
    for (const w of selected) {
      const sample = [...w.paths.slice(0, paritySamples - 1), w.paths[w.paths.length - 1]!];
      responseParity = responseParity.concat(
        await compareResponses(servers.app!.port, servers.baseline!.port, [...new Set(sample)], w.headers),
      );
    }
    const broken = responseParity.filter((p) => p.appStatus !== 200 || p.baselineStatus !== 200);
    if (broken.length) {
      throw new Error(
        `Not all sampled requests succeed, nothing to measure: ${broken.map((p) => `${p.path} app ${p.appStatus}, baseline ${p.baselineStatus}`).join('; ')}`,
      );
    }
    for (const w of selected) {
      const perRound: Record<ServerKind, LoadResult>[] = [];
      for (let round = 0; round < rounds; round++) {
        // Alternate which server goes first, so a drifting machine does not favour one.
        const order: ServerKind[] = round % 2 ? ['baseline', 'app'] : ['app', 'baseline'];
        const entry: Partial<Record<ServerKind, LoadResult>> = {};
        for (const kind of order) {
          process.stdout.write(`${w.key} · ${kind} · round ${round + 1}/${rounds} … `);
          entry[kind] = await measure(servers[kind]!.port, servers[kind]!.pid, w.paths, w.headers, load, w.requestHeaders);
          console.log(
            `${Math.round(entry[kind].requestsPerSecond)} req/s, p99 ${entry[kind].latencyP99Ms} ms, ${entry[kind].serverCpuMsPerRequest?.toFixed(2) ?? '?'} ms CPU/request`,
          );
        }
        perRound.push(entry as Record<ServerKind, LoadResult>);
      }
      const app = medianRound(perRound.map((r) => r.app));
      const baseline = medianRound(perRound.map((r) => r.baseline));
      const ratio = baseline.requestsPerSecond > 0 ? app.requestsPerSecond / baseline.requestsPerSecond : 0;
      results.push({
        key: w.key,
        title: w.title,
        auth: w.auth,
        requestsCycled: w.paths.length,
        rounds: perRound,
        app,
        baseline,
        ratio,
        ...(w.goal ? { goal: { ratio: w.goal, met: ratio >= w.goal } } : {}),
      });
    }
  } finally {
    for (const kind of ['app', 'baseline'] as const) if (servers[kind]) profiles.push(...(await servers[kind].stop()));
  }

  const warnings: string[] = [];
  if (runAllocation) {
    if (config.database.kind !== 'sqlite') {
      warnings.push(`${allocationKey}: skipped — its baseline is better-sqlite3 only (the bench database is PostgreSQL).`);
    } else {
      const file = config.database.file;
      const o = { concurrency: allocationConcurrency, warmupSeconds: load.warmupSeconds, durationSeconds: load.durationSeconds };
      const perRound: Record<ServerKind, LoadResult>[] = [];
      const checks: string[] = [];
      for (let round = 0; round < rounds; round++) {
        const order: ServerKind[] = round % 2 ? ['baseline', 'app'] : ['app', 'baseline'];
        const entry: Partial<Record<ServerKind, LoadResult>> = {};
        for (const kind of order) {
          process.stdout.write(`${allocationKey} · ${kind} · round ${round + 1}/${rounds} … `);
          const { result, check } =
            kind === 'app'
              ? await measureAppAllocations(config, scenario.district.bureauId, o)
              : await measureBaselineAllocations(file, scenario.district.bureauId, o);
          entry[kind] = result;
          checks.push(describeCheck(kind, round, check));
          if (!check.distinct || !check.consecutive) warnings.push(`${allocationKey} · ${kind}: ${describeCheck(kind, round, check)}`);
          console.log(
            `${Math.round(result.requestsPerSecond)} allocations/s, p99 ${result.latencyP99Ms.toFixed(2)} ms, ${check.allocations} allocations ${check.distinct && check.consecutive ? 'distinct and consecutive' : 'NOT distinct/consecutive'} (${check.first}…${check.last}, e.g. ${check.sample})`,
          );
        }
        perRound.push(entry as Record<ServerKind, LoadResult>);
      }
      const app = medianRound(perRound.map((r) => r.app));
      const baseline = medianRound(perRound.map((r) => r.baseline));
      results.push({
        key: allocationKey,
        title: `Case-number allocation, ${allocationConcurrency} concurrent in-process tasks on one counter (allocations/s; no public route: app = kernel.caseNumbers.allocate in a transaction, baseline = better-sqlite3 upsert … RETURNING)`,
        auth: 'in-process',
        requestsCycled: 1,
        rounds: perRound,
        app,
        baseline,
        ratio: baseline.requestsPerSecond > 0 ? app.requestsPerSecond / baseline.requestsPerSecond : 0,
      });
      allocationChecks.push(...checks);
    }
  }
  // The business modules' workloads (bench/workloads/index.ts), in-process like the allocation.
  results.push(...(await runModuleWorkloads(config, only, load, rounds, warnings)));
  const cores = cpus().length;
  if (loadBefore / cores > quietLoadPerCore)
    warnings.push(
      `The machine was busy before the run (load average ${loadBefore.toFixed(2)} on ${cores} cores): other processes compete with server and load generator; compare ratios rather than absolute figures.`,
    );
  for (const w of results) {
    for (const kind of ['app', 'baseline'] as const) {
      const r = w[kind];
      if (r.non2xx || r.errors || r.timeouts)
        warnings.push(
          `${w.key} · ${kind}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts (status codes ${JSON.stringify(r.statusCodes)}).`,
        );
    }
  }
  if (profile)
    warnings.push(
      `Run under the CPU profiler (${profile}): throughput of the profiled server is lowered by the profiler; use these figures for the profile only.`,
    );
  if (!sqlParity.every((p) => p.identical))
    warnings.push('The baseline SQL no longer matches the app SQL: update bench/servers/baseline-sql.ts.');

  const report: BenchReport = {
    at: new Date().toISOString(),
    commit: gitCommit(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores,
      node: process.version,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadavg()[0]!,
    },
    database: describeDatabase(config),
    load: { ...load, rounds },
    scenario: {
      district: scenario.district,
      volume: scenario.volume,
      subtree: scenario.subtree,
      tokenIssuer: scenario.tokenIssuer,
      sessionUser: scenario.sessionUser,
      pageSize: scenario.pageSize,
      openTodos: scenario.openTodos,
    },
    sqlParity,
    responseParity,
    workloads: results,
    profiles,
    warnings,
    ...(allocationChecks.length ? { allocationChecks } : {}),
  };
  const profileSections = profiles.map((p) => profileMarkdown(summariseProfile(p)));
  const markdown =
    toMarkdown(report, profileSections) +
    (allocationChecks.length
      ? `\nCase-number allocation checks (counter ${allocationCaseType}, district bureau; every measured allocation):\n\n${allocationChecks.map((c) => `- ${c}`).join('\n')}\n`
      : '');
  mkdirSync(resultsDir, { recursive: true });
  for (const name of [`bench-${stamp}`, 'latest']) {
    writeFileSync(join(resultsDir, `${name}.json`), JSON.stringify(report, null, 2));
    writeFileSync(join(resultsDir, `${name}.md`), markdown);
  }
  console.log(`\n${markdown}\nWritten: bench/results/bench-${stamp}.{json,md} (and latest.*)`);
}

await main();
