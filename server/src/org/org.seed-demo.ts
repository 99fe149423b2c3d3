import type { Kernel } from '../core/module';
import type { Trx } from '../db/database';
import { newId, nowIso } from '../db/ids';
import { planDemoOrgs, type DemoOrg } from './org.demo-plan';
import { insertOrgsIgnoringExisting, orgIdsByCode } from './org.repository';
import { listCityRegions } from './region.repository';

type Placed = Map<string, { id: string; path: string; depth: number }>;

/** Inserts one layer (parents already placed), skipping codes that exist; returns the layer's placements. */
async function insertLayer(trx: Trx, layer: DemoOrg[], placed: Placed, now: string): Promise<Placed> {
  const rows = layer.map((o) => {
    const parent = o.parentCode ? placed.get(o.parentCode) : undefined;
    if (o.parentCode && !parent) throw new Error(`Demo organisation ${o.code}: parent ${o.parentCode} missing`);
    const id = newId();
    return {
      id,
      code: o.code,
      name: o.name,
      shortName: null,
      type: o.type,
      regionCode: o.regionCode,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      active: 1 as const,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
  });
  await insertOrgsIgnoringExisting(trx, rows);
  // Re-read by code: on a second run the stored rows keep their original ids and paths.
  return orgIdsByCode(
    trx,
    layer.map((o) => o.code),
  );
}

/**
 * Demo seed: the organisation tree of the configured city (see `planDemoOrgs`). Idempotent:
 * organisations are keyed by business code; one transaction, batched inserts.
 */
export async function seedDemoOrganisations(kernel: Kernel): Promise<Record<string, number>> {
  const started = Date.now();
  const { cityCode } = kernel.config;
  const regions = await listCityRegions(kernel.db, cityCode);
  const layers = planDemoOrgs(cityCode, regions);
  const now = nowIso();
  await kernel.db.transaction().execute(async (trx) => {
    const placed: Placed = new Map();
    for (const layer of layers) {
      for (const [code, at] of await insertLayer(trx, layer, placed, now)) placed.set(code, at);
    }
  });
  const counts: Record<string, number> = {};
  for (const o of layers.flat()) counts[o.type] = (counts[o.type] ?? 0) + 1;
  kernel.log.info({ cityCode, organisations: layers.flat().length, byType: counts, ms: Date.now() - started }, 'demo organisations seeded');
  return counts;
}
