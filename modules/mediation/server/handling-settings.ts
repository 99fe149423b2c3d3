import type { FastifyRequest } from 'fastify';
import { isScoped, type RequestContext, type ScopedActor } from '@tianping/server/access/actor';
import type { AppInstance, Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { fail, unauthenticated } from '@tianping/server/http/errors';
import { mediationErrors } from '../contract/errors';
import { reminderSettingsSchema, reminderSettingsViewSchema, type ReminderSettingsView } from '../contract/outcome';
import { DEFAULT_CONFIRMATION_REMINDER_DAYS } from '../domain/confirmation';

/**
 * The reminder before the judicial-confirmation window closes (人民调解法 第三十三条: 30 days). How
 * many days before the last day is a local rule, not the law's: default 5, city-wide, audited.
 */
export const REMINDER_KEY = 'confirmationReminder';

const note = {
  zh: '本地规则：在司法确认申请期限（协议生效之日起三十日，人民调解法第三十三条）届满前若干日提醒调解员告知当事人；法律未规定提醒时间。',
  en: 'Local rule: days before the 30-day window (Art. 33) closes on which the mediator is reminded to tell the parties; the law sets no reminder.',
};

export async function readReminderDays(db: DbOrTrx): Promise<{ daysBefore: number; updatedAt: string | null }> {
  const row = await db.selectFrom('medSettings').selectAll().where('key', '=', REMINDER_KEY).executeTakeFirst();
  const parsed = row ? reminderSettingsSchema.safeParse(JSON.parse(row.value)) : null;
  return {
    daysBefore: parsed?.success ? parsed.data.daysBefore : DEFAULT_CONFIRMATION_REMINDER_DAYS,
    updatedAt: row ? new Date(String(row.updatedAt)).toISOString() : null,
  };
}

async function view(db: DbOrTrx): Promise<ReminderSettingsView> {
  return { ...(await readReminderDays(db)), note };
}

async function updateReminderDays(k: Kernel, ctx: RequestContext, actor: ScopedActor, input: { daysBefore: number }) {
  if (actor.scope !== 'city') throw fail(mediationErrors, 'MED_SETTINGS_CITY_ONLY');
  await k.db.transaction().execute(async (trx) => {
    const before = await readReminderDays(trx);
    const value = JSON.stringify(input);
    const updatedBy = actor.kind === 'staff' ? actor.userId : null;
    const updatedAt = k.clock.now().toISOString();
    const done = await trx
      .updateTable('medSettings')
      .set({ value, updatedBy, updatedAt })
      .where('key', '=', REMINDER_KEY)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0)
      await trx.insertInto('medSettings').values({ key: REMINDER_KEY, value, updatedBy, updatedAt }).execute();
    await k.audit.record(trx, ctx, {
      action: 'mediation.settings.update',
      entityType: 'medSettings',
      entityId: REMINDER_KEY,
      orgId: actor.orgId,
      before: { daysBefore: before.daysBefore },
      after: input,
    });
  });
  return view(k.db);
}

function actorOf(req: FastifyRequest): ScopedActor {
  if (!isScoped(req.actor)) throw unauthenticated();
  return req.actor;
}

/** GET/PUT /api/mediation/settings/confirmation-reminder. */
export function reminderSettingsRoutes(app: AppInstance, kernel: Kernel) {
  const tags = ['mediation'];
  const url = '/mediation/settings/confirmation-reminder';
  app.get(
    url,
    {
      config: { access: { anyOf: ['mediation.settings.manage', 'mediation.case.read'] } },
      schema: { tags, summary: '司法确认期限提醒设置 Confirmation reminder', response: { 200: reminderSettingsViewSchema } },
    },
    async () => view(kernel.db),
  );
  app.put(
    url,
    {
      config: { access: 'mediation.settings.manage' },
      schema: {
        tags,
        summary: '修改司法确认期限提醒 Change the confirmation reminder',
        description: 'City-wide local rule (403 `MED_SETTINGS_CITY_ONLY` without city scope).',
        body: reminderSettingsSchema,
        response: { 200: reminderSettingsViewSchema },
      },
    },
    async (req) => updateReminderDays(kernel, req.ctx, actorOf(req), req.body),
  );
}
