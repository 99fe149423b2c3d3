import { defineServerModule } from '../core/module';
import { escalationJob, escalationSchedule } from './escalation.job';
import { workflowMigrations } from './migrations';
import { todoRoutes } from './todo.routes';
import './tables';

/**
 * Workflow core: instances, statutory timers and todo items (business modules define their
 * workflows with `defineWorkflow` and drive them with `transition`), the todo list, and the daily
 * escalation of deadlines becoming due soon or overdue.
 */
export const workflowModule = defineServerModule({
  id: 'workflow',
  label: { zh: '流程与待办', en: 'Workflow and todo items' },
  migrations: workflowMigrations,
  routes: todoRoutes,
  jobs: [escalationJob],
  schedules: [escalationSchedule],
});
