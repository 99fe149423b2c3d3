import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { findTokenInScope, listTokensInScope } from '@tianping/server/tokens/token.repository';
import { mediationErrors } from '../contract/errors';
import type { ReferrerCreateBody, ReferrerPatchBody, ReferrerView } from '../contract/referral';
import { presentReferrer } from './referral.presenter';
import {
  findReferrerByCode,
  findReferrerById,
  findReferrerView,
  insertReferrer,
  isTokenBound,
  listReferrers,
  updateReferrer,
  type ReferrerRow,
} from './referral.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;

const SUBMIT = 'mediation.referral.submit';

/** What the audit log keeps of a referrer: never the webhook secret, only whether one is set. */
const audited = (
  r: Pick<ReferrerRow, 'kind' | 'name' | 'code' | 'regionCode' | 'tokenId' | 'webhookUrl' | 'returnDays' | 'active'> & {
    webhookSecretEnc: string | null;
  },
) => ({
  kind: r.kind,
  name: r.name,
  code: r.code,
  regionCode: r.regionCode,
  tokenId: r.tokenId,
  webhookUrl: r.webhookUrl,
  webhookSecret: r.webhookSecretEnc ? '[secret]' : null,
  returnDays: r.returnDays,
  active: r.active,
});

async function checkRegion(trx: Trx, regionCode: string) {
  const region = await trx.selectFrom('regions').select('code').where('code', '=', regionCode).executeTakeFirst();
  if (!region) throw fail(mediationErrors, 'MED_REGION_UNKNOWN', { field: 'regionCode' });
}

/**
 * A token may be bound when the staff member can see it (its organisation in their scope), it is
 * live and carries `mediation.referral.submit`, and no other referrer holds it.
 */
async function checkToken(trx: Trx, actor: ScopedActor, tokenId: string, now: Date, exceptReferrerId?: string) {
  const token = await findTokenInScope(trx, actor, tokenId);
  const live = token && !token.revokedAt && new Date(token.expiresAt).getTime() > now.getTime();
  const perms = token ? (JSON.parse(token.permissions) as string[]) : [];
  if (!live || !perms.includes(SUBMIT)) throw fail(mediationErrors, 'MED_REFERRER_TOKEN_UNKNOWN', { field: 'tokenId' });
  if (await isTokenBound(trx, tokenId, exceptReferrerId)) throw fail(mediationErrors, 'MED_REFERRER_TOKEN_TAKEN', { field: 'tokenId' });
}

function checkWebhook(url: string | null | undefined, hasSecret: boolean) {
  if (url && !hasSecret) throw fail(mediationErrors, 'MED_WEBHOOK_SECRET_REQUIRED', { field: 'webhookSecret' });
}

async function view(k: Services, trx: Trx, actor: ScopedActor, id: string): Promise<ReferrerView> {
  const row = await findReferrerView(trx, id);
  if (!row) throw notFound();
  return presentReferrer(row, actor);
}

export async function listReferrerViews(
  k: Services,
  actor: ScopedActor,
  f: { kind?: string; q?: string; includeInactive: boolean },
): Promise<ReferrerView[]> {
  return (await listReferrers(k.db, f)).map((r) => presentReferrer(r, actor));
}

/** Tokens the manager may bind (for the referrers page: tokens are issued by security administrators). */
export async function listBindableTokens(k: Pick<Kernel, 'db' | 'clock'>, actor: ScopedActor) {
  const now = k.clock.now().getTime();
  const bound = new Set(
    (await k.db.selectFrom('medReferrers').select('tokenId').where('tokenId', 'is not', null).execute()).map((r) => r.tokenId),
  );
  const tokens = await listTokensInScope(k.db, actor);
  return tokens
    .filter((t) => !t.revokedAt && new Date(t.expiresAt).getTime() > now && !bound.has(t.id))
    .filter((t) => (JSON.parse(t.permissions) as string[]).includes(SUBMIT))
    .map((t) => ({ id: t.id, name: t.name, prefix: t.prefix, orgName: t.orgName, expiresAt: new Date(t.expiresAt).toISOString() }));
}

