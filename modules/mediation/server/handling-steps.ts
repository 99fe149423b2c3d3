import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx, Trx } from '@tianping/server/db/database';
import { AppError, fail, notFound } from '@tianping/server/http/errors';
import { platformHolidayCalendar } from '@tianping/server/workflow/holiday-calendar.source';
import { mediationErrors } from '../contract/errors';
import type { HandlingView } from '../contract/handling';
import { confirmationWindow } from '../domain/confirmation';
import { findCaseInScope, listParties, type CaseRow } from './case.repository';
import { fire, save, todayOf } from './case-step';
import { presentHandling } from './handling.presenter';
import { recordReferralOutcome } from './referral-outcome';
import { loadHandlingRows } from './handling.repository';

/**
 * Shared steps of handling and outcomes (session, risk, agreement, outcome, performance,
 * confirmation services): load in scope, check the state, audit on the case, close the case, and the
 * handling view every route answers with.
 */

export { todayOf };

export type MediationErrorCode = keyof typeof mediationErrors;

/** The module's error with the field at fault; `detail` is appended to both messages (e.g. the last day). */
export const medFail = (code: MediationErrorCode, field?: string, detail?: string) => {
  if (!detail) return fail(mediationErrors, code, { field });
  const def = mediationErrors[code];
  return new AppError(code, { ...def, zh: `${def.zh}：${detail}`, en: `${def.en}: ${detail}` }, { field });
};

/** The case in the actor's scope, or 404. */
export async function loadCase(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CaseRow> {
  const c = await findCaseInScope(db, actor, id);
  if (!c) throw notFound();
  return c;
}

/** 409 MED_INVALID_TRANSITION unless the case is in one of `states`. */
export function requireState(c: CaseRow, states: readonly string[]) {
  if (!states.includes(c.state)) throw medFail('MED_INVALID_TRANSITION', 'state');
}

/** A date of the request may not lie after today (Beijing) nor before `earliest`. */
export function checkDate(k: Pick<Kernel, 'clock'>, date: string, field: string, earliest?: string | null) {
  if (date > todayOf(k)) throw medFail('MED_DATE_IN_FUTURE', field);
  if (earliest && date < earliest) throw medFail('MED_DATE_TOO_EARLY', field, earliest);
}

export const createdBy = (actor: ScopedActor) => (actor.kind === 'staff' ? actor.userId : 'token');

export async function auditCase(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  action: string,
  after: Record<string, unknown>,
  reason: string | null = null,
) {
  await k.audit.record(trx, ctx, { action, entityType: 'medCase', entityId: c.id, orgId: c.orgId, before: null, after, reason });
}

/** A step that changes no column of the case still moves its version: concurrent steps conflict (409). */
export async function touchCase(k: Kernel, trx: Trx, c: CaseRow, patch: Partial<CaseRow> = {}): Promise<CaseRow> {
  return save(trx, c, patch, k.clock.now().toISOString());
}

/**
 * Moves the case to a final state (`succeed` / `fail` / `withdraw`), writes its outcome and closing
 * day, and records the outcome for the referring body (MR's `recordReferralOutcome`).
 */
export async function closeCase(
  k: Kernel,
  trx: Trx,
  ctx: RequestContext,
  c: CaseRow,
  transitionName: 'succeed' | 'fail' | 'withdraw',
  patch: { outcome: string; closedOn: string; closingReason?: string | null },
): Promise<CaseRow> {
  const moved = await fire(k, trx, ctx, c, transitionName, patch.closedOn);
  const row = await save(trx, c, { ...patch, state: moved.state }, k.clock.now().toISOString());
  await recordReferralOutcome(trx, k, row, ctx);
  return row;
}

/** The judicial-confirmation window of an agreement in effect, over the platform's holiday calendar. */
export async function windowOf(db: DbOrTrx, effectiveOn: string) {
  return confirmationWindow(effectiveOn, await platformHolidayCalendar(db));
}

export async function handlingView(k: Kernel, actor: ScopedActor, c: CaseRow): Promise<HandlingView> {
  const [rows, parties] = await Promise.all([loadHandlingRows(k.db, c.id), listParties(k.db, c.id)]);
  const window = rows.agreement ? await windowOf(k.db, rows.agreement.effectiveOn) : null;
  return presentHandling({ c, parties, rows, actor, today: todayOf(k), window, fixedCourt: await fixedCourtOf(k.db, c) });
}

export async function getHandling(k: Kernel, actor: ScopedActor, id: string): Promise<HandlingView> {
  return handlingView(k, actor, await loadCase(k.db, actor, id));
}

/** 民事诉讼法 第二百零五条: a court-referred case goes back to the referring court. */
export async function fixedCourtOf(db: DbOrTrx, c: CaseRow): Promise<string | null> {
  if (c.source !== 'court') return null;
  if (c.referrerId) {
    const r = await db.selectFrom('medReferrers').select('name').where('id', '=', c.referrerId).executeTakeFirst();
    if (r) return r.name;
  }
  return c.referrerName;
}
