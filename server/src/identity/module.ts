import { defineServerModule, type Kernel } from '../core/module';
import { authRoutes } from './auth.routes';
import { roleRoutes } from './role.routes';
import { userRoutes } from './user.routes';
import { identityMigrations } from './migrations';
import { identityPermissions } from './permissions';
import { seedBuiltinRoles } from './seed';
import { seedDemoUsers } from './seed-demo';
import { staffSessionAuthenticator } from './staff-authenticator';
import { userPhoneRevealer } from './user-phone.revealer';
import { purgeEndedSessions } from './session.repository';
import './tables';

/** Ended sessions are kept a day (for the security administrator's questions), then deleted. */
const purgeIntervalMs = 60 * 60 * 1000;
const keepEndedMs = 24 * 60 * 60 * 1000;

async function purgeSessions(kernel: Kernel) {
  try {
    await purgeEndedSessions(kernel.db, new Date(kernel.clock.now().getTime() - keepEndedMs).toISOString());
  } catch (err) {
    kernel.log.error({ err }, 'purging ended sessions failed');
  }
}

export const identityModule = defineServerModule({
  id: 'identity',
  label: { zh: '用户与权限', en: 'Identity and access' },
  permissions: identityPermissions,
  migrations: identityMigrations,
  authenticators: [staffSessionAuthenticator],
  routes(app, kernel) {
    authRoutes(app, kernel);
    roleRoutes(app, kernel);
    userRoutes(app, kernel);
    kernel.piiRevealers.register('user', userPhoneRevealer(kernel.pii));
  },
  seed: seedBuiltinRoles,
  seedDemo: seedDemoUsers,
  start(kernel) {
    const timer = setInterval(() => void purgeSessions(kernel), purgeIntervalMs);
    timer.unref();
    return () => clearInterval(timer);
  },
});
