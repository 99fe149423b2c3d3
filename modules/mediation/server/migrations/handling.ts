import type { AppMigration } from '@tianping/server/db/migration';

/** Handling and outcomes of a mediation case (handling-tables.ts): sessions, risk, agreements, performance, confirmation. */
export const handlingMigrations: AppMigration[] = [
  {
    // 第二十条、第二十三条、第二十七条: sessions with their records and invited participants.
    name: '202611290160_mediation_sessions',
    async up(db, d) {
      await db.schema
        .createTable('med_sessions')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('start_time', 'varchar(5)')
        .addColumn('place', 'varchar(200)', (c) => c.notNull())
        .addColumn('mediator_id', 'varchar(26)')
        .addColumn('mediator_name', 'varchar(100)', (c) => c.notNull())
        .addColumn('party_ids', 'text', (c) => c.notNull())
        .addColumn('is_public', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('attachment_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_sessions_case').on('med_sessions').columns(['case_id', 'held_on']).execute();
      await db.schema
        .createTable('med_participants')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('session_id', 'varchar(26)', (c) => c.notNull().references('med_sessions.id'))
        .addColumn('name', 'varchar(100)', (c) => c.notNull())
        .addColumn('relation', 'varchar(20)', (c) => c.notNull())
        .addColumn('affiliation', 'varchar(200)')
        .addColumn('consent_party_ids', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_participants_session').on('med_participants').column('session_id').execute();
    },
  },
  {
    // 第二十五条: risk assessments, prevention measures, reports to the police.
    name: '202611290161_mediation_risk',
    async up(db, d) {
      await db.schema
        .createTable('med_risk_measures')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('assessed_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('level', 'varchar(10)', (c) => c.notNull())
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('measures', 'text', (c) => c.notNull())
        .addColumn('reported_to_police', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('police_unit', 'varchar(200)')
        .addColumn('reported_on', 'varchar(10)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_risk_measures_case').on('med_risk_measures').column('case_id').execute();
    },
  },
  {
    // 第二十八条至第三十条: agreements and signatures; failure and withdrawal (第二十六条).
    name: '202611290162_mediation_agreements',
    async up(db, d) {
      await db.schema
        .createTable('med_agreements')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().unique().references('med_cases.id'))
        .addColumn('form', 'varchar(10)', (c) => c.notNull())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('disputed_matters', 'text', (c) => c.notNull())
        .addColumn('responsibilities', 'text', (c) => c.notNull())
        .addColumn('terms', 'text', (c) => c.notNull())
        .addColumn('performance_manner', 'text', (c) => c.notNull())
        .addColumn('performance_due_on', 'varchar(10)')
        .addColumn('reached_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('effective_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('copies', 'integer', (c) => c.notNull())
        .addColumn('mediator_name', 'varchar(100)', (c) => c.notNull())
        .addColumn('committee_seal', d.flag, (c) => c.notNull().defaultTo(0))
        .addColumn('confirmation_due_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('confirmation_reminded_at', d.instant)
        .addColumn('document_attachment_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_agreements_confirmation_due').on('med_agreements').column('confirmation_due_on').execute();
      await db.schema
        .createTable('med_agreement_signatures')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('agreement_id', 'varchar(26)', (c) => c.notNull().references('med_agreements.id'))
        .addColumn('signer_kind', 'varchar(10)', (c) => c.notNull())
        .addColumn('party_id', 'varchar(26)')
        .addColumn('name', 'varchar(100)', (c) => c.notNull())
        .addColumn('signed_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('way', 'varchar(20)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_agreement_signatures_agreement').on('med_agreement_signatures').column('agreement_id').execute();
      await db.schema
        .createTable('med_outcomes')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('closed_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('notice_attachment_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_outcomes_case').on('med_outcomes').column('case_id').execute();
    },
  },
  {
    // 第三十一条 performance, 回访 follow-ups, 第三十三条 judicial confirmation.
    name: '202611290163_mediation_aftercare',
    async up(db, d) {
      await db.schema
        .createTable('med_performance')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('checked_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('performed_on', 'varchar(10)')
        .addColumn('note', 'text')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_performance_case').on('med_performance').columns(['case_id', 'checked_on']).execute();
      await db.schema
        .createTable('med_followups')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('visited_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('way', 'varchar(20)', (c) => c.notNull())
        .addColumn('result', 'text')
        .addColumn('satisfaction', 'integer')
        .addColumn('party_id', 'varchar(26)')
        .addColumn('citizen_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_followups_case').on('med_followups').columns(['case_id', 'visited_on']).execute();
      await db.schema
        .createTable('med_confirmations')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('case_id', 'varchar(26)', (c) => c.notNull().references('med_cases.id'))
        .addColumn('agreement_id', 'varchar(26)', (c) => c.notNull().references('med_agreements.id'))
        .addColumn('court_name', 'varchar(200)', (c) => c.notNull())
        .addColumn('court_referrer_id', 'varchar(26)')
        .addColumn('court_basis', 'varchar(30)', (c) => c.notNull())
        .addColumn('applied_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('applicant_party_ids', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('accepted_on', 'varchar(10)')
        .addColumn('court_case_number', 'varchar(100)')
        .addColumn('ruling_on', 'varchar(10)')
        .addColumn('ruling_number', 'varchar(100)')
        .addColumn('ruling_note', 'text')
        .addColumn('document_attachment_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_confirmations_case').on('med_confirmations').column('case_id').execute();
    },
  },
];
