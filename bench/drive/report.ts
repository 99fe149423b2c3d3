import type { LoadOptions, LoadResult } from './load';
import type { ResponseParity, SqlParity } from './parity';
import type { Scenario } from './scenario';
import type { ServerKind } from './servers';

export interface WorkloadResult {
  key: string;
  title: string;
  auth: string;
  requestsCycled: number;
  /** One result per round, per server. */
  rounds: Record<ServerKind, LoadResult>[];
  /** The median round of each server (by requests/s). */
  app: LoadResult;
  baseline: LoadResult;
  ratio: number;
  goal?: { ratio: number; met: boolean };
}

export interface BenchReport {
  at: string;
  commit: string | null;
  machine: { cpu: string; cores: number; node: string; loadAverageBefore: number; loadAverageAfter: number };
  database: string;
  load: LoadOptions & { rounds: number };
  scenario: Omit<Scenario, 'bearerToken' | 'sessionCookie' | 'orgPaths' | 'userPaths' | 'todoPaths'>;
  sqlParity: SqlParity[];
  responseParity: ResponseParity[];
  workloads: WorkloadResult[];
  profiles: string[];
  warnings: string[];
  /** Case-number allocation workload: the distinct/consecutive check of every round. */
  allocationChecks?: string[];
}

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => (n < 10 ? n.toFixed(1) : int(n));

export function toMarkdown(r: BenchReport, profileSections: string[]): string {
  const s = r.scenario;
  const lines = [
    `# Tianping bench — ${r.at}`,
    '',
    `- commit ${r.commit ?? 'unknown'}; Node ${r.machine.node}; ${r.machine.cores} × ${r.machine.cpu}; load average ${r.machine.loadAverageBefore.toFixed(2)} before, ${r.machine.loadAverageAfter.toFixed(2)} after`,
    `- database: ${r.database}; volume: ${int(s.volume.organisations)} organisations, ${int(s.volume.users)} staff users, ${int(s.volume.assignments)} role assignments`,
    `- actor scope: ${s.district.bureauName} (${s.district.code}) subtree — ${int(s.subtree.organisations)} organisations, ${int(s.subtree.users)} users`,
    `- bearer token issued via POST /api/tokens by ${s.tokenIssuer}; staff session of ${s.sessionUser}`,
    `- autocannon over 127.0.0.1: ${r.load.connections} connections, ${r.load.warmupSeconds} s warm-up + ${r.load.durationSeconds} s measured, ${r.load.rounds} round(s) per server (median shown); app and baseline each in their own process, one at a time`,
    '',
    '| workload | auth | app req/s | app p50 ms | app p99 ms | baseline req/s | baseline p50 ms | baseline p99 ms | app / baseline |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...r.workloads.map(
      (w) =>
        `| ${w.title} | ${w.auth} | ${int(w.app.requestsPerSecond)} | ${ms(w.app.latencyP50Ms)} | ${ms(w.app.latencyP99Ms)} | ${int(w.baseline.requestsPerSecond)} | ${ms(w.baseline.latencyP50Ms)} | ${ms(w.baseline.latencyP99Ms)} | **${(100 * w.ratio).toFixed(0)} %**${w.goal ? (w.goal.met ? ` (goal ≥ ${100 * w.goal.ratio} %: met)` : ` (goal ≥ ${100 * w.goal.ratio} %: NOT met)`) : ''} |`,
    ),
  ];
  const cpu = (x: LoadResult) => (x.serverCpuMsPerRequest === null ? '–' : x.serverCpuMsPerRequest.toFixed(2));
  if (r.workloads.some((w) => w.app.serverCpuMsPerRequest !== null)) {
    lines.push(
      '',
      `Server CPU per request (user + system of the server process${r.database.startsWith('PostgreSQL') ? ', without the PostgreSQL server itself' : ', SQLite included'}; steadier than req/s on a shared machine):`,
      '',
      '| workload | app ms CPU/req | baseline ms CPU/req | baseline / app (CPU-based ratio) |',
      '|---|---:|---:|---:|',
      ...r.workloads.map((w) => {
        const a = w.app.serverCpuMsPerRequest;
        const b = w.baseline.serverCpuMsPerRequest;
        return `| ${w.key} | ${cpu(w.app)} | ${cpu(w.baseline)} | ${a && b ? `${((100 * b) / a).toFixed(0)} %` : '–'} |`;
      }),
    );
  }
  const rounds = r.workloads.filter((w) => w.rounds.length > 1);
  if (rounds.length) {
    lines.push(
      '',
      'Rounds (req/s, app / baseline): ' +
        rounds
          .map(
            (w) => `${w.key}: ${w.rounds.map((x) => `${int(x.app.requestsPerSecond)} / ${int(x.baseline.requestsPerSecond)}`).join(', ')}`,
          )
          .join('; '),
    );
  }
  const sqlOk = r.sqlParity.every((p) => p.identical);
  const respOk = r.responseParity.every((p) => p.identical);
  lines.push(
    '',
    `SQL parity: ${
      sqlOk
        ? `all ${r.sqlParity.length} statements of the baseline are identical to the app's compiled SQL`
        : `DIFFERS for ${r.sqlParity
            .filter((p) => !p.identical)
            .map((p) => p.query)
            .join(', ')} (see JSON)`
    }.`,
    `Response parity: ${
      respOk
        ? `${r.responseParity.length} sampled requests answered identically (status and JSON) by both servers`
        : `DIFFERS for ${r.responseParity
            .filter((p) => !p.identical)
            .map((p) => `${p.path} (${p.appStatus}/${p.baselineStatus})`)
            .join(', ')}`
    }.`,
  );
  if (r.warnings.length) lines.push('', '**Warnings**', '', ...r.warnings.map((w) => `- ${w}`));
  for (const p of profileSections) lines.push('', p);
  return lines.join('\n') + '\n';
}

/** The round with the median requests/s (the lower middle one for an even count). */
export function medianRound(results: LoadResult[]): LoadResult {
  const sorted = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
