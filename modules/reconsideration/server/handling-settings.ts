import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { fail } from '@tianping/server/http/errors';
import { reconsiderationErrors } from '../contract/errors';
import { readSetting, writeSetting } from './handling.repository';

/**
 * Local rules of reconsideration where the law is silent (statutory-rules.md §1 ⚠️). The 2023 law
 * does not say whether the days of a suspension (第三十九条) count towards the 60 (30) days of
 * 第六十二条; practice excludes them, so the default is `true`, and the bureau may change it.
 */
export const SUSPENSION_EXCLUDED_KEY = 'suspensionExcludedFromDecisionPeriod';

export interface ReconSettings {
  suspensionExcludedFromDecisionPeriod: boolean;
  note: { zh: string; en: string };
}

function noteOf(excluded: boolean) {
  return excluded
    ? {
        zh: '本地规则：中止期间不计入行政复议决定期限（行政复议法对此未作规定，按本市实践执行，可由复议机构负责人调整）。',
        en: 'Local rule: suspension time is not counted in the decision period (the law is silent; city practice, adjustable by the office head).',
      }
    : {
        zh: '本地规则：中止期间计入行政复议决定期限（行政复议法对此未作规定，可由复议机构负责人调整）。',
        en: 'Local rule: suspension time counts towards the decision period (the law is silent; adjustable by the office head).',
      };
}

export async function suspensionExcluded(db: DbOrTrx): Promise<boolean> {
  const row = await readSetting(db, SUSPENSION_EXCLUDED_KEY);
  return row ? (JSON.parse(row.value) as boolean) : true;
}

export async function getReconSettings(db: DbOrTrx): Promise<ReconSettings> {
  const excluded = await suspensionExcluded(db);
  return { suspensionExcludedFromDecisionPeriod: excluded, note: noteOf(excluded) };
}

/** PUT: city-wide, so only an actor with city scope may change it; audited. */
export async function updateReconSettings(
  k: Pick<Kernel, 'db' | 'audit' | 'clock'>,
  ctx: RequestContext,
  actor: ScopedActor,
  input: { suspensionExcludedFromDecisionPeriod: boolean },
): Promise<ReconSettings> {
  if (actor.scope !== 'city') throw fail(reconsiderationErrors, 'RECON_SETTINGS_CITY_ONLY');
  await k.db.transaction().execute(async (trx) => {
    const before = await suspensionExcluded(trx);
    const after = input.suspensionExcludedFromDecisionPeriod;
    await writeSetting(trx, {
      key: SUSPENSION_EXCLUDED_KEY,
      value: JSON.stringify(after),
      updatedBy: actor.kind === 'staff' ? actor.userId : null,
      updatedAt: k.clock.now().toISOString(),
    });
    await k.audit.record(trx, ctx, {
      action: 'reconsideration.settings.update',
      entityType: 'reconSettings',
      entityId: SUSPENSION_EXCLUDED_KEY,
      orgId: actor.orgId,
      before: { [SUSPENSION_EXCLUDED_KEY]: before },
      after: { [SUSPENSION_EXCLUDED_KEY]: after },
    });
  });
  return getReconSettings(k.db);
}
