import type { AppMigration } from '@tianping/server/db/migration';

/** Cases, parties, notices, material requests and hardship standards (AA, NN 00–29; see tables.ts). */
export const casesMigrations: AppMigration[] = [
  {
    name: '202611290200_legalaid_cases',
    async up(db, d) {
      await db.schema
        .createTable('aid_cases')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_number', 'varchar(60)', (c) => c.notNull().unique())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        .addColumn('origin', 'varchar(20)', (c) => c.notNull())
        .addColumn('forwarded_by', 'varchar(200)')
        .addColumn('forwarder_kind', 'varchar(30)')
        .addColumn('forwarder_received_at', d.instant)
        .addColumn('forwarded_at', d.instant)
        .addColumn('forwarded_late', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('duty_service_id', 'varchar(26)')
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('matter_kind', 'varchar(40)', (c) => c.notNull())
        .addColumn('matter_summary', 'text', (c) => c.notNull())
        .addColumn('litigation', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('authority_name', 'varchar(200)')
        .addColumn('authority_region_code', 'varchar(12)')
        .addColumn('event_region_code', 'varchar(12)')
        .addColumn('exemption', 'varchar(40)', (c) => c.notNull())
        .addColumn('exemption_proof', 'text')
        .addColumn('household_size', 'integer')
        .addColumn('monthly_income_yuan', 'integer')
        .addColumn('hardship_check', 'varchar(20)', (c) => c.notNull())
        .addColumn('hardship_standard_id', 'varchar(26)')
        .addColumn('eligibility', 'text', (c) => c.notNull())
        .addColumn('hardship_verification', 'text')
        .addColumn('may_carry_life_or_death', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('urgent', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('urgent_ground', 'varchar(30)')
        .addColumn('urgent_reason', 'text')
        .addColumn('paperwork_completed_on', 'varchar(10)')
        .addColumn('applicant_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('citizen_id', 'varchar(26)')
        .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('received_at', d.instant, (c) => c.notNull())
        .addColumn('review_due_on', 'varchar(10)')
        .addColumn('decided_on', 'varchar(10)')
        .addColumn('decided_by', 'varchar(26)')
        .addColumn('decision_reason_kind', 'varchar(30)')
        .addColumn('decision_reason', 'text')
        .addColumn('assign_due_on', 'varchar(10)')
        .addColumn('assignee_provider_id', 'varchar(26)')
        .addColumn('assignee_user_id', 'varchar(26)')
        .addColumn('assigned_on', 'varchar(10)')
        .addColumn('closed_on', 'varchar(10)')
        .addColumn('transferred_to_case_id', 'varchar(26)')
        .addColumn('transferred_from_case_id', 'varchar(26)')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      // The review queue of a centre: scoped by organisation and state, by due date; statistics by region.
      await db.schema.createIndex('aid_cases_org_state').on('aid_cases').columns(['org_id', 'state', 'review_due_on']).execute();
      await db.schema.createIndex('aid_cases_org_received').on('aid_cases').columns(['org_id', 'received_on', 'id']).execute();
      await db.schema.createIndex('aid_cases_region_received').on('aid_cases').columns(['region_code', 'received_on']).execute();
      await db.schema.createIndex('aid_cases_assignee').on('aid_cases').columns(['assignee_user_id', 'state']).execute();
      await db.schema.createIndex('aid_cases_provider').on('aid_cases').columns(['assignee_provider_id', 'state']).execute();
      await db.schema.createIndex('aid_cases_citizen').on('aid_cases').column('citizen_id').execute();

      await db.schema
        .createTable('aid_parties')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('aid_cases.id'))
        .addColumn('role', 'varchar(20)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('id_number_enc', 'text')
        .addColumn('id_number_index', 'varchar(64)')
        .addColumn('phone_enc', 'text')
        .addColumn('phone_index', 'varchar(64)')
        .addColumn('address_enc', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_parties_case').on('aid_parties').column('case_id').execute();
      await db.schema.createIndex('aid_parties_id_number').on('aid_parties').columns(['id_number_index', 'role']).execute();

      await db.schema
        .createTable('aid_notices')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('aid_cases.id'))
        .addColumn('sender_org_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('sender_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('sender_kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('sender_token_id', 'varchar(26)')
        .addColumn('document_no', 'varchar(100)', (c) => c.notNull())
        .addColumn('sender_case_number', 'varchar(100)')
        .addColumn('stage', 'varchar(30)', (c) => c.notNull())
        .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('received_at', d.instant, (c) => c.notNull())
        .addColumn('contact_name', 'varchar(100)')
        .addColumn('contact_phone', 'varchar(40)')
        .addColumn('replied_at', d.instant)
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_notices_case').on('aid_notices').column('case_id').execute();
      await db.schema.createIndex('aid_notices_sender').on('aid_notices').columns(['sender_org_id', 'received_at']).execute();
      await db.schema.createIndex('aid_notices_sender_doc').on('aid_notices').columns(['sender_name', 'document_no']).execute();

      await db.schema
        .createTable('aid_material_requests')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('aid_cases.id'))
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('requested_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('answered_on', 'varchar(10)')
        .addColumn('answer', 'text')
        .addColumn('attachment_ids', 'text')
        .addColumn('document_attachment_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_material_requests_case').on('aid_material_requests').column('case_id').execute();
      await db.schema.createIndex('aid_material_requests_due').on('aid_material_requests').columns(['status', 'due_on']).execute();

      await db.schema
        .createTable('aid_hardship_standards')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        .addColumn('monthly_per_capita_yuan', 'integer', (c) => c.notNull())
        .addColumn('effective_from', 'varchar(10)', (c) => c.notNull())
        .addColumn('effective_to', 'varchar(10)')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('example', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('aid_hardship_standards_region')
        .on('aid_hardship_standards')
        .columns(['region_code', 'effective_from'])
        .execute();
    },
  },
];
