import type { Kernel } from '../core/module';
import { defineServerModule } from '../core/module';
import { citizenSessionAuthenticator } from './citizen.authenticator';
import { purgeCitizenSessions } from './citizen.repository';
import { citizenRoutes } from './citizen.routes';
import { purgeLoginCodes } from './login-code.repository';
import { citizenMigrations } from './migrations';
import './tables';

const hourMs = 60 * 60 * 1000;
const dayMs = 24 * hourMs;

/** Hourly: drop codes after a day, throttle stamps after their hour, sessions a week after they ended. */
export async function purgeCitizenData(kernel: Kernel) {
  const now = kernel.clock.now().getTime();
  await purgeLoginCodes(kernel.db, new Date(now - dayMs).toISOString(), new Date(now - hourMs).toISOString());
  await purgeCitizenSessions(kernel.db, new Date(now - 7 * dayMs).toISOString());
}

export const citizenModule = defineServerModule({
  id: 'citizen',
  label: { zh: '群众账户', en: 'Citizen accounts' },
  migrations: citizenMigrations,
  routes: citizenRoutes,
  authenticators: [citizenSessionAuthenticator],
  start(kernel) {
    const timer = setInterval(() => {
      purgeCitizenData(kernel).catch((err: unknown) => kernel.log.warn({ err }, 'citizen purge failed'));
    }, hourMs);
    timer.unref();
    return () => clearInterval(timer);
  },
});
