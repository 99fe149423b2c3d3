import { defineServerModule } from '../core/module';

export const tokensModule = defineServerModule({
  id: 'tokens',
  label: { zh: '接口令牌', en: 'API tokens' },
});
