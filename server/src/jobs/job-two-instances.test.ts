import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { buildApp } from '../app';
import { defineServerModule } from '../core/module';
import { openDatabase } from '../db/database';
import { enabledModules } from '../modules';
import { createJobRunner, enqueueJob } from './job-runner';
import type { JobHandler } from './job.types';

const JOBS = 200;
const TICK_MS = 250;

/** Each run of a job writes one row here, tagged with the process (app instance) that ran it. */
const proofModule = defineServerModule({
  id: 'jobProof',
  label: { zh: '任务证明', en: 'Job proof' },
  migrations: [
    {
      name: '209901010000_jobproof_effects',
      async up(db) {
        await db.schema
          .createTable('job_proof_effects')
          .addColumn('job_id', 'varchar(26)', (c) => c.notNull())
          .addColumn('kind', 'varchar(40)', (c) => c.notNull())
          .addColumn('worker', 'varchar(40)', (c) => c.notNull())
          .execute();
      },
    },
  ],
});

function handlersFor(worker: string): JobHandler[] {
  const record: JobHandler['run'] = async (kernel, job) => {
    await new Promise((r) => setTimeout(r, 1));
    await sql`insert into job_proof_effects (job_id, kind, worker) values (${job.id}, ${job.kind}, ${worker})`.execute(kernel.db);
  };
  return [
    { kind: 'proof.work', run: record },
    { kind: 'proof.tick', run: record },
  ];
}

/**
 * Two app instances (two buildApp, two connection pools) against one PostgreSQL database run
 * their runners concurrently: every job and every tick slot must run exactly once. SQLite is
 * single-process (one writer, in-process scheduler), so this proof runs in `npm run test:pg`.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('two app processes on one PostgreSQL: each job runs once', async () => {
  const a = await buildTestApp({}, [proofModule]);
  const handleB = openDatabase(a.kernel.config);
  const b = await buildApp({
    config: a.kernel.config,
    handle: handleB,
    seed: false,
    logger: false,
    modules: [...enabledModules, proofModule],
  });

  it(`runs ${JOBS} jobs and a recurring tick exactly once across both instances`, async () => {
    const now = new Date();
    for (let i = 0; i < JOBS; i++) await enqueueJob(a.kernel.db, now, { kind: 'proof.work', payload: { i } });
    const schedule = [{ kind: 'proof.tick', everyMs: TICK_MS }];
    const runnerA = createJobRunner(a.kernel, handlersFor('A'), schedule, { pollMs: 5, batch: 7, workerId: 'A' });
    const runnerB = createJobRunner(b.kernel, handlersFor('B'), schedule, { pollMs: 5, batch: 7, workerId: 'B' });
    runnerA.start();
    runnerB.start();
    const effects = async () =>
      (await sql<{ jobId: string; kind: string; worker: string }>`select job_id, kind, worker from job_proof_effects`.execute(a.kernel.db))
        .rows;
    const started = Date.now();
    while ((await effects()).filter((e) => e.kind === 'proof.work').length < JOBS && Date.now() - started < 20_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    // Let several tick slots pass with both runners polling.
    await new Promise((r) => setTimeout(r, TICK_MS * 6));
    await Promise.all([runnerA.stop(), runnerB.stop()]);

    const rows = await effects();
    const work = rows.filter((e) => e.kind === 'proof.work');
    expect(work.length).toBe(JOBS);
    expect(new Set(work.map((e) => e.jobId)).size).toBe(JOBS);
    const byWorker = { A: work.filter((e) => e.worker === 'A').length, B: work.filter((e) => e.worker === 'B').length };
    expect(byWorker.A + byWorker.B).toBe(JOBS);
    // Both processes took part (SKIP LOCKED lets them share the queue).
    expect(byWorker.A).toBeGreaterThan(0);
    expect(byWorker.B).toBeGreaterThan(0);

    const ticks = rows.filter((e) => e.kind === 'proof.tick');
    const tickJobs = await a.kernel.db.selectFrom('jobs').select(['id', 'dedupeKey', 'status']).where('kind', '=', 'proof.tick').execute();
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ticks.map((e) => e.jobId)).size).toBe(ticks.length);
    expect(new Set(tickJobs.map((j) => j.dedupeKey)).size).toBe(tickJobs.length);
    expect(tickJobs.filter((j) => j.status === 'done').length).toBe(ticks.length);
    const statuses = await a.kernel.db.selectFrom('jobs').select('status').where('kind', '=', 'proof.work').execute();
    expect(statuses.every((s) => s.status === 'done')).toBe(true);
    console.info(`two-instance proof: ${JOBS} jobs once each (A ${byWorker.A}, B ${byWorker.B}); ${ticks.length} tick slots, once each`);
    await b.app.close();
    await handleB.close();
  }, 30_000);
});
