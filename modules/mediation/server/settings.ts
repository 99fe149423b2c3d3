import type { FastifyRequest } from 'fastify';
import { isScoped, type RequestContext, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { fail, unauthenticated } from '@tianping/server/http/errors';
import type { CaseSource, DisputeKind } from '../contract/enums';
import { mediationErrors } from '../contract/errors';
import { targetSettingsSchema, type TargetSettings } from '../contract/intake';
import { targetSettingsViewSchema, type TargetSettingsView } from '../contract/case';
import { DEFAULT_TARGET_DAYS } from './case.workflow';

/**
 * Time targets of people's mediation (调解办理时限). 人民调解法 sets no period for mediation, so
 * these are local targets the bureau configures (statutory-rules.md §3 ⚠️): days from acceptance,
 * per source channel and per dispute kind — the kind's rule wins. Defaults: 30 days; court-referred
 * pre-litigation mediation 30 days; labour disputes 15 days (劳动争议调解仲裁法 第十四条第三款: after
 * 15 days without agreement the parties may apply for arbitration).
 */
export const TARGETS_KEY = 'timeTargets';

export const defaultTargets: TargetSettings = {
  defaultDays: DEFAULT_TARGET_DAYS,
  bySource: { court: 30 },
  byKind: { labour: 15 },
};

const note = {
  zh: '本地规则：人民调解法未规定调解期限，以上为本市设定的办理目标（自受理之日起计算，自然日）；劳动争议依劳动争议调解仲裁法第十四条为十五日，期满未达成协议的当事人可以申请仲裁。',
  en: 'Local rule: the People’s Mediation Law sets no period; these are the city’s targets (natural days from acceptance). Labour disputes: 15 days (Labour Dispute Mediation and Arbitration Law Art. 14), after which the parties may apply for arbitration.',
};

export async function readTargets(db: DbOrTrx): Promise<TargetSettings & { updatedAt: string | null }> {
  const row = await db.selectFrom('medSettings').selectAll().where('key', '=', TARGETS_KEY).executeTakeFirst();
  if (!row) return { ...defaultTargets, updatedAt: null };
  const parsed = targetSettingsSchema.safeParse(JSON.parse(row.value));
  return { ...(parsed.success ? parsed.data : defaultTargets), updatedAt: String(row.updatedAt) };
}

/** The target of a case: the kind's rule, else the source's, else the default. */
export function targetDaysFor(s: TargetSettings, source: CaseSource | string, kind: DisputeKind | string): number {
  return s.byKind[kind as DisputeKind] ?? s.bySource[source as CaseSource] ?? s.defaultDays;
}

function view(s: TargetSettings & { updatedAt: string | null }): TargetSettingsView {
  return {
    defaultDays: s.defaultDays,
    bySource: { ...s.bySource } as Record<string, number>,
    byKind: { ...s.byKind } as Record<string, number>,
    note,
    updatedAt: s.updatedAt ? new Date(s.updatedAt).toISOString() : null,
  };
}

/** PUT: city-wide, so only an actor with city scope may change it; audited. Applies to cases accepted afterwards. */
export async function updateTargets(
  k: Pick<Kernel, 'db' | 'audit' | 'clock'>,
  ctx: RequestContext,
  actor: ScopedActor,
  input: TargetSettings,
): Promise<TargetSettingsView> {
  if (actor.scope !== 'city') throw fail(mediationErrors, 'MED_SETTINGS_CITY_ONLY');
  await k.db.transaction().execute(async (trx) => {
    const before = await readTargets(trx);
    const row = {
      key: TARGETS_KEY,
      value: JSON.stringify(input),
      updatedBy: actor.kind === 'staff' ? actor.userId : null,
      updatedAt: k.clock.now().toISOString(),
    };
    const done = await trx
      .updateTable('medSettings')
      .set({ value: row.value, updatedBy: row.updatedBy, updatedAt: row.updatedAt })
      .where('key', '=', TARGETS_KEY)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) await trx.insertInto('medSettings').values(row).execute();
    const { updatedAt: _u, ...beforeValue } = before;
    await k.audit.record(trx, ctx, {
      action: 'mediation.settings.update',
      entityType: 'medSettings',
      entityId: TARGETS_KEY,
      orgId: actor.orgId,
      before: beforeValue,
      after: input,
    });
  });
  return view(await readTargets(k.db));
}

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

const tags = ['mediation'];

/** GET/PUT /api/mediation/settings (time targets). */
export function settingsRoutes(app: AppInstance, kernel: Kernel) {
  app.get(
    '/mediation/settings',
    {
      config: { access: { anyOf: ['mediation.settings.manage', 'mediation.case.read'] } },
      schema: { tags, summary: '调解办理时限设置 Time targets', response: { 200: targetSettingsViewSchema } },
    },
    async () => view(await readTargets(kernel.db)),
  );
  app.put(
    '/mediation/settings',
    {
      config: { access: 'mediation.settings.manage' },
      schema: {
        tags,
        summary: '修改调解办理时限 Change time targets',
        description: 'City-wide local rule (403 `MED_SETTINGS_CITY_ONLY` without city scope); applies to cases accepted afterwards.',
        body: targetSettingsSchema,
        response: { 200: targetSettingsViewSchema },
      },
    },
    async (req) => updateTargets(kernel, req.ctx, actorOf(req), req.body),
  );
}
