import type { AppMigration } from '../db/migration';

export const workflowMigrations: AppMigration[] = [
  {
    name: '202601010503_workflow_instances_timers_todos',
    async up(db, d) {
      await db.schema
        .createTable('workflow_instances')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(60)', (c) => c.notNull())
        .addColumn('workflow_id', 'varchar(60)', (c) => c.notNull())
        .addColumn('state', 'varchar(60)', (c) => c.notNull())
        .addColumn('org_id', 'varchar(26)', (c) => c.notNull().references('organisations.id'))
        .addColumn('events', d.json, (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('updated_at', d.instant, (c) => c.notNull())
        .addUniqueConstraint('workflow_instances_entity', ['entity_type', 'entity_id', 'workflow_id'])
        .execute();
      await db.schema
        .createTable('workflow_timers')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('instance_id', 'varchar(26)', (c) => c.notNull().references('workflow_instances.id'))
        .addColumn('key', 'varchar(60)', (c) => c.notNull())
        .addColumn('state', 'varchar(60)', (c) => c.notNull())
        .addColumn('period', d.json, (c) => c.notNull())
        .addColumn('start_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('due_date', 'varchar(10)', (c) => c.notNull())
        .addColumn('status', 'varchar(10)', (c) => c.notNull())
        .addColumn('explanation', d.json, (c) => c.notNull())
        .addColumn('calendar_version', 'varchar(200)', (c) => c.notNull())
        .addColumn('suspensions', d.json, (c) => c.notNull())
        .addColumn('extensions', d.json, (c) => c.notNull())
        .addColumn('escalated_status', 'varchar(10)')
        .addColumn('opened_at', d.instant, (c) => c.notNull())
        .addColumn('closed_at', d.instant)
        .execute();
      await db.schema.createIndex('workflow_timers_instance').on('workflow_timers').columns(['instance_id', 'status']).execute();
      // The escalation scan: open timers by due date.
      await db.schema.createIndex('workflow_timers_status_due').on('workflow_timers').columns(['status', 'due_date']).execute();
      await db.schema
        .createTable('todo_items')
        .addColumn('id', 'varchar(26)', (c) => c.primaryKey())
        .addColumn('assignee_user_id', 'varchar(26)', (c) => c.references('users.id'))
        .addColumn('assignee_org_id', 'varchar(26)', (c) => c.references('organisations.id'))
        .addColumn('instance_id', 'varchar(26)', (c) => c.references('workflow_instances.id'))
        .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
        .addColumn('entity_id', 'varchar(60)', (c) => c.notNull())
        .addColumn('state', 'varchar(60)')
        .addColumn('title_zh', 'varchar(300)', (c) => c.notNull())
        .addColumn('title_en', 'varchar(300)', (c) => c.notNull())
        .addColumn('url', 'varchar(500)', (c) => c.notNull())
        .addColumn('due_date', 'varchar(10)')
        .addColumn('status', 'varchar(10)', (c) => c.notNull())
        .addColumn('created_at', d.instant, (c) => c.notNull())
        .addColumn('closed_at', d.instant)
        .execute();
      // The todo list: a user's items and their organisation's items, open first, by due date.
      await db.schema.createIndex('todo_items_user').on('todo_items').columns(['assignee_user_id', 'status', 'due_date']).execute();
      await db.schema.createIndex('todo_items_org').on('todo_items').columns(['assignee_org_id', 'status', 'due_date']).execute();
      await db.schema.createIndex('todo_items_instance').on('todo_items').columns(['instance_id', 'status']).execute();
    },
  },
];
