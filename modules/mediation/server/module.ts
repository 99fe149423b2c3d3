import { defineServerModule } from '@tianping/server/core/module';
import { mediationPermissions } from '../contract/permissions';
import { mediationMigrations } from './migrations';
import { campaignRoutes } from './campaign.routes';
import { committeeTermWarningJob, committeeTermWarningSchedule } from './committee.jobs';
import { organisationRoutes } from './organisation.routes';
import { seedOrganisationDemo } from './seed-demo-organisations';
import { intakeRoutes } from './intake.routes';
import { registerMediationHandoff } from './handoff';
import { portalRoutes } from './portal.routes';
import { settingsRoutes } from './settings';
import { handlingRoutes } from './handling.routes';
import { confirmationReminderJob, confirmationReminderSchedule } from './confirmation.jobs';
import './handling-tables';
import { referralRoutes } from './referral.routes';
import { referralWebhookJob } from './referral-webhook.jobs';
import { referralMetrics } from './referral.metrics';
import { seedDemoReferrers } from './seed-demo-referrers';
import { seedDemoCases } from './seed-demo-cases';
import { handlingMetrics } from './handling.metrics';
import { caseMetrics } from './case.metrics';
import './referral-tables';
import { mediationDemoLogins, seedMediationDemo } from './seed-demo';
import './tables';

/**
 * People's mediation and the multi-channel dispute resolution network (人民调解与矛盾纠纷多元化解)
 * — README.md beside this folder. Each use case registers its routes, jobs and metrics here, one
 * line each.
 */
export const mediationModule = defineServerModule({
  id: 'mediation',
  label: { zh: '人民调解', en: "People's mediation" },
  permissions: [...mediationPermissions],
  migrations: mediationMigrations,
  routes(app, kernel) {
    kernel.caseNumbers.register('mediation', {
      template: '{orgAbbr}调〔{year}〕{seq}号',
      label: { zh: '人民调解', en: "People's mediation" },
    });
    registerMediationHandoff(kernel);
    intakeRoutes(app, kernel);
    portalRoutes(app, kernel);
    settingsRoutes(app, kernel);
    organisationRoutes(app, kernel);
    campaignRoutes(app, kernel);
    handlingRoutes(app, kernel);
    referralRoutes(app, kernel);
  },
  jobs: [referralWebhookJob, committeeTermWarningJob, confirmationReminderJob],
  schedules: [committeeTermWarningSchedule, confirmationReminderSchedule],
  metrics: [...caseMetrics, ...referralMetrics, ...handlingMetrics],
  seedDemo: async (kernel) => {
    await seedMediationDemo(kernel);
    await seedOrganisationDemo(kernel);
    await seedDemoReferrers(kernel);
    await seedDemoCases(kernel);
  },
  demoLogins: mediationDemoLogins.map((u) => u.username),
  portalServices: [
    {
      key: 'mediation',
      zh: '申请人民调解',
      en: 'Request mediation',
      descriptionZh: '邻里、婚姻家庭、合同、损害赔偿等民间纠纷，可在线申请人民调解委员会调解，表示是否同意调解，查看调解进展和协议。',
      descriptionEn:
        'Ask a people’s mediation committee to mediate a dispute, give or refuse consent, and follow sessions and the agreement.',
      path: '/portal/mediation',
      icon: 'team',
    },
  ],
});
