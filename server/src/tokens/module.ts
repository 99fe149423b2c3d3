import { tokenPermissions } from '@tianping/common/contract/tokens';
import { defineServerModule } from '../core/module';
import { bearerTokenAuthenticator } from './bearer.authenticator';
import { tokenMigrations } from './migrations';
import { tokenRoutes } from './token.routes';
import './tables';

export const tokensModule = defineServerModule({
  id: 'tokens',
  label: { zh: '接口令牌', en: 'API tokens' },
  permissions: tokenPermissions,
  migrations: tokenMigrations,
  routes: tokenRoutes,
  authenticators: [bearerTokenAuthenticator],
});
