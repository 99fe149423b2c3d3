import { defineServerModule } from '@tianping/server/core/module';
import { hotlinePermissions } from '../contract/permissions';
import { hotlineMigrations } from './migrations';
import { articleRoutes } from './article.routes';
import { callRoutes } from './call.routes';
import { consultationRoutes } from './consultation.routes';
import { callbackOverdueJob, callbackOverdueSchedule } from './callback.jobs';
import { consultationOverdueJob, consultationOverdueSchedule } from './consultation.jobs';
import { callbackRoutes } from './callback.routes';
import { publicQaRoutes } from './public-qa.routes';
import { rosterRoutes } from './roster.routes';
import { suggestRoutes } from './suggest.routes';
import { surveyRoutes } from './survey.routes';
import { transferRoutes } from './transfer.routes';
import { hotlineDemoLogins, seedHotlineDemo } from './seed-demo';
import { hotlineMetrics } from './metrics';
import { registerTicketPii } from './ticket.pii';
import { ticketRoutes } from './ticket.routes';
import './tables';
import './handling-tables';
import './knowledge-tables';

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
    transferRoutes(app, kernel);
    callbackRoutes(app, kernel);
    surveyRoutes(app, kernel);
    articleRoutes(app, kernel);
    suggestRoutes(app, kernel);
    consultationRoutes(app, kernel);
    publicQaRoutes(app, kernel);
  },
  seedDemo: seedHotlineDemo,
  metrics: hotlineMetrics,
  jobs: [callbackOverdueJob, consultationOverdueJob],
  schedules: [callbackOverdueSchedule, consultationOverdueSchedule],
  demoLogins: hotlineDemoLogins.map((u) => u.username),
  portalServices: [
    {
      key: 'hotline',
      zh: '12348法律咨询',
      en: '12348 legal advice',
      descriptionZh: '拨打12348或在线提问，值班律师免费解答法律问题；查看常见法律问答，评价热线服务。',
      descriptionEn: 'Call 12348 or ask online: lawyers on duty answer for free; read common Q&A and rate the service.',
      path: '/portal/hotline',
      icon: 'customer-service',
    },
  ],
});
