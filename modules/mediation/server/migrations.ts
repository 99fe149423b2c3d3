import type { AppMigration } from '@tianping/server/db/migration';
import { casesMigrations } from './migrations/cases';
import { handlingMigrations } from './migrations/handling';
import { organisationMigrations } from './migrations/organisations';
import { referralMigrations } from './migrations/referrals';

/**
 * Tables of people's mediation (see tables.ts and the other *-tables.ts), by area; the migrator runs
 * all migrations in name order. Names `2026112901NN_mediation_<what>`: MA 00–29, MB 30–59, MC 60–89.
 */
export const mediationMigrations: AppMigration[] = [
  ...casesMigrations,
  ...organisationMigrations,
  ...handlingMigrations,
  ...referralMigrations,
];
