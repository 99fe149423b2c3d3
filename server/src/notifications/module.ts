import { defineServerModule } from '../core/module';
import { notificationMigrations } from './migrations';
import { notificationRoutes } from './notification.routes';
import './tables';

/** In-app notifications (the workbench bell). Modules create them with `notify()` in their transaction. */
export const notificationsModule = defineServerModule({
  id: 'notifications',
  label: { zh: '消息通知', en: 'Notifications' },
  migrations: notificationMigrations,
  routes: notificationRoutes,
});
