import type { AppMigration } from '@tianping/server/db/migration';

/** Committees and members, mediators with training and discipline, screening campaigns (engineer MB). */
export const organisationMigrations: AppMigration[] = [
  {
    // 人民调解法 第七–第十条: committees (one per organisation), members with 3-year terms.
    name: '202611290130_mediation_committees',
    async up(db, d) {
      await db.schema
        .createTable('med_committees')
        .addColumn('org_id', 'varchar(26)', (c) => c.primaryKey().references('organisations.id'))
        .addColumn('kind', 'varchar(20)', (c) => c.notNull())
        .addColumn('industry_field', 'varchar(30)')
        .addColumn('established_on', 'varchar(10)')
        .addColumn('address', 'varchar(300)')
        .addColumn('phone', 'varchar(40)')
        .addColumn('sponsor', 'varchar(200)')
        .addColumn('supervising_org_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('med_committee_members')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('committee_org_id', 'varchar(26)', (c) => c.notNull().references('med_committees.org_id'))
        .addColumn('name', 'varchar(100)', (c) => c.notNull())
        .addColumn('gender', 'varchar(10)', (c) => c.notNull())
        .addColumn('role', 'varchar(20)', (c) => c.notNull())
        .addColumn('mediator_id', 'varchar(26)')
        .addColumn('term_start_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('term_end_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('term_warned_on', 'varchar(10)')
        .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_committee_members_committee').on('med_committee_members').column('committee_org_id').execute();
      await db.schema.createIndex('med_committee_members_term_end').on('med_committee_members').column('term_end_on').execute();
    },
  },
  {
    // 第十三–第十五条: mediators, training (第十四条), discipline (第十五条).
    name: '202611290131_mediation_mediators',
    async up(db, d) {
      await db.schema
        .createTable('med_mediators')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('user_id', 'varchar(26)')
        .addColumn('name', 'varchar(100)', (c) => c.notNull())
        .addColumn('gender', 'varchar(10)', (c) => c.notNull())
        .addColumn('employment', 'varchar(20)', (c) => c.notNull())
        .addColumn('specialities', d.json, (c) => c.notNull())
        .addColumn('phone', 'varchar(40)')
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('appointed_on', 'varchar(10)')
        .addColumn('dismissed_on', 'varchar(10)')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_mediators_org').on('med_mediators').columns(['org_id', 'status']).execute();
      await db.schema.createIndex('med_mediators_user').on('med_mediators').column('user_id').execute();
      await db.schema
        .createTable('med_trainings')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('mediator_id', 'varchar(26)', (c) => c.notNull().references('med_mediators.id'))
        .addColumn('title', 'varchar(200)', (c) => c.notNull())
        .addColumn('organiser', 'varchar(200)', (c) => c.notNull())
        .addColumn('started_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('ended_on', 'varchar(10)')
        .addColumn('hours', 'integer', (c) => c.notNull())
        .addColumn('passed', d.flag, (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_trainings_mediator').on('med_trainings').column('mediator_id').execute();
      await db.schema
        .createTable('med_disciplines')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('mediator_id', 'varchar(26)', (c) => c.notNull().references('med_mediators.id'))
        .addColumn('ground', 'varchar(30)', (c) => c.notNull())
        .addColumn('measure', 'varchar(20)', (c) => c.notNull())
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('decided_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('decided_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_disciplines_mediator').on('med_disciplines').column('mediator_id').execute();
    },
  },
  {
    // 矛盾纠纷排查: campaigns per region and period, findings tracked to resolution.
    name: '202611290132_mediation_campaigns',
    async up(db, d) {
      await db.schema
        .createTable('med_campaigns')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('title', 'varchar(200)', (c) => c.notNull())
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        .addColumn('period_start', 'varchar(10)', (c) => c.notNull())
        .addColumn('period_end', 'varchar(10)', (c) => c.notNull())
        .addColumn('focus', 'text')
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('med_campaigns_org').on('med_campaigns').columns(['org_id', 'period_start']).execute();
      await db.schema
        .createTable('med_campaign_findings')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('campaign_id', 'varchar(26)', (c) => c.notNull().references('med_campaigns.id'))
        .addColumn('title', 'varchar(200)', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('district_code', 'varchar(6)', (c) => c.notNull())
        .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
        .addColumn('risk_level', 'varchar(10)', (c) => c.notNull())
        .addColumn('kind', 'varchar(30)', (c) => c.notNull())
        .addColumn('parties_count', 'integer', (c) => c.notNull().defaultTo(2))
        .addColumn('found_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('assigned_org_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('assigned_mediator_id', 'varchar(26)', (c) => c.references('med_mediators.id'))
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('resolution', 'text')
        .addColumn('resolved_on', 'varchar(10)')
        .addColumn('case_id', 'varchar(26)')
        .addColumn('created_by', 'varchar(26)', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('med_campaign_findings_campaign')
        .on('med_campaign_findings')
        .columns(['campaign_id', 'district_code'])
        .execute();
    },
  },
];
