import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { conflict } from '@tianping/server/http/errors';
import type { AssignmentSettingsBody, AssignmentSettingsView } from '../contract/assignment';
import { defaultConflictSettings, type ConflictSettings } from '../domain/conflict';
import { defaultRotationWeights, type RotationWeights } from '../domain/rotation';

const settingsId = 'default';

export interface AssignmentSettings {
  weights: RotationWeights;
  conflictLevels: ConflictSettings;
  version: number;
  saved: boolean;
  updatedAt: string | null;
}

/** The saved local rules, or the defaults (version 0) when none were saved. */
export async function loadAssignmentSettings(db: DbOrTrx): Promise<AssignmentSettings> {
  const row = await db.selectFrom('aidAssignmentSettings').selectAll().where('id', '=', settingsId).executeTakeFirst();
  if (!row) return { weights: defaultRotationWeights, conflictLevels: defaultConflictSettings, version: 0, saved: false, updatedAt: null };
  return {
    weights: JSON.parse(row.weights) as RotationWeights,
    conflictLevels: JSON.parse(row.conflictLevels) as ConflictSettings,
    version: row.version,
    saved: true,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function settingsView(actor: ScopedActor, s: AssignmentSettings): AssignmentSettingsView {
  return {
    ...s,
    note: {
      zh: '本地规则（法律未作规定，可调整）：轮流指派的权重和利益冲突匹配的阈值；第二十六条执业年限和第二十五条须指派律师为法定要求，不可调整。',
      en: 'Local rules (the law is silent, editable): rotation weights and conflict thresholds. The seniority rule (Art. 26) and the lawyer requirement (Art. 25) are law and fixed.',
    },
    abilities: { canEdit: actor.permissions.has('legalAid.settings.manage') },
  };
}

/** Saves the local rules (optimistic by version; 0 creates the row), audited. */
export async function saveAssignmentSettings(
  k: Pick<Kernel, 'db' | 'audit' | 'clock'>,
  ctx: RequestContext,
  actor: ScopedActor,
  body: AssignmentSettingsBody,
): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const before = await loadAssignmentSettings(trx);
    if (before.version !== body.version) throw conflict({ field: 'version' });
    const now = k.clock.now().toISOString();
    const values = {
      weights: JSON.stringify(body.weights),
      conflictLevels: JSON.stringify(body.conflictLevels),
      updatedBy: actor.kind === 'staff' ? actor.userId : null,
      updatedAt: now,
    };
    if (before.saved) {
      const res = await trx
        .updateTable('aidAssignmentSettings')
        .set({ ...values, version: body.version + 1 })
        .where('id', '=', settingsId)
        .where('version', '=', body.version)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) throw conflict({ field: 'version' });
    } else
      await trx
        .insertInto('aidAssignmentSettings')
        .values({ id: settingsId, ...values, version: 1 })
        .execute();
    await k.audit.record(trx, ctx, {
      action: 'legalAid.assignmentSettings.update',
      entityType: 'aidAssignmentSettings',
      entityId: settingsId,
      before: { weights: before.weights, conflictLevels: before.conflictLevels },
      after: { weights: body.weights, conflictLevels: body.conflictLevels },
    });
  });
}
