import { defineServerModule } from '@tianping/server/core/module';
import { hotlinePermissions } from '../contract/permissions';
import { hotlineMigrations } from './migrations';
import { callRoutes } from './call.routes';
import { rosterRoutes } from './roster.routes';
import { hotlineDemoLogins, seedHotlineRolesAndUsers } from './seed-demo';
import { registerTicketPii } from './ticket.pii';
import { ticketRoutes } from './ticket.routes';
import './tables';

/**
 * The 12348 public legal service hotline (12348热线与在线咨询) — README.md beside this folder.
 * Calls and tickets, the desk, rosters and settings (HA); transfers, callbacks, follow-ups and
 * surveys (HT); knowledge base and online consultation (HK); statistics (HS). Each use case
 * registers its routes, jobs and metrics here, one line each.
 */
export const hotlineModule = defineServerModule({
  id: 'hotline',
  label: { zh: '12348公共法律服务热线', en: '12348 public legal service hotline' },
  permissions: [...hotlinePermissions],
  migrations: hotlineMigrations,
  routes(app, kernel) {
    kernel.caseNumbers.register('hotline', {
      template: '{orgAbbr}热线〔{year}〕{seq}号',
      label: { zh: '12348热线工单', en: 'Hotline ticket' },
    });
    registerTicketPii(kernel);
    callRoutes(app, kernel);
    ticketRoutes(app, kernel);
    rosterRoutes(app, kernel);
  },
  seedDemo: seedHotlineRolesAndUsers,
  demoLogins: hotlineDemoLogins.map((u) => u.username),
});