export async function getReferrer(k: Services, actor: ScopedActor, id: string): Promise<ReferrerView> {
  return k.db.transaction().execute((trx) => view(k, trx, actor, id));
}

/** Registers a referring body (诉调、公调、访调、检调对接), its token and webhook — one transaction, audited. */
export async function createReferrer(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  input: ReferrerCreateBody,
): Promise<ReferrerView> {
  const now = k.clock.now();
  return k.db.transaction().execute(async (trx) => {
    if (await findReferrerByCode(trx, input.code)) throw fail(mediationErrors, 'MED_REFERRER_CODE_TAKEN', { field: 'code' });
    await checkRegion(trx, input.regionCode);
    if (input.tokenId) await checkToken(trx, actor, input.tokenId, now);
    checkWebhook(input.webhookUrl, !!input.webhookSecret);
    const id = newId();
    const row = {
      id,
      kind: input.kind,
      name: input.name,
      code: input.code,
      regionCode: input.regionCode,
      tokenId: input.tokenId ?? null,
      webhookUrl: input.webhookUrl ?? null,
      webhookSecretEnc: input.webhookSecret ? k.pii.encrypt(input.webhookSecret) : null,
      returnDays: input.returnDays ?? null,
      active: input.active ? (1 as const) : (0 as const),
      version: 1,
      createdBy: actor.kind === 'staff' ? actor.userId : null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await insertReferrer(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'mediation.referrer.create',
      entityType: 'medReferrer',
      entityId: id,
      orgId: actor.orgId,
      after: audited(row),
    });
    return view(k, trx, actor, id);
  });
}

/** Edits a referrer (optimistic version); binding a token checks it like creation does. */
export async function patchReferrer(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  input: ReferrerPatchBody,
): Promise<ReferrerView> {
  const now = k.clock.now();
  return k.db.transaction().execute(async (trx) => {
    const before = await findReferrerById(trx, id);
    if (!before) throw notFound();
    if (before.version !== input.version) throw conflict({ field: 'version' });
    if (input.regionCode !== undefined) await checkRegion(trx, input.regionCode);
    if (input.tokenId && input.tokenId !== before.tokenId) await checkToken(trx, actor, input.tokenId, now, id);
    const webhookSecretEnc =
      input.webhookSecret === undefined
        ? before.webhookSecretEnc
        : input.webhookSecret === null
          ? null
          : k.pii.encrypt(input.webhookSecret);
    const webhookUrl = input.webhookUrl === undefined ? before.webhookUrl : input.webhookUrl;
    checkWebhook(webhookUrl, webhookSecretEnc !== null);
    const after = {
      ...before,
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.regionCode !== undefined && { regionCode: input.regionCode }),
      ...(input.tokenId !== undefined && { tokenId: input.tokenId }),
      ...(input.returnDays !== undefined && { returnDays: input.returnDays }),
      ...(input.active !== undefined && { active: input.active ? (1 as const) : (0 as const) }),
      webhookUrl,
      webhookSecretEnc,
    };
    const ok = await updateReferrer(trx, id, before.version, {
      kind: after.kind,
      name: after.name,
      regionCode: after.regionCode,
      tokenId: after.tokenId,
      returnDays: after.returnDays,
      active: after.active,
      webhookUrl: after.webhookUrl,
      webhookSecretEnc: after.webhookSecretEnc,
      updatedAt: now.toISOString(),
    });
    if (!ok) throw conflict({ field: 'version' });
    const secretChanged = input.webhookSecret !== undefined;
    await k.audit.record(trx, ctx, {
      action: 'mediation.referrer.update',
      entityType: 'medReferrer',
      entityId: id,
      orgId: actor.orgId,
      before: { ...audited(before), ...(secretChanged && { webhookSecret: before.webhookSecretEnc ? '[old secret]' : null }) },
      after: { ...audited(after), ...(secretChanged && { webhookSecret: after.webhookSecretEnc ? '[new secret]' : null }) },
    });
    return view(k, trx, actor, id);
  });
}
