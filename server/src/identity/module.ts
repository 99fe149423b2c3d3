import { defineServerModule } from '../core/module';

export const identityModule = defineServerModule({
  id: 'identity',
  label: { zh: '用户与权限', en: 'Identity and access' },
});
