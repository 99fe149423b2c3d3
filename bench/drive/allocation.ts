import BetterSqlite3 from 'better-sqlite3';
import { buildApp } from '@tianping/server/app';
import { openDatabase } from '@tianping/server/db/database';
import type { AppConfig } from '@tianping/server/env';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { baselineSql } from '../servers/baseline-sql';
import type { LoadResult } from './load';

/**
 * Case-number allocation under concurrency. There is no public allocation route (modules
 * allocate inside the transaction that creates a case), so this workload is driven in-process:
 *
 * - app: `kernel.caseNumbers.allocate(trx, …)` inside `kernel.db.transaction()` — the app's
 *   service, repository (org lookup + `INSERT … ON CONFLICT DO UPDATE … RETURNING`) and Kysely
 *   driver, exactly as a module would call it;
 * - baseline: better-sqlite3 by hand, the same two statements (baseline-sql.ts, checked against
 *   the app's compiled SQL) prepared once, in one transaction per allocation.
 *
 * `concurrency` tasks allocate from one counter until the deadline (bounded). Afterwards every
 * measured allocation is checked: the sequence numbers must be distinct and consecutive,
 * continuing the counter's value before the run.
 */

export const allocationCaseType = 'benchAllocation';
const template = '{orgAbbr}复〔{year}〕{seq}号';
/** A year no real counter uses, so the bench never touches a real sequence. */
const benchYear = 2199;

export interface AllocationOptions {
  concurrency: number;
  warmupSeconds: number;
  durationSeconds: number;
}

export interface AllocationCheck {
  allocations: number;
  distinct: boolean;
  consecutive: boolean;
  first: number;
  last: number;
  sample: string;
}

type Allocate = () => Promise<{ seq: number; number: string }>;

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `concurrency` allocating tasks until the deadline; returns latencies and sequence numbers. */
async function drive(allocate: Allocate, concurrency: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  const seqs: number[] = [];
  let errors = 0;
  let sample = '';
  const task = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const r = await allocate();
        latencies.push(performance.now() - t0);
        seqs.push(r.seq);
        sample = r.number;
      } catch {
        errors++;
      }
      // Let the other tasks in (better-sqlite3 is synchronous; the app's path awaits anyway).
      await yieldToLoop();
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, task));
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { latencies, seqs, errors, sample, elapsed, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function summarise(run: Awaited<ReturnType<typeof drive>>, before: number): { result: LoadResult; check: AllocationCheck } {
  const sorted = Float64Array.from(run.latencies).sort();
  const n = run.seqs.length;
  const distinct = new Set(run.seqs).size === n;
  const ordered = [...run.seqs].sort((a, b) => a - b);
  const consecutive = ordered.every((s, i) => s === before + 1 + i);
  const mean = n ? run.latencies.reduce((a, b) => a + b, 0) / n : 0;
  return {
    result: {
      requestsPerSecond: n / run.elapsed,
      latencyP50Ms: percentile(sorted, 50),
      latencyP99Ms: percentile(sorted, 99),
      latencyMeanMs: mean,
      requests: n,
      serverCpuMsPerRequest: n ? run.cpuMs / n : null,
      non2xx: 0,
      errors: run.errors + (distinct && consecutive ? 0 : 1),
      timeouts: 0,
      statusCodes: {},
    },
    check: { allocations: n, distinct, consecutive, first: ordered[0] ?? 0, last: ordered[n - 1] ?? 0, sample: run.sample },
  };
}

async function measureAllocations(allocate: Allocate, current: () => Promise<number> | number, o: AllocationOptions) {
  await drive(allocate, o.concurrency, o.warmupSeconds);
  const before = await current();
  return summarise(await drive(allocate, o.concurrency, o.durationSeconds), before);
}

/** The app side: the kernel's case-number service, in the driver's own process. */
export async function measureAppAllocations(config: AppConfig, orgId: string, o: AllocationOptions) {
  const handle = openDatabase(config);
  const { app, kernel } = await buildApp({ config, handle, seed: false, logger: false, startJobs: false });
  try {
    await app.ready();
    if (!kernel.caseNumbers.get(allocationCaseType))
      kernel.caseNumbers.register(allocationCaseType, { template, label: { zh: '基准测试', en: 'Bench' } });
    const input = { orgId, caseType: allocationCaseType, year: benchYear };
    const allocate: Allocate = () => kernel.db.transaction().execute((trx) => kernel.caseNumbers.allocate(trx, input));
    const current = async () => {
      const row = await kernel.db
        .selectFrom('caseNumberCounters')
        .select('last')
        .where('orgId', '=', orgId)
        .where('caseType', '=', allocationCaseType)
        .where('year', '=', benchYear)
        .executeTakeFirst();
      return Number(row?.last ?? 0);
    };
    return await measureAllocations(allocate, current, o);
  } finally {
    await app.close();
    await handle.close();
  }
}

/** The baseline: better-sqlite3 by hand, the same statements, one transaction per allocation. */
export async function measureBaselineAllocations(file: string, orgId: string, o: AllocationOptions) {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const orgNames = db.prepare(baselineSql.caseNumberOrg);
    const next = db.prepare(baselineSql.caseNumberNext);
    const last = db.prepare('select "last" from "case_number_counters" where "org_id" = ? and "case_type" = ? and "year" = ?');
    const allocateTx = db.transaction(() => {
      const org = orgNames.get(orgId) as { name: string; short_name: string | null; code: string } | undefined;
      if (!org) throw new Error('NOT_FOUND');
      const now = new Date().toISOString();
      const row = next.get(orgId, allocationCaseType, benchYear, 1, now, 1, now) as { last: number };
      const seq = Number(row.last);
      return { seq, number: `${org.short_name?.trim() || org.name}复〔${benchYear}〕${seq}号` };
    });
    const allocate: Allocate = () => Promise.resolve(allocateTx());
    const current = () => Number((last.get(orgId, allocationCaseType, benchYear) as { last: number } | undefined)?.last ?? 0);
    return await measureAllocations(allocate, current, o);
  } finally {
    db.close();
  }
}
