import { sql, type AppMigration } from '../db/migration';

export const orgMigrations: AppMigration[] = [
  {
    name: '202601010010_org_regions_organisations',
    async up(db, d) {
      await db.schema
        .createTable('regions')
        .addColumn('code', 'varchar(12)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(100)', (c) => c.notNull())
        .addColumn('level', 'integer', (c) => c.notNull())
        .addColumn('parent_code', 'varchar(12)')
        .execute();
      await db.schema.createIndex('regions_parent').on('regions').column('parent_code').execute();
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('code', 'varchar(40)', (c) => c.notNull().unique())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('short_name', 'varchar(100)')
        .addColumn('type', 'varchar(40)', (c) => c.notNull())
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull().references('regions.code'))
        .addColumn('parent_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('path', 'varchar(1000)', (c) => c.notNull())
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addColumn('active', d.flag, (c) => c.notNull().defaultTo(1))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('organisations_parent').on('organisations').columns(['parent_id', 'name']).execute();
      await db.schema.createIndex('organisations_path').on('organisations').column('path').execute();
      await db.schema.createIndex('organisations_region').on('organisations').columns(['region_code', 'type']).execute();
    },
  },
  {
    // Subtree scope filters with `path LIKE '<prefix>%'`. A plain b-tree index serves that
    // only under the C collation on PostgreSQL (hence varchar_pattern_ops) and only with a
    // NOCASE index on SQLite, whose LIKE is case-insensitive by default.
    name: '202601010011_org_path_pattern_index',
    async up(db, d) {
      if (d.isPg) {
        await sql`create index organisations_path_pattern on organisations (path varchar_pattern_ops)`.execute(db);
      } else {
        await sql`create index organisations_path_nocase on organisations (path collate nocase)`.execute(db);
      }
    },
  },
];
