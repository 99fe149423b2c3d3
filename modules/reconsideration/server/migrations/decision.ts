import type { AppMigration } from '@tianping/server/db/migration';

/** Decisions: opinion and suggestion letters, publication snapshots. */
export const decisionMigrations: AppMigration[] = [
  {
    // 第七十六条: opinion letters (the recipient reports within 60 days) and suggestion letters (no period).
    name: '202611281130_reconsideration_opinion_letters',
    async up(db, d) {
      await db.schema
        .createTable('recon_opinion_letters')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('recipient_org_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('recipient_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('report_due_on', 'varchar(10)')
        .addColumn('reported_on', 'varchar(10)')
        .addColumn('report_content', 'text')
        .addColumn('document_attachment_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_opinion_letters_case').on('recon_opinion_letters').column('case_id').execute();
      await db.schema
        .createIndex('recon_opinion_letters_due')
        .on('recon_opinion_letters')
        .columns(['report_due_on', 'reported_on'])
        .execute();
    },
  },
  {
    // 第六十一条第二款 (decision on the hearing record), the operative details, and 第七十九条 publication.
    name: '202611281131_reconsideration_decision_publication',
    async up(db, d) {
      await db.schema.alterTable('recon_decisions').addColumn('operative_details', 'text').execute();
      await db.schema
        .alterTable('recon_decisions')
        .addColumn('based_on_hearing_record', d.flag, (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('recon_publications')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('decision_id', 'varchar(26)', (c) => c.notNull().unique().references('recon_decisions.id'))
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('case_number', 'varchar(60)')
        .addColumn('issuer', 'varchar(200)', (c) => c.notNull())
        .addColumn('applicant', 'varchar(200)', (c) => c.notNull())
        .addColumn('respondent_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('act_kind', 'varchar(30)', (c) => c.notNull())
        .addColumn('decision_type', 'varchar(30)', (c) => c.notNull())
        .addColumn('with_compensation', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('requests', 'text', (c) => c.notNull())
        .addColumn('reasoning', 'text', (c) => c.notNull())
        .addColumn('operative', 'text', (c) => c.notNull())
        .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('published_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('published_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_publications_published').on('recon_publications').columns(['published_on', 'id']).execute();
    },
  },
];
