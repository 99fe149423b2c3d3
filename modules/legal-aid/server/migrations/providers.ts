import type { AppMigration } from '@tianping/server/db/migration';

/** Providers, their history, assignments and duty lawyers (see provider-tables.ts). */
export const providerMigrations: AppMigration[] = [
  {
    name: '202611290230_legalaid_providers',
    async up(db, d) {
      await db.schema
        .createTable('aid_providers')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(26)', (c) => c.references('users.id'))
        .addColumn('firm_org_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        .addColumn('specialities', d.json, (c) => c.notNull())
        .addColumn('licence_no', 'varchar(40)')
        .addColumn('practice_since', 'varchar(10)')
        .addColumn('relevant_criminal_years', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('contact_phone', 'varchar(40)')
        .addColumn('id_number_enc', 'text')
        .addColumn('id_number_index', 'varchar(64)')
        .addColumn('active', d.flag, (c) => c.notNull().defaultTo(1))
        .addColumn('note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_providers_org').on('aid_providers').columns(['org_id', 'active']).execute();
      await db.schema.createIndex('aid_providers_region').on('aid_providers').columns(['region_code', 'active']).execute();
      await db.schema.createIndex('aid_providers_firm').on('aid_providers').column('firm_org_id').execute();
      await db.schema.createIndex('aid_providers_user').on('aid_providers').column('user_id').execute();

      await db.schema
        .createTable('aid_provider_history')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('provider_id', 'varchar(26)', (c) => c.notNull().references('aid_providers.id'))
        .addColumn('side', 'varchar(10)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('id_number_index', 'varchar(64)')
        .addColumn('matter', 'varchar(200)')
        .addColumn('date', 'varchar(10)')
        .addColumn('source', 'varchar(20)', (c) => c.notNull())
        .addColumn('case_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_provider_history_provider').on('aid_provider_history').columns(['provider_id', 'side']).execute();
    },
  },
  {
    name: '202611290231_legalaid_assignments',
    async up(db, d) {
      await db.schema
        .createTable('aid_assignments')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('aid_cases.id'))
        .addColumn('provider_id', 'varchar(26)', (c) => c.notNull().references('aid_providers.id'))
        .addColumn('user_id', 'varchar(26)')
        .addColumn('proposal', d.json, (c) => c.notNull())
        .addColumn('proposed_rank', 'integer')
        .addColumn('override_reason', 'text')
        .addColumn('replaces_assignment_id', 'varchar(26)')
        .addColumn('replacement_reason', 'text')
        .addColumn('assigned_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('assigned_at', d.instant, (c) => c.notNull())
        .addColumn('on_time', d.flag, (c) => c.notNull())
        .addColumn('assigned_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('ended_on', 'varchar(10)')
        .addColumn('end_reason', 'varchar(20)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_assignments_case').on('aid_assignments').columns(['case_id', 'ended_on']).execute();
      // Load, rotation count and last assignment per provider (the proposal's aggregates).
      await db.schema
        .createIndex('aid_assignments_provider')
        .on('aid_assignments')
        .columns(['provider_id', 'ended_on', 'assigned_on', 'assigned_at'])
        .execute();
      await db.schema.createIndex('aid_assignments_assigned').on('aid_assignments').columns(['assigned_on', 'on_time']).execute();
    },
  },
  {
    name: '202611290232_legalaid_duty',
    async up(db, d) {
      await db.schema
        .createTable('aid_duty_stations')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('host_kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('host_org_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('host_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('address', 'varchar(300)')
        .addColumn('active', d.flag, (c) => c.notNull().defaultTo(1))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_duty_stations_org').on('aid_duty_stations').column('org_id').execute();

      await db.schema
        .createTable('aid_duty_rosters')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('station_id', 'varchar(26)', (c) => c.notNull().references('aid_duty_stations.id'))
        .addColumn('duty_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('provider_id', 'varchar(26)', (c) => c.notNull().references('aid_providers.id'))
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('aid_duty_rosters_unique')
        .on('aid_duty_rosters')
        .columns(['station_id', 'duty_date', 'provider_id'])
        .unique()
        .execute();
      await db.schema.createIndex('aid_duty_rosters_provider').on('aid_duty_rosters').columns(['provider_id', 'duty_date']).execute();

      await db.schema
        .createTable('aid_duty_services')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('visit_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('station_id', 'varchar(26)', (c) => c.notNull().references('aid_duty_stations.id'))
        .addColumn('provider_id', 'varchar(26)', (c) => c.notNull().references('aid_providers.id'))
        .addColumn('served_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('kind', 'varchar(30)', (c) => c.notNull())
        .addColumn('person_name', 'varchar(100)', (c) => c.notNull())
        .addColumn('stage', 'varchar(20)', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('forwarded_case_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      // Monthly statistics per station and kind.
      await db.schema
        .createIndex('aid_duty_services_station')
        .on('aid_duty_services')
        .columns(['station_id', 'served_on', 'kind'])
        .execute();
      await db.schema.createIndex('aid_duty_services_visit').on('aid_duty_services').column('visit_id').execute();
    },
  },
  {
    name: '202611290233_legalaid_assignment_settings',
    async up(db, d) {
      await db.schema
        .createTable('aid_assignment_settings')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('weights', d.json, (c) => c.notNull())
        .addColumn('conflict_levels', d.json, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_by', 'varchar(26)')
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
    },
  },
];
