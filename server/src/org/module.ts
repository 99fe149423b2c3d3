import { defineServerModule } from '../core/module';

export const orgModule = defineServerModule({
  id: 'org',
  label: { zh: '组织机构', en: 'Organisations' },
});
