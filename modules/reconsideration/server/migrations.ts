import type { AppMigration } from '@tianping/server/db/migration';
import { casesMigrations } from './migrations/cases';
import { decisionMigrations } from './migrations/decision';
import { handlingMigrations } from './migrations/handling';
import { intakeMigrations } from './migrations/intake';

/**
 * Tables of administrative reconsideration and litigation response (see tables.ts), by use case;
 * the migrator runs all migrations in name order.
 */
export const reconsiderationMigrations: AppMigration[] = [
  ...casesMigrations,
  ...intakeMigrations,
  ...handlingMigrations,
  ...decisionMigrations,
];
