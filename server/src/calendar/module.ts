import { calendarPermissions } from '@tianping/common/contract/calendar';
import { defineServerModule } from '../core/module';
import { calendarRoutes } from './calendar.routes';
import { calendarMigrations } from './migrations';
import './tables';

/** The holiday calendar administrators maintain, and the deadline calculator over it (issue 3 §1). */
export const calendarModule = defineServerModule({
  id: 'calendar',
  label: { zh: '节假日日历', en: 'Holiday calendar' },
  permissions: [...calendarPermissions],
  migrations: calendarMigrations,
  routes: calendarRoutes,
});
