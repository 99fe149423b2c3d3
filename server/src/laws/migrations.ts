import type { AppMigration } from '../db/migration';

export const lawsMigrations: AppMigration[] = [
  {
    name: '202601010410_laws_library',
    async up(db, d) {
      await db.schema
        .createTable('laws')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('title', 'varchar(200)', (c) => c.notNull().unique())
        .addColumn('official_title', 'varchar(300)', (c) => c.notNull())
        .addColumn('category', 'varchar(40)', (c) => c.notNull())
        .addColumn('issuing_body', 'varchar(100)', (c) => c.notNull())
        .addColumn('promulgated_on', 'varchar(10)')
        .addColumn('effective_on', 'varchar(10)')
        .addColumn('amended_on', 'varchar(10)')
        .addColumn('version_date', 'varchar(10)')
        .addColumn('effective_date_basis', 'varchar(10)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('status_note', 'text')
        .addColumn('history', d.json, (c) => c.notNull())
        .addColumn('preamble', 'text')
        .addColumn('appendix', 'text')
        .addColumn('source_file', 'varchar(200)', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('imported_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('laws_category').on('laws').columns(['category', 'sort_order']).execute();

      await db.schema
        .createTable('law_articles')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('law_id', 'varchar(26)', (c) => c.notNull().references('laws.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('suffix', 'integer', (c) => c.notNull())
        .addColumn('label', 'varchar(40)', (c) => c.notNull())
        .addColumn('part_title', 'varchar(200)')
        .addColumn('subpart_title', 'varchar(200)')
        .addColumn('chapter_title', 'varchar(200)')
        .addColumn('section_title', 'varchar(200)')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addUniqueConstraint('law_articles_number', ['law_id', 'number', 'suffix'])
        .execute();
      await db.schema.createIndex('law_articles_ordinal').on('law_articles').columns(['law_id', 'ordinal']).execute();
    },
    async down(db) {
      await db.schema.dropTable('law_articles').execute();
      await db.schema.dropTable('laws').execute();
    },
  },
];
