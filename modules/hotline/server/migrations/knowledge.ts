import type { AppMigration } from '@tianping/server/db/migration';

/** Knowledge base, online consultations and public Q&A (HK, NN 40–59; see knowledge-tables.ts). */
export const knowledgeMigrations: AppMigration[] = [
  {
    name: '202611290340_hotline_articles',
    async up(db, d) {
      await db.schema
        .createTable('hl_articles')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('category', 'varchar(60)', (c) => c.notNull())
        .addColumn('title', 'varchar(200)', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('current_version', 'integer', (c) => c.notNull())
        .addColumn('published_version', 'integer')
        .addColumn('published_title', 'varchar(200)')
        .addColumn('published_body', 'text')
        .addColumn('published_at', d.instant)
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('updated_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hl_articles_state').on('hl_articles').columns(['state', 'category']).execute();

      await db.schema
        .createTable('hl_article_versions')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('article_id', 'varchar(26)', (c) => c.notNull().references('hl_articles.id'))
        .addColumn('version_no', 'integer', (c) => c.notNull())
        .addColumn('category', 'varchar(60)', (c) => c.notNull())
        .addColumn('title', 'varchar(200)', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('law_article_ids', d.json, (c) => c.notNull())
        .addColumn('review_state', 'varchar(20)', (c) => c.notNull())
        .addColumn('edited_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('edited_at', d.instant, (c) => c.notNull())
        .addColumn('reviewed_by', 'varchar(26)')
        .addColumn('reviewed_at', d.instant)
        .addColumn('review_comment', 'text')
        .addUniqueConstraint('hl_article_versions_no', ['article_id', 'version_no'])
        .execute();

      await db.schema
        .createTable('hl_article_laws')
        .addColumn('article_id', 'varchar(26)', (c) => c.notNull().references('hl_articles.id'))
        .addColumn('law_article_id', 'varchar(100)', (c) => c.notNull())
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('hl_article_laws_pk', ['article_id', 'law_article_id'])
        .execute();
    },
  },
  {
    name: '202611290341_hotline_consultations',
    async up(db, d) {
      await db.schema
        .createTable('hl_consultations')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('number', 'varchar(60)', (c) => c.notNull().unique())
        .addColumn('citizen_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('org_id', 'varchar(26)')
        .addColumn('category', 'varchar(60)', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('submitted_at', d.instant, (c) => c.notNull())
        .addColumn('due_at', d.instant, (c) => c.notNull())
        .addColumn('claimed_by', 'varchar(26)')
        .addColumn('claimed_at', d.instant)
        .addColumn('answer', 'text')
        .addColumn('law_article_ids', d.json, (c) => c.notNull())
        .addColumn('answered_by', 'varchar(26)')
        .addColumn('answered_at', d.instant)
        .addColumn('rating', 'varchar(30)')
        .addColumn('rating_comment', 'text')
        .addColumn('rated_at', d.instant)
        .addColumn('letter_document_id', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hl_consultations_queue').on('hl_consultations').columns(['state', 'due_at']).execute();
      await db.schema.createIndex('hl_consultations_citizen').on('hl_consultations').columns(['citizen_id', 'submitted_at']).execute();

      await db.schema
        .createTable('hl_public_qa')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('consultation_id', 'varchar(26)')
        .addColumn('category', 'varchar(60)', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('proposed_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('proposed_at', d.instant, (c) => c.notNull())
        .addColumn('reviewed_by', 'varchar(26)')
        .addColumn('reviewed_at', d.instant)
        .addColumn('review_comment', 'text')
        .execute();
      await db.schema.createIndex('hl_public_qa_state').on('hl_public_qa').columns(['state', 'category']).execute();
    },
  },
];
