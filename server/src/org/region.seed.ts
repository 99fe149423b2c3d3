import type { Kernel } from '../core/module';
import { findRegion, insertRegions } from './region.repository';
import { loadCityRegions } from './region.source';

/**
 * Reference seed: the configured city's administrative divisions. Loaded once per city in
 * one transaction, so the city's own row existing means all of its divisions do.
 */
export async function seedRegions(kernel: Kernel): Promise<void> {
  const { cityCode } = kernel.config;
  if (await findRegion(kernel.db, cityCode)) return;
  const started = Date.now();
  const { rows, source } = loadCityRegions(cityCode);
  await kernel.db.transaction().execute((trx) => insertRegions(trx, rows));
  kernel.log.info({ cityCode, regions: rows.length, source, ms: Date.now() - started }, 'regions loaded');
}
