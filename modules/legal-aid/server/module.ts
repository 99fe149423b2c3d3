import { defineServerModule } from '@tianping/server/core/module';
import { legalAidPermissions } from '../contract/permissions';
import { legalAidMigrations } from './migrations';
import { applicationRoutes } from './application.routes';
import { registerLegalAidHandoff } from './handoff';
import { seedExampleStandard } from './hardship.service';
import { aidDemoLogins, seedAidRolesAndUsers } from './seed-demo';
import { seedDemoProviders } from './seed-demo-providers';
import { seedDemoCases } from './seed-demo-cases';
import { statsMetrics } from './stats.metrics';
import { noticeRoutes } from './notice.routes';
import { portalRoutes } from './portal.routes';
import { materialsLapseJob, materialsLapseSchedule } from './review.jobs';
import { reviewMetrics } from './review.metrics';
import { assignmentRoutes } from './assignment.routes';
import { caseworkMetrics } from './casework.metrics';
import { assignmentMetrics } from './assignment.metrics';
import { caseworkRoutes } from './casework.routes';
import { seedSubsidySchedule } from './subsidy-seed';
import './casework-tables';
import { dutyRoutes } from './duty.routes';
import { providerRoutes } from './provider.routes';
import './provider-tables';
import './tables';

/**
 * Legal aid (法律援助, 法律援助法 2022) — README.md beside this folder. Applications, eligibility and the
 * 7-day review and notices (AA), providers, assignment and duty lawyers (AB), the aided case,
 * objections, quality and subsidies (AC). Each use case registers its routes, jobs and metrics here,
 * one line each.
 */
export const legalAidModule = defineServerModule({
  id: 'legalAid',
  label: { zh: '法律援助', en: 'Legal aid' },
  permissions: [...legalAidPermissions],
  migrations: legalAidMigrations,
  routes(app, kernel) {
    kernel.caseNumbers.register('legalAid', {
      template: '{orgAbbr}援〔{year}〕{seq}号',
      label: { zh: '法律援助', en: 'Legal aid' },
    });
    registerLegalAidHandoff(kernel);
    applicationRoutes(app, kernel);
    portalRoutes(app, kernel);
    noticeRoutes(app, kernel);
    providerRoutes(app, kernel);
    assignmentRoutes(app, kernel);
    dutyRoutes(app, kernel);
    caseworkRoutes(app, kernel);
  },
  async seed(kernel) {
    await seedExampleStandard(kernel);
    await seedSubsidySchedule(kernel);
  },
  // Demo accounts first: the providers' seed binds `lawyer.wang` to a lawyer record.
  async seedDemo(kernel) {
    await seedAidRolesAndUsers(kernel);
    await seedDemoProviders(kernel);
    await seedDemoCases(kernel);
  },
  demoLogins: aidDemoLogins.map((u) => u.username),
  metrics: [...reviewMetrics, ...caseworkMetrics, ...assignmentMetrics, ...statsMetrics],
  jobs: [materialsLapseJob],
  schedules: [materialsLapseSchedule],
  portalServices: [
    {
      key: 'legalAid',
      zh: '法律援助申请',
      en: 'Apply for legal aid',
      descriptionZh: '因经济困难需要律师帮助的，可在线预审条件、申请法律援助、补充材料、查看进度和文书。',
      descriptionEn: 'Check whether you qualify, apply for legal aid online, add materials, follow your case and read its documents.',
      path: '/portal/legal-aid',
      icon: 'safety',
    },
  ],
});
