import type { AppMigration } from '@tianping/server/db/migration';

/** The tables of a mediation case: cases, parties with consent, recusals, settings (see tables.ts). */
export const casesMigrations: AppMigration[] = [
  {
    name: '202611290100_mediation_cases',
    async up(db, d) {
      await db.schema
        .createTable('med_cases')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_number', 'varchar(60)', (c) => c.notNull().unique())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('source', 'varchar(20)', (c) => c.notNull())
        .addColumn('kind', 'varchar(30)', (c) => c.notNull())
        .addColumn('amount_yuan', 'double precision')
        .addColumn('title', 'varchar(200)', (c) => c.notNull())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('referrer_name', 'varchar(200)')
        .addColumn('referrer_id', 'varchar(26)')
        .addColumn('external_ref', 'varchar(100)')
        .addColumn('incident_region_code', 'varchar(12)')
        .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('accepted_on', 'varchar(10)')
        .addColumn('mediator_id', 'varchar(26)')
        .addColumn('mediator_chosen_by_parties', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('target_days', 'integer')
        .addColumn('target_due_on', 'varchar(10)')
        .addColumn('closed_on', 'varchar(10)')
        .addColumn('outcome', 'varchar(30)')
        .addColumn('closing_reason', 'text')
        .addColumn('risk_level', 'varchar(10)', (c) => c.notNull().defaultTo('none'))
        .addColumn('risk_reported_to_police', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('public_session', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('citizen_id', 'varchar(26)')
        .addColumn('linked_case_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      // The workbench list: scoped by committee, newest first; statistics by region, period, state.
      await db.schema.createIndex('med_cases_org_received').on('med_cases').columns(['org_id', 'received_on', 'id']).execute();
      await db.schema.createIndex('med_cases_received').on('med_cases').columns(['received_on', 'id']).execute();
      await db.schema.createIndex('med_cases_region_state').on('med_cases').columns(['region_code', 'state']).execute();
      await db.schema.createIndex('med_cases_closed').on('med_cases').columns(['closed_on', 'region_code']).execute();
      await db.schema.createIndex('med_cases_mediator').on('med_cases').columns(['mediator_id', 'state']).execute();
      await db.schema.createIndex('med_cases_citizen').on('med_cases').column('citizen_id').execute();
      await db.schema.createIndex('med_cases_target').on('med_cases').columns(['state', 'target_due_on']).execute();

      await db.schema
        .createTable('med_parties')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('role', 'varchar(20)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('kind', 'varchar(10)', (c) => c.notNull())
        .addColumn('gender', 'varchar(10)')
        .addColumn('id_number_enc', 'text')
        .addColumn('id_number_index', 'varchar(64)')
        .addColumn('phone_enc', 'text')
        .addColumn('phone_index', 'varchar(64)')
        .addColumn('address_enc', 'text')
        .addColumn('citizen_id', 'varchar(26)')
        .addColumn('consent', 'varchar(10)', (c) => c.notNull().defaultTo('pending'))
        .addColumn('consent_way', 'varchar(10)')
        .addColumn('consent_at', d.instant)
        .addColumn('consent_recorded_by', 'varchar(26)')
        .addColumn('refusal_reason', 'text')
        .addColumn('chosen_mediator_id', 'varchar(26)')
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_parties_case').on('med_parties').column('case_id').execute();
      // Duplicate detection (same parties through two channels) and the citizen's own cases.
      await db.schema.createIndex('med_parties_id_number').on('med_parties').column('id_number_index').execute();
      await db.schema.createIndex('med_parties_phone').on('med_parties').column('phone_index').execute();
      await db.schema.createIndex('med_parties_citizen').on('med_parties').column('citizen_id').execute();

      await db.schema
        .createTable('med_recusals')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('mediator_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'varchar(20)', (c) => c.notNull())
        .addColumn('recorded_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('recorded_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_recusals_case').on('med_recusals').column('case_id').execute();

      await db.schema
        .createTable('med_settings')
        .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'varchar(26)')
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
    },
  },
];
