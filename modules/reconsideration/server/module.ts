import { defineServerModule } from '@tianping/server/core/module';
import { reconsiderationPermissions } from '../contract/permissions';
import { reconsiderationMigrations } from './migrations';
import { litigationRoutes } from './litigation.routes';
import { reconsiderationMetrics } from './metrics';
import { reconDemoLogins, seedReconsiderationDemo } from './seed-demo';
import { decisionRoutes } from './decision.routes';
import { intakeLapsesJob, intakeLapsesSchedule } from './acceptance.jobs';
import { intakeRoutes } from './intake.routes';
import { registerReconsiderationHandoff } from './handoff';
import { portalRoutes } from './portal.routes';
import { handlingRoutes } from './handling.routes';
import { suspensionLapseJob, suspensionLapseSchedule } from './handling.jobs';
import './tables';

/**
 * Administrative reconsideration and litigation response (行政复议与行政应诉) — the reference
 * business module (README.md beside this folder). Each use case registers its routes, jobs and
 * metrics here, one line each.
 */
export const reconsiderationModule = defineServerModule({
  id: 'reconsideration',
  label: { zh: '行政复议与行政应诉', en: 'Administrative reconsideration and litigation response' },
  permissions: [...reconsiderationPermissions],
  migrations: reconsiderationMigrations,
  routes(app, kernel) {
    kernel.caseNumbers.register('reconsideration', {
      template: '{orgAbbr}复〔{year}〕{seq}号',
      label: { zh: '行政复议', en: 'Reconsideration' },
    });
    registerReconsiderationHandoff(kernel);
    intakeRoutes(app, kernel);
    portalRoutes(app, kernel);
    litigationRoutes(app, kernel);
    decisionRoutes(app, kernel);
    handlingRoutes(app, kernel);
  },
  jobs: [intakeLapsesJob, suspensionLapseJob],
  schedules: [intakeLapsesSchedule, suspensionLapseSchedule],
  portalServices: [
    {
      key: 'reconsideration',
      zh: '行政复议申请',
      en: 'Apply for administrative reconsideration',
      descriptionZh: '认为行政机关的行政行为侵犯您的合法权益，可在线申请行政复议、补正材料、查看进度和文书。',
      descriptionEn: 'Challenge an administrative act online: apply, correct, follow your case and read its documents.',
      path: '/portal/reconsideration',
      icon: 'solution',
    },
  ],
  metrics: reconsiderationMetrics(),
  seedDemo: seedReconsiderationDemo,
  demoLogins: reconDemoLogins.map((u) => u.username),
});
