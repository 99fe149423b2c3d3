import { defineServerModule } from '../core/module';
import { searchMigrations } from './migrations';
import { searchRoutes } from './search.routes';
import { resegmentIfChanged } from './search.service';
import './tables';

/**
 * The search core: one index of documents fed by modules (`indexDocument` / `removeDocument`),
 * SQLite FTS5 or PostgreSQL full text behind one query, permission-trimmed in SQL.
 */
export const searchModule = defineServerModule({
  id: 'search',
  label: { zh: '全文检索', en: 'Search' },
  migrations: searchMigrations,
  routes: searchRoutes,
  async seed(kernel) {
    const count = await resegmentIfChanged(kernel.db);
    if (count) kernel.log.info({ count }, 'search documents re-segmented');
  },
});
