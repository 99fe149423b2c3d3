import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { fail } from '@tianping/server/http/errors';
import { hotlineErrors } from '../contract/errors';
import { defaultHotlineSettings, hotlineSettingsSchema, type HotlineSettings, type HotlineSettingsView } from '../contract/settings';

/**
 * Service levels of the hotline (GET/PUT /api/hotline/settings). No law sets them: they are local
 * rules of the bureau, stored city-wide as one JSON value, defaults in contract/settings.ts.
 */
const KEY = 'serviceLevels';

const note = {
  zh: '本地规则：12348热线的接听、回拨、在线咨询答复和回访抽样时限均无法律规定，由市司法局按本市服务标准设置，可调整。',
  en: 'Local rules: no law sets the hotline’s answer, callback, online-answer or follow-up sampling levels; the city bureau sets and may change them.',
};

export async function readHotlineSettings(db: DbOrTrx): Promise<HotlineSettings & { updatedAt: string | null }> {
  const row = await db.selectFrom('hlSettings').selectAll().where('key', '=', KEY).executeTakeFirst();
  if (!row) return { ...defaultHotlineSettings, updatedAt: null };
  const parsed = hotlineSettingsSchema.partial().safeParse(JSON.parse(row.value));
  return { ...defaultHotlineSettings, ...(parsed.success ? parsed.data : {}), updatedAt: row.updatedAt };
}

export async function getHotlineSettings(db: DbOrTrx): Promise<HotlineSettingsView> {
  return { ...(await readHotlineSettings(db)), note };
}

/** PUT: city-wide, so only an actor with city scope may change it; audited with before and after. */
export async function updateHotlineSettings(
  k: Pick<Kernel, 'db' | 'audit' | 'clock'>,
  ctx: RequestContext,
  actor: ScopedActor,
  input: HotlineSettings,
): Promise<HotlineSettingsView> {
  if (actor.scope !== 'city') throw fail(hotlineErrors, 'HOTLINE_SETTINGS_CITY_ONLY');
  await k.db.transaction().execute(async (trx) => {
    const { updatedAt: _at, ...before } = await readHotlineSettings(trx);
    const row = {
      key: KEY,
      value: JSON.stringify(input),
      updatedBy: actor.kind === 'staff' ? actor.userId : null,
      updatedAt: k.clock.now().toISOString(),
    };
    const done = await trx.updateTable('hlSettings').set(row).where('key', '=', KEY).executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) await trx.insertInto('hlSettings').values(row).execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.settings.update',
      entityType: 'hlSettings',
      entityId: KEY,
      orgId: actor.orgId,
      before,
      after: input,
    });
  });
  return getHotlineSettings(k.db);
}
