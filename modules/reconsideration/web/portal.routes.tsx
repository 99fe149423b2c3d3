import type { WebRoute } from '../../../web/src/web-module';

/** Portal pages of the module (engineer E2 fills these in). */
export const portalRoutes: WebRoute[] = [];
