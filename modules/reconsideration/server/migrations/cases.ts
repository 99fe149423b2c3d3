import type { AppMigration } from '@tianping/server/db/migration';

/** The tables of a case and of litigation response (see tables.ts). */
export const casesMigrations: AppMigration[] = [
  {
    name: '202611281101_reconsideration_cases',
    async up(db, d) {
      await db.schema
        .createTable('recon_cases')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_number', 'varchar(60)', (c) => c.unique())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        .addColumn('state', 'varchar(20)', (c) => c.notNull())
        .addColumn('procedure', 'varchar(20)')
        .addColumn('proposed_procedure', 'varchar(20)', (c) => c.notNull())
        .addColumn('channel', 'varchar(20)', (c) => c.notNull())
        .addColumn('applicant_kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('applicant_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('applicant_id_number_enc', 'text')
        .addColumn('applicant_id_number_index', 'varchar(64)')
        .addColumn('applicant_phone_enc', 'text')
        .addColumn('applicant_phone_index', 'varchar(64)')
        .addColumn('applicant_address_enc', 'text')
        .addColumn('applicant_citizen_id', 'varchar(26)')
        .addColumn('respondent_org_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('respondent_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('act_kind', 'varchar(30)', (c) => c.notNull())
        .addColumn('act_document_no', 'varchar(100)')
        .addColumn('act_made_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('act_learned_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('rights_stated', d.flag, (c) => c.notNull())
        .addColumn('rights_learned_on', 'varchar(10)')
        .addColumn('involves_real_property', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('on_the_spot', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('warning_or_criticism', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('amount_fen', 'bigint')
        .addColumn('parties_agree_simplified', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('requests', 'text', (c) => c.notNull())
        .addColumn('facts_and_reasons', 'text', (c) => c.notNull())
        .addColumn('received_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('timeliness', 'text', (c) => c.notNull())
        .addColumn('late', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('handler_id', 'varchar(26)', (c) => c.references('users.id'))
        .addColumn('accepted_on', 'varchar(10)')
        .addColumn('deemed_accepted', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('rejection_reason', 'text')
        .addColumn('decision_due_on', 'varchar(10)')
        .addColumn('extension_days', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('suspended', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('closed_on', 'varchar(10)')
        .addColumn('outcome', 'varchar(30)')
        .addColumn('decision_type', 'varchar(30)')
        .addColumn('satisfaction', 'integer')
        .addColumn('satisfaction_comment', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      // The workbench list: scoped by organisation, newest first; statistics by region and period.
      await db.schema.createIndex('recon_cases_org_received').on('recon_cases').columns(['org_id', 'received_on', 'id']).execute();
      await db.schema.createIndex('recon_cases_received').on('recon_cases').columns(['received_on', 'id']).execute();
      await db.schema.createIndex('recon_cases_respondent').on('recon_cases').columns(['respondent_org_id', 'received_on']).execute();
      await db.schema.createIndex('recon_cases_citizen').on('recon_cases').column('applicant_citizen_id').execute();
      await db.schema.createIndex('recon_cases_region_state').on('recon_cases').columns(['region_code', 'state']).execute();
      await db.schema.createIndex('recon_cases_closed').on('recon_cases').columns(['closed_on', 'region_code']).execute();
      // 第二十二条: one application per act — open cases of the same applicant, respondent and act.
      await db.schema
        .createIndex('recon_cases_act')
        .on('recon_cases')
        .columns(['applicant_id_number_index', 'respondent_name', 'act_document_no'])
        .execute();

      await db.schema
        .createTable('recon_parties')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('role', 'varchar(20)', (c) => c.notNull())
        .addColumn('name', 'varchar(200)', (c) => c.notNull())
        .addColumn('id_number_enc', 'text')
        .addColumn('id_number_index', 'varchar(64)')
        .addColumn('phone_enc', 'text')
        .addColumn('agent_kind', 'varchar(30)')
        .addColumn('authorisation_attachment_id', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_parties_case').on('recon_parties').column('case_id').execute();

      await db.schema
        .createTable('recon_corrections')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('notice_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('due_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('extended_to', 'varchar(10)')
        .addColumn('corrected_on', 'varchar(10)')
        .addColumn('response', 'text')
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_corrections_case').on('recon_corrections').column('case_id').execute();

      await db.schema
        .createTable('recon_replies')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('copy_sent_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('copy_received_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('reply_due_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('replied_on', 'varchar(10)')
        .addColumn('reply_text', 'text')
        .addColumn('replied_by', 'varchar(26)')
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_replies_case').on('recon_replies').column('case_id').execute();

      await db.schema
        .createTable('recon_hearings')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('scheduled_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('notice_on', 'varchar(10)')
        .addColumn('panel', 'text', (c) => c.notNull())
        .addColumn('place', 'varchar(200)')
        .addColumn('held_on', 'varchar(10)')
        .addColumn('record', 'text')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_hearings_case').on('recon_hearings').column('case_id').execute();

      await db.schema
        .createTable('recon_consultations')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('requested_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('opinions', 'text', (c) => c.notNull())
        .addColumn('conclusion', 'text')
        .addColumn('recorded_on', 'varchar(10)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_consultations_case').on('recon_consultations').column('case_id').execute();

      await db.schema
        .createTable('recon_suspensions')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('ground', 'varchar(40)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('suspended_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('termination_due_on', 'varchar(10)')
        .addColumn('resumed_on', 'varchar(10)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_suspensions_case').on('recon_suspensions').column('case_id').execute();
      await db.schema.createIndex('recon_suspensions_due').on('recon_suspensions').columns(['termination_due_on', 'resumed_on']).execute();

      await db.schema
        .createTable('recon_decisions')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('decision_type', 'varchar(30)', (c) => c.notNull())
        .addColumn('with_compensation', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('reasoning', 'text', (c) => c.notNull())
        .addColumn('approval_route', 'varchar(20)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('drafted_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('issued_on', 'varchar(10)')
        .addColumn('document_attachment_id', 'varchar(26)')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_decisions_case').on('recon_decisions').column('case_id').execute();

      await db.schema
        .createTable('recon_approvals')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('decision_id', 'varchar(26)', (c) => c.notNull().references('recon_decisions.id'))
        .addColumn('step', 'varchar(20)', (c) => c.notNull())
        .addColumn('verdict', 'varchar(20)', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('actor_id', 'varchar(26)', (c) => c.notNull())
        .addColumn('actor_name', 'varchar(100)', (c) => c.notNull())
        .addColumn('at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_approvals_decision').on('recon_approvals').column('decision_id').execute();

      await db.schema
        .createTable('recon_litigations')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        .addColumn('recon_case_id', 'varchar(26)', (c) => c.references('recon_cases.id'))
        .addColumn('court', 'varchar(200)', (c) => c.notNull())
        .addColumn('court_case_number', 'varchar(100)', (c) => c.notNull())
        .addColumn('plaintiff', 'varchar(200)', (c) => c.notNull())
        .addColumn('defendant', 'varchar(200)', (c) => c.notNull())
        .addColumn('co_defendant', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('cause', 'varchar(200)', (c) => c.notNull())
        .addColumn('complaint_served_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('defence_due_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('defence_submitted_on', 'varchar(10)')
        .addColumn('hearings', 'text', (c) => c.notNull())
        .addColumn('head_appeared', d.flag)
        .addColumn('absence_reason', 'text')
        .addColumn('first_instance_outcome', 'varchar(30)')
        .addColumn('second_instance_outcome', 'varchar(30)')
        .addColumn('result', 'varchar(20)', (c) => c.notNull())
        .addColumn('closed_on', 'varchar(10)')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_litigations_org').on('recon_litigations').columns(['org_id', 'complaint_served_on']).execute();
      await db.schema.createIndex('recon_litigations_case').on('recon_litigations').column('recon_case_id').execute();
      await db.schema
        .createIndex('recon_litigations_region')
        .on('recon_litigations')
        .columns(['region_code', 'complaint_served_on'])
        .execute();
    },
  },
];
