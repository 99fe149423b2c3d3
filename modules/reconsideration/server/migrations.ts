import type { AppMigration } from '@tianping/server/db/migration';

/** Tables of administrative reconsideration and litigation response (see tables.ts). */
export const reconsiderationMigrations: AppMigration[] = [
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
  {
    // Local rules where the law is silent (statutory-rules.md §1 ⚠️), e.g. whether suspension time counts.
    name: '202611281120_reconsideration_settings',
    async up(db, d) {
      await db.schema
        .createTable('recon_settings')
        .addColumn('key', 'varchar(60)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'varchar(26)')
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
    },
  },
  {
    // 撤回 (第七十四条): the applicant's request and its approval.
    name: '202611281121_reconsideration_withdrawals',
    async up(db, d) {
      await db.schema
        .createTable('recon_withdrawals')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('source', 'varchar(20)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('requested_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('approved_on', 'varchar(10)')
        .addColumn('approval_reason', 'text')
        .addColumn('approved_by', 'varchar(26)')
        .addColumn('bars_reapplication', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_withdrawals_case').on('recon_withdrawals').column('case_id').execute();
    },
  },
  {
    // Handling details: reply evidence, whether a suspension stopped the clocks, its resumption reason, the lapse notice.
    name: '202611281122_reconsideration_handling_columns',
    async up(db, d) {
      await db.schema
        .alterTable('recon_replies')
        .addColumn('evidence_attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();
      await db.schema
        .alterTable('recon_suspensions')
        .addColumn('excluded_from_period', d.flag, (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('recon_suspensions').addColumn('resume_reason', 'text').execute();
      await db.schema.alterTable('recon_suspensions').addColumn('lapse_notified_at', d.instant).execute();
    },
  },
  {
    // How a case ended without a decision: termination (第四十一条), dismissal (第三十三条), mediation (第七十三条), withdrawal.
    name: '202611281123_reconsideration_closures',
    async up(db, d) {
      await db.schema
        .createTable('recon_closures')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('recon_cases.id'))
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('ground', 'varchar(40)')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('agreement', 'text')
        .addColumn('closed_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('document_attachment_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('recon_closures_case').on('recon_closures').column('case_id').execute();
    },
  },
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
  {
    // 第三十二条: an application forwarded by the agency that made an on-the-spot act names it and the day.
    name: '202611281110_reconsideration_intake_forwarding',
    async up(db) {
      await db.schema.alterTable('recon_cases').addColumn('forwarded_by', 'varchar(200)').execute();
      await db.schema.alterTable('recon_cases').addColumn('forwarded_on', 'varchar(10)').execute();
    },
  },
  {
    // The workbench list filtered by state (待审查 …) newest first, and by the decision clock (overdue / due soon).
    name: '202611281111_reconsideration_list_indexes',
    async up(db) {
      await db.schema.createIndex('recon_cases_state_received').on('recon_cases').columns(['state', 'received_on', 'id']).execute();
      await db.schema.createIndex('recon_cases_state_due').on('recon_cases').columns(['state', 'decision_due_on']).execute();
    },
  },
  {
    // Statistics (metrics.ts): cases closed (or accepted) in a period, read from the index alone.
    // Named after 202611281000_service_fallback_reminded so that databases which already ran it can still migrate
    // (names must sort after every executed migration).
    name: '202611282140_reconsideration_statistics_index',
    async up(db) {
      await db.schema
        .createIndex('recon_cases_stats_closed')
        .on('recon_cases')
        .columns(['closed_on', 'state', 'decision_type', 'outcome', 'org_id', 'region_code', 'received_on', 'id'])
        .execute();
      await db.schema.createIndex('recon_cases_accepted').on('recon_cases').columns(['accepted_on', 'org_id', 'region_code']).execute();
    },
  },
];
