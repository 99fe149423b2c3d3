import type { AppMigration } from '@tianping/server/db/migration';
import { casesMigrations } from './migrations/cases';
import { caseworkMigrations } from './migrations/casework';
import { providerMigrations } from './migrations/providers';

/**
 * Tables of legal aid (see tables.ts and the other engineers' *-tables.ts), by area; the migrator runs
 * all migrations in name order. AA: 2026112902 00–29, AB: 30–59, AC: 60–89.
 */
export const legalAidMigrations: AppMigration[] = [...casesMigrations, ...providerMigrations, ...caseworkMigrations];
