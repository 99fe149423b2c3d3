import type { WebMenuItem, WebRoute } from '../../../web/src/web-module';

/** Workbench pages of the module (engineer E1 fills these in). */
export const reconsiderationMenu: WebMenuItem[] = [];
export const workbenchRoutes: WebRoute[] = [];
