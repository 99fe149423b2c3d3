import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { fail } from '@tianping/server/http/errors';
import { mediationErrors } from '../contract/errors';
import { duplicateRulesSchema, type DuplicateRulesBody, type DuplicateRulesView } from '../contract/referral';
import { defaultDuplicateRules, type DuplicateRules } from '../domain/duplicates';

/** Key of the duplicate check's rules in med_settings (city-wide). */
export const DUPLICATE_RULES_KEY = 'duplicateRules';

const note = {
  zh: '本地规则：人民调解法未规定重复登记的识别标准。当事人相同（身份证号码，或姓名和手机号码）且纠纷事实相似（按字符二元组计算的相似度），在登记之日前后若干自然日内尚未办结的案件视为疑似同一纠纷：委托移送的自动关联，工作人员登记的须确认。',
  en: 'Local rule: the People’s Mediation Law sets no test for duplicates. Open cases within the window sharing a party (ID number, or name and phone) with similar facts (character-bigram similarity) are treated as the same dispute: referrals are linked, staff intake must confirm.',
};

export async function readDuplicateRules(db: DbOrTrx): Promise<DuplicateRules & { updatedAt: string | null }> {
  const row = await db.selectFrom('medSettings').selectAll().where('key', '=', DUPLICATE_RULES_KEY).executeTakeFirst();
  if (!row) return { ...defaultDuplicateRules, updatedAt: null };
  const parsed = duplicateRulesSchema.safeParse(JSON.parse(row.value));
  return { ...(parsed.success ? parsed.data : defaultDuplicateRules), updatedAt: new Date(row.updatedAt).toISOString() };
}

export async function duplicateRulesView(db: DbOrTrx): Promise<DuplicateRulesView> {
  return { ...(await readDuplicateRules(db)), note };
}

/** PUT /api/mediation/settings/duplicates: city scope only (one rule for the whole city); audited. */
export async function updateDuplicateRules(
  k: Pick<Kernel, 'db' | 'audit' | 'clock'>,
  ctx: RequestContext,
  actor: ScopedActor,
  input: DuplicateRulesBody,
): Promise<DuplicateRulesView> {
  if (actor.scope !== 'city') throw fail(mediationErrors, 'MED_SETTINGS_CITY_ONLY');
  await k.db.transaction().execute(async (trx) => {
    const { updatedAt: _u, ...before } = await readDuplicateRules(trx);
    const row = {
      key: DUPLICATE_RULES_KEY,
      value: JSON.stringify(input),
      updatedBy: actor.kind === 'staff' ? actor.userId : null,
      updatedAt: k.clock.now().toISOString(),
    };
    const done = await trx
      .updateTable('medSettings')
      .set({ value: row.value, updatedBy: row.updatedBy, updatedAt: row.updatedAt })
      .where('key', '=', DUPLICATE_RULES_KEY)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) await trx.insertInto('medSettings').values(row).execute();
    await k.audit.record(trx, ctx, {
      action: 'mediation.settings.update',
      entityType: 'medSettings',
      entityId: DUPLICATE_RULES_KEY,
      orgId: actor.orgId,
      before,
      after: input,
    });
  });
  return duplicateRulesView(k.db);
}
