import type { AppMigration } from '@tianping/server/db/migration';

/**
 * Aftercare additions: the population of a follow-up draw is stored with it (so that
 * GET /api/hotline/followups/draws/:id recomputes and verifies it), and the once-only overdue notice of
 * online consultations (consultation.jobs.ts).
 */
export const aftercareMigrations: AppMigration[] = [
  {
    name: '202611290501_hotline_followup_draw_population',
    async up(db) {
      // JSON: the population query ({from, to, orgId?, excludesEarlierFollowUps}) and the sorted ticket ids;
      // null on draws recorded before this migration (they cannot be recomputed).
      await db.schema.alterTable('hl_followup_draws').addColumn('population_query', 'text').execute();
      await db.schema.alterTable('hl_followup_draws').addColumn('population_ids', 'text').execute();
    },
  },
  {
    name: '202611290502_hotline_consultation_overdue_notified',
    async up(db, d) {
      await db.schema
        .alterTable('hl_consultations')
        .addColumn('overdue_notified', d.flag, (c) => c.notNull().defaultTo(0))
        .execute();
    },
  },
];
