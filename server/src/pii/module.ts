import { defineServerModule } from '../core/module';

export const piiModule = defineServerModule({
  id: 'pii',
  label: { zh: '个人信息保护', en: 'Personal information' },
});
