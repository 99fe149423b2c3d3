import { defineServerModule } from '@tianping/server/core/module';
import { reconsiderationPermissions } from '../contract/permissions';
import { reconsiderationMigrations } from './migrations';
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
  },
  jobs: [],
  schedules: [],
  metrics: [],
});
