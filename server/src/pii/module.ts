import { piiPermissions } from '@tianping/common/contract/pii';
import { defineServerModule } from '../core/module';
import { piiRoutes } from './pii.routes';
import { smsOutboxRevealer } from './sms-outbox.revealer';

export const piiModule = defineServerModule({
  id: 'pii',
  label: { zh: '个人信息保护', en: 'Personal information' },
  permissions: [...piiPermissions],
  routes(app, kernel) {
    kernel.piiRevealers.register('smsOutbox', smsOutboxRevealer(kernel.pii));
    piiRoutes(app, kernel);
  },
});
