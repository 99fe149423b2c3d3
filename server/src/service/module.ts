import { servicePermissions } from '@tianping/common/contract/service';
import { defineServerModule } from '../core/module';
import { serviceMigrations } from './migrations';
import { serviceRoutes } from './service.routes';
import './tables';

export { findServiceFallbacksDue, serveDocument, type ServeDocumentInput, type ServiceRecipient } from './serve-document.service';

export const serviceModule = defineServerModule({
  id: 'service',
  label: { zh: '电子送达', en: 'Electronic service' },
  permissions: [...servicePermissions],
  migrations: serviceMigrations,
  routes: serviceRoutes,
});
