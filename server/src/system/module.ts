import { z } from 'zod';
import { collectMigrations, defineServerModule } from '../core/module';
import { migrationsCurrent } from '../db/migrator';
import { fail } from '../http/errors';
import { coreErrors } from '@tianping/common/errors/codes';
import { testClockRoutes } from './test-clock.routes';
import './tables';

const healthSchema = z.object({ status: z.literal('ok') });
const readySchema = z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) });

export const systemModule = defineServerModule({
  id: 'system',
  label: { zh: '系统', en: 'System' },
  migrations: [
    {
      name: '202601010000_system_state',
      async up(db) {
        await db.schema
          .createTable('system_state')
          .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
      },
    },
  ],
  routes(app, kernel) {
    app.get(
      '/health',
      { config: { access: 'public' }, schema: { tags: ['system'], summary: '存活检查 Liveness', response: { 200: healthSchema } } },
      async () => ({ status: 'ok' as const }),
    );
    app.get(
      '/ready',
      { config: { access: 'public' }, schema: { tags: ['system'], summary: '就绪检查 Readiness', response: { 200: readySchema } } },
      async () => {
        const current = await migrationsCurrent(kernel.handle, collectMigrations(kernel.modules)).catch(() => false);
        if (!current) throw fail(coreErrors, 'UNAVAILABLE');
        return { status: 'ready' as const, database: kernel.handle.dialect };
      },
    );
    app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
    testClockRoutes(app, kernel);
  },
});
