import { defineServerModule } from '../core/module';

export const citizenModule = defineServerModule({
  id: 'citizen',
  label: { zh: '群众账户', en: 'Citizen accounts' },
});
