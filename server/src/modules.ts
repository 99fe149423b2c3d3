import type { ServerModule } from './core/module';
import { auditModule } from './audit/module';
import { citizenModule } from './citizen/module';
import { identityModule } from './identity/module';
import { orgModule } from './org/module';
import { piiModule } from './pii/module';
import { portalModule } from './portal/module';
import { smsModule } from './sms/module';
import { systemModule } from './system/module';
import { tokensModule } from './tokens/module';
import { lawsModule } from './laws/module';
import { searchModule } from './search/module';
import { jobsModule } from './jobs/module';
import { notificationsModule } from './notifications/module';
import { workflowModule } from './workflow/module';
import { calendarModule } from './calendar/module';
import { statsModule } from './stats/module';
import { caseNumbersModule } from './casenumbers/module';
import { attachmentsModule } from './attachments/module';
import { documentsModule } from './documents/module';
import { serviceModule } from './service/module';
import { reconsiderationModule } from '../../modules/reconsideration/server/module';
import { legalAidModule } from '../../modules/legal-aid/server/module';
import { mediationModule } from '../../modules/mediation/server/module';
import { hotlineModule } from '../../modules/hotline/server/module';

/**
 * The explicit list of enabled features and business modules, in seed order
 * (organisations before the users who belong to them). Nothing is discovered by folder.
 * Business modules (`modules/<name>/server/module.ts`) are appended below the core.
 */
export const enabledModules: readonly ServerModule[] = [
  systemModule,
  orgModule,
  identityModule,
  tokensModule,
  auditModule,
  piiModule,
  smsModule,
  citizenModule,
  portalModule,
  searchModule,
  lawsModule,
  calendarModule,
  statsModule,
  jobsModule,
  notificationsModule,
  workflowModule,
  caseNumbersModule,
  attachmentsModule,
  documentsModule,
  serviceModule,
  reconsiderationModule,
  mediationModule,
  legalAidModule,
  hotlineModule,
];
