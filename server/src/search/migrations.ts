import { sql } from 'kysely';
import type { AppMigration } from '../db/migration';
import { ftsTable, pgDocumentVector } from './search-sql';

export const searchMigrations: AppMigration[] = [
  {
    name: '202601010400_search_documents',
    async up(db, d) {
      await d
        .serial(db.schema.createTable('search_documents'), 'id')
        .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('org_id', 'varchar(26)')
        .addColumn('permission', 'varchar(100)')
        .addColumn('group_key', 'varchar(100)')
        .addColumn('public', d.flag, (c) => c.notNull())
        .addColumn('boost', 'real', (c) => c.notNull().defaultTo(1))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('keywords', 'text', (c) => c.notNull())
        .addColumn('url', 'varchar(500)', (c) => c.notNull())
        .addColumn('title_tokens', 'text', (c) => c.notNull())
        .addColumn('keyword_tokens', 'text', (c) => c.notNull())
        .addColumn('body_tokens', 'text', (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .addUniqueConstraint('search_documents_entity', ['entity_type', 'entity_id'])
        .execute();
      await db.schema.createIndex('search_documents_group').on('search_documents').columns(['group_key']).execute();
      await db.schema.createIndex('search_documents_org').on('search_documents').columns(['org_id']).execute();

      if (d.isPg) {
        await sql.raw(`CREATE INDEX search_documents_vector ON search_documents USING gin (${pgDocumentVector})`).execute(db);
        return;
      }
      // External-content FTS5: the tokens live once, in search_documents; the triggers keep the
      // index in step with every insert, update (of the tokens) and delete.
      await sql
        .raw(
          `CREATE VIRTUAL TABLE ${ftsTable} USING fts5(title_tokens, keyword_tokens, body_tokens, content='search_documents', content_rowid='id', tokenize='unicode61')`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
             INSERT INTO ${ftsTable}(rowid, title_tokens, keyword_tokens, body_tokens) VALUES (new.id, new.title_tokens, new.keyword_tokens, new.body_tokens);
           END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
             INSERT INTO ${ftsTable}(${ftsTable}, rowid, title_tokens, keyword_tokens, body_tokens) VALUES ('delete', old.id, old.title_tokens, old.keyword_tokens, old.body_tokens);
           END`,
        )
        .execute(db);
      await sql
        .raw(
          `CREATE TRIGGER search_documents_au AFTER UPDATE OF title_tokens, keyword_tokens, body_tokens ON search_documents BEGIN
             INSERT INTO ${ftsTable}(${ftsTable}, rowid, title_tokens, keyword_tokens, body_tokens) VALUES ('delete', old.id, old.title_tokens, old.keyword_tokens, old.body_tokens);
             INSERT INTO ${ftsTable}(rowid, title_tokens, keyword_tokens, body_tokens) VALUES (new.id, new.title_tokens, new.keyword_tokens, new.body_tokens);
           END`,
        )
        .execute(db);
    },
    async down(db, d) {
      if (!d.isPg) await sql.raw(`DROP TABLE IF EXISTS ${ftsTable}`).execute(db);
      await db.schema.dropTable('search_documents').execute();
    },
  },
];
