import type { AppMigration } from '@tianping/server/db/migration';

/**
 * Covering indexes for the statistics page over a year (HP1, NN 61–79; metrics.ts, metrics-service.ts).
 * Every hotline metric selects the records of a period by an instant and reads a few columns of each:
 * with the single-column instant indexes of 202611290360 each of a year's ≈470,000 calls or tickets cost
 * an index probe plus a table-row fetch, per metric. These indexes hold the instant first (the period
 * range), then every column the metrics read — the outcome columns, the series column, the centre
 * (scope) — so the aggregates are answered from the index alone on SQLite (and by index-only scans on
 * PostgreSQL).
 */
export const stats2Migrations: AppMigration[] = [
  {
    name: '202611290361_hotline_stats_calls_covering',
    async up(db) {
      // calls offered / answered / abandoned, connection rate, average and 90th-percentile wait
      await db.schema
        .createIndex('hl_calls_offered_stats')
        .on('hl_calls')
        .columns(['offered_at', 'wait_seconds', 'answered_at', 'abandoned_at', 'org_id'])
        .execute();
      // agents' workload: calls answered and talk time by agent (by the instant answered)
      await db.schema
        .createIndex('hl_calls_answered_stats')
        .on('hl_calls')
        .columns(['answered_at', 'agent_user_id', 'talk_seconds', 'org_id'])
        .execute();
    },
  },
  {
    name: '202611290362_hotline_stats_tickets_covering',
    async up(db) {
      // tickets by category, by channel, answered per agent
      await db.schema
        .createIndex('hl_tickets_created_stats')
        .on('hl_tickets')
        .columns(['created_at', 'category', 'channel', 'answered_by', 'org_id'])
        .execute();
    },
  },
  {
    name: '202611290363_hotline_stats_service_covering',
    async up(db) {
      await db.schema.createIndex('hl_surveys_answered_stats').on('hl_surveys').columns(['answered_at', 'rating', 'org_id']).execute();
      await db.schema
        .createIndex('hl_transfers_created_stats')
        .on('hl_transfers')
        .columns(['created_at', 'state', 'destination', 'org_id'])
        .execute();
    },
  },
  {
    // The single-column instant indexes of 202611290360 are prefixes of the covering ones above: dropped,
    // so recording a call or a ticket maintains no more indexes than before.
    name: '202611290364_hotline_stats_drop_superseded',
    async up(db) {
      await db.schema.dropIndex('hl_calls_offered').execute();
      await db.schema.dropIndex('hl_calls_answered').execute();
      await db.schema.dropIndex('hl_tickets_created').execute();
    },
  },
];
