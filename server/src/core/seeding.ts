import { sql } from 'kysely';
import type { Kernel } from './module';

/** Reference seeds run on every start; the demo seed runs once per database, never in production. */
export async function runSeeds(kernel: Kernel, skip: readonly string[] = []): Promise<{ demoSeeded: boolean }> {
  for (const m of kernel.modules) if (m.seed && !skip.includes(m.id)) await m.seed(kernel);
  if (!kernel.config.demoSeed) return { demoSeeded: false };
  const done = await kernel.db.selectFrom('systemState').select('value').where('key', '=', 'demo_seeded_at').executeTakeFirst();
  if (done) return { demoSeeded: false };
  const started = Date.now();
  for (const m of kernel.modules) if (m.seedDemo) await m.seedDemo(kernel);
  await kernel.db.insertInto('systemState').values({ key: 'demo_seeded_at', value: new Date().toISOString() }).execute();
  kernel.log.info({ ms: Date.now() - started }, 'demo data seeded');
  return { demoSeeded: true };
}

export { sql };
