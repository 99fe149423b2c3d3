import type { AppMigration } from '@tianping/server/db/migration';

/**
 * Indexes for the statistics (HS, NN 60–79; metrics.ts): a city-wide reader's metrics select calls
 * by the instant offered or answered and tickets by creation over every centre, which the
 * per-centre indexes (`org_id, …`) do not serve — without these a month of a year's 470,000 calls
 * would scan the whole table.
 */
export const statsMigrations: AppMigration[] = [
  {
    name: '202611290360_hotline_stats_indexes',
    async up(db) {
      await db.schema.createIndex('hl_calls_offered').on('hl_calls').column('offered_at').execute();
      await db.schema.createIndex('hl_calls_answered').on('hl_calls').column('answered_at').execute();
      await db.schema.createIndex('hl_tickets_created').on('hl_tickets').column('created_at').execute();
    },
  },
];
