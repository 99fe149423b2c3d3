import type { AppMigration } from '@tianping/server/db/migration';
import { callsMigrations } from './migrations/calls';
import { handlingMigrations } from './migrations/handling';
import { knowledgeMigrations } from './migrations/knowledge';
import { statsMigrations } from './migrations/stats';
import { stats2Migrations } from './migrations/stats-2';

/**
 * Tables of the hotline (see tables.ts), by area; the migrator runs all migrations in name order.
 * 2026112903NN: HA 00–19 (calls, tickets, rosters, settings), HT 20–39, HK 40–59, HS 60 (stats), HP1 61–79 (stats-2).
 */
export const hotlineMigrations: AppMigration[] = [
  ...callsMigrations,
  ...handlingMigrations,
  ...knowledgeMigrations,
  ...statsMigrations,
  ...stats2Migrations,
];
