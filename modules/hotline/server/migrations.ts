import type { AppMigration } from '@tianping/server/db/migration';
import { aftercareMigrations } from './migrations/aftercare';
import { callsMigrations } from './migrations/calls';
import { handlingMigrations } from './migrations/handling';
import { knowledgeMigrations } from './migrations/knowledge';
import { statsMigrations } from './migrations/stats';
import { stats2Migrations } from './migrations/stats-2';

/**
 * Tables of the hotline (see tables.ts), by area; the migrator runs all migrations in name order.
 * 2026112903NN: HA 00–19 (calls, tickets, rosters, settings), HT 20–39 (handling, aftercare), HK 40–59, HS 60 (stats), HP1 61–79 (stats-2).
 * 2026112905NN: session 5 (aftercare additions). A new migration's name must sort after every migration already
 * released: Kysely refuses a database that has run later names than a newly added one ("corrupted migrations").
 */
export const hotlineMigrations: AppMigration[] = [
  ...callsMigrations,
  ...handlingMigrations,
  ...aftercareMigrations,
  ...knowledgeMigrations,
  ...statsMigrations,
  ...stats2Migrations,
];
