import { defineServerModule } from '../core/module';
import { createJobRunner } from './job-runner';
import { jobMigrations } from './migrations';
import './tables';

/**
 * The job runner over the one `jobs` table. `start()` (main.ts with JOBS=on) runs every handler
 * and schedule the enabled modules declare; on PostgreSQL any number of processes may do so.
 */
export const jobsModule = defineServerModule({
  id: 'jobs',
  label: { zh: '后台任务', en: 'Background jobs' },
  migrations: jobMigrations,
  start(kernel) {
    const handlers = kernel.modules.flatMap((m) => m.jobs ?? []);
    const schedules = kernel.modules.flatMap((m) => m.schedules ?? []);
    if (handlers.length === 0) return;
    const runner = createJobRunner(kernel, handlers, schedules);
    runner.start();
    return () => runner.stop();
  },
});
