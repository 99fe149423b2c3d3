import { citizenInboxPath, servicePermissions } from '@tianping/common/contract/service';
import { defineServerModule } from '../core/module';
import { serviceMigrations } from './migrations';
import { serviceFallbackJob, serviceFallbackSchedule } from './service-fallback.job';
import { serviceRoutes } from './service.routes';
import './tables';

export { findServiceFallbacksDue, serveDocument, type ServeDocumentInput, type ServiceRecipient } from './serve-document.service';

export const serviceModule = defineServerModule({
  id: 'service',
  label: { zh: '电子送达', en: 'Electronic service' },
  permissions: [...servicePermissions],
  migrations: serviceMigrations,
  routes: serviceRoutes,
  portalServices: [
    {
      key: 'inbox',
      zh: '我的送达文书',
      en: 'My served documents',
      descriptionZh: '签收、查看司法行政机关送达给您的文书',
      descriptionEn: 'Acknowledge and read the documents served on you',
      path: citizenInboxPath,
      icon: 'file',
    },
  ],
  // Daily: services not acknowledged by their fallback day are reported to the issuing organisation.
  jobs: [serviceFallbackJob],
  schedules: [serviceFallbackSchedule],
});
