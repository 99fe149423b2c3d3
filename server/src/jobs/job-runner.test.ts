import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/build-test-app';
import { setClock } from '../workflow/test-workflow';
import { createJobRunner, enqueueJob, retryDelayMs } from './job-runner';
import { claimJobs, completeJob, findJob } from './job.repository';
import type { JobHandler } from './job.types';

describe('job runner (one jobs table, both profiles)', async () => {
  const t = await buildTestApp();
  const k = t.kernel;
  const ran: string[] = [];
  let failUntilAttempt = 0;
  const ok: JobHandler<{ n: number }> = { kind: 'test.ok', run: async (_k, job) => void ran.push(`${job.payload.n}#${job.attempt}`) };
  const flaky: JobHandler = {
    kind: 'test.flaky',
    maxAttempts: 3,
    run: async (_k, job) => {
      if (job.attempt <= failUntilAttempt) throw new Error(`boom ${job.attempt}`);
      ran.push(`flaky#${job.attempt}`);
    },
  };
  const jobsOf = (kind: string) => k.db.selectFrom('jobs').selectAll().where('kind', '=', kind).orderBy('id').execute();

  it('runs due jobs once and marks them done; future jobs wait', async () => {
    setClock(t, '2025-09-28T01:00:00.000Z');
    const runner = createJobRunner(k, [ok], []);
    await enqueueJob(k.db, k.clock.now(), { kind: 'test.ok', payload: { n: 1 } });
    await enqueueJob(k.db, k.clock.now(), { kind: 'test.ok', payload: { n: 2 }, runAt: new Date('2025-09-28T02:00:00.000Z') });
    expect(await runner.runOnce()).toBe(1);
    expect(await runner.runOnce()).toBe(0);
    setClock(t, '2025-09-28T02:00:00.000Z');
    expect(await runner.runOnce()).toBe(1);
    expect(ran).toEqual(['1#1', '2#1']);
    expect((await jobsOf('test.ok')).map((j) => [j.status, j.attempts, j.lockedBy])).toEqual([
      ['done', 1, null],
      ['done', 1, null],
    ]);
  });

  it('ignores a second enqueue with the same dedupe key', async () => {
    const now = k.clock.now();
    expect(await enqueueJob(k.db, now, { kind: 'test.dedupe', dedupeKey: 'reminder:abc' })).toBe(true);
    expect(await enqueueJob(k.db, now, { kind: 'test.dedupe', dedupeKey: 'reminder:abc' })).toBe(false);
    expect((await k.db.selectFrom('jobs').select('id').where('dedupeKey', '=', 'reminder:abc').execute()).length).toBe(1);
  });

  it('retries a failing job with exponential backoff and marks it failed after max attempts', async () => {
    expect([1, 2, 3, 20].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 3_600_000]);
    failUntilAttempt = 99;
    setClock(t, '2025-10-01T00:00:00.000Z');
    const runner = createJobRunner(k, [flaky], []);
    await enqueueJob(k.db, k.clock.now(), { kind: 'test.flaky', maxAttempts: 3 });
    await runner.runOnce();
    let [job] = await jobsOf('test.flaky');
    expect(job).toMatchObject({ status: 'queued', attempts: 1, lastError: 'boom 1', runAt: '2025-10-01T00:00:30.000Z' });
    expect(await runner.runOnce()).toBe(0);
    setClock(t, '2025-10-01T00:00:30.000Z');
    await runner.runOnce();
    [job] = await jobsOf('test.flaky');
    expect(job).toMatchObject({ status: 'queued', attempts: 2, runAt: '2025-10-01T00:01:30.000Z' });
    setClock(t, '2025-10-01T00:05:00.000Z');
    await runner.runOnce();
    [job] = await jobsOf('test.flaky');
    expect(job).toMatchObject({ status: 'failed', attempts: 3, lastError: 'boom 3', lockedBy: null });
  });

  it('reclaims a running job whose lock expired (its process died); the dead holder cannot complete it', async () => {
    setClock(t, '2025-10-02T00:00:00.000Z');
    await enqueueJob(k.db, k.clock.now(), { kind: 'test.ok', payload: { n: 9 } });
    const [claimed] = await claimJobs(k.db, 'dead-process', ['test.ok'], 1, '2025-10-02T00:00:00.000Z', '2025-10-02T00:05:00.000Z');
    const runner = createJobRunner(k, [ok], [], { workerId: 'live-process' });
    setClock(t, '2025-10-02T00:04:59.000Z');
    expect(await runner.runOnce()).toBe(0);
    setClock(t, '2025-10-02T00:05:01.000Z');
    expect(await runner.runOnce()).toBe(1);
    expect(ran.at(-1)).toBe('9#2');
    expect(await completeJob(k.db, claimed!.id, 'dead-process', k.clock.now().toISOString())).toBe(false);
    expect(await findJob(k.db, claimed!.id)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a recurring schedule fires once per slot however many runners tick', async () => {
    setClock(t, '2025-10-03T00:00:10.000Z');
    let ticks = 0;
    const tick: JobHandler = { kind: 'test.tick', run: async () => void ticks++ };
    const schedule = { kind: 'test.tick', everyMs: 60_000 };
    const a = createJobRunner(k, [tick], [schedule], { workerId: 'a' });
    const b = createJobRunner(k, [tick], [schedule], { workerId: 'b' });
    await Promise.all([a.runOnce(), b.runOnce(), a.runOnce()]);
    setClock(t, '2025-10-03T00:00:50.000Z');
    await b.runOnce();
    expect(ticks).toBe(1);
    setClock(t, '2025-10-03T00:01:00.000Z');
    await Promise.all([a.runOnce(), b.runOnce()]);
    expect(ticks).toBe(2);
    expect((await jobsOf('test.tick')).map((j) => j.dedupeKey)).toEqual([
      'test.tick@2025-10-03T00:00:00.000Z',
      'test.tick@2025-10-03T00:01:00.000Z',
    ]);
  });

  it('start() enqueues on-start schedules and polls until stopped', async () => {
    setClock(t, '2025-10-04T00:00:00.000Z');
    let started = 0;
    const handler: JobHandler = { kind: 'test.boot', run: async () => void started++ };
    const runner = createJobRunner(k, [handler], [{ kind: 'test.boot', everyMs: 86_400_000, onStart: true }], { pollMs: 10 });
    runner.start();
    for (let i = 0; i < 100 && started < 2; i++) await new Promise((r) => setTimeout(r, 10));
    await runner.stop();
    // The daily slot and the start-up run are distinct jobs.
    expect(started).toBe(2);
  });
});
