import { isAfter, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { Trx } from '@tianping/server/db/database';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { findOrgById, findOrgInScope } from '@tianping/server/org/org.repository';
import { legalAidErrors } from '../contract/errors';
import type { HistoryEntryBody, ProviderBody, ProviderPatch } from '../contract/provider';
import { fullYearsBetween } from '../domain/seniority';
import {
  findProviderById,
  findProviderInScope,
  findProviderOfUser,
  insertHistory,
  insertProvider,
  updateProvider,
  type ProviderListRow,
} from './provider.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;

/** The firm must be an organisation of type law firm (律师事务所); for kind `firm` it is required. */
async function checkFirm(trx: Trx, kind: string, firmOrgId: string | null | undefined) {
  if (!firmOrgId) {
    if (kind === 'firm') throw fail(legalAidErrors, 'AID_PROVIDER_FIRM_INVALID', { field: 'firmOrgId' });
    return;
  }
  const firm = await findOrgById(trx, firmOrgId);
  if (!firm || firm.type !== 'lawFirm' || firm.active !== 1)
    throw fail(legalAidErrors, 'AID_PROVIDER_FIRM_INVALID', { field: 'firmOrgId' });
}

async function checkUser(trx: Trx, userId: string | null | undefined, providerId: string | null) {
  if (!userId) return;
  const user = await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
  if (!user) throw fail(coreErrors, 'NOT_FOUND', { field: 'userId' });
  const bound = await findProviderOfUser(trx, userId);
  if (bound && bound.id !== providerId) throw fail(legalAidErrors, 'AID_PROVIDER_USER_TAKEN', { field: 'userId' });
}

/** 第二十六条 counts relevant years: they cannot exceed the time in practice, which cannot start in the future. */
function checkPractice(today: LocalDate, practiceSince: string | null | undefined, relevantYears: number) {
  if (practiceSince && isAfter(practiceSince as LocalDate, today))
    throw fail(legalAidErrors, 'AID_PROVIDER_PRACTICE_INVALID', { field: 'practiceSince' });
  const practised = practiceSince ? fullYearsBetween(practiceSince, today) : 0;
  if (relevantYears > practised) throw fail(legalAidErrors, 'AID_PROVIDER_PRACTICE_INVALID', { field: 'relevantCriminalYears' });
}

const auditView = (r: ProviderListRow) => ({
  kind: r.kind,
  name: r.name,
  orgId: r.orgId,
  regionCode: r.regionCode,
  userId: r.userId,
  firmOrgId: r.firmOrgId,
  specialities: r.specialities,
  practiceSince: r.practiceSince,
  relevantCriminalYears: r.relevantCriminalYears,
  contactPhone: r.contactPhone,
  active: r.active,
});

export async function createProvider(k: Services, ctx: RequestContext, actor: ScopedActor, body: ProviderBody): Promise<string> {
  const today = localDateAt(k.clock.now());
  checkPractice(today, body.practiceSince, body.relevantCriminalYears);
  return k.db.transaction().execute(async (trx) => {
    const centre = await findOrgInScope(trx, actor, body.orgId ?? actor.orgId);
    if (!centre) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
    if (centre.type !== 'legalAidCentre') throw fail(legalAidErrors, 'AID_CENTRE_INVALID', { field: 'orgId' });
    await checkFirm(trx, body.kind, body.firmOrgId);
    await checkUser(trx, body.userId, null);
    const id = newId();
    const now = k.clock.now().toISOString();
    await insertProvider(trx, {
      id,
      kind: body.kind,
      name: body.name,
      userId: body.userId ?? null,
      firmOrgId: body.firmOrgId ?? null,
      orgId: centre.id,
      regionCode: body.regionCode ?? centre.regionCode.slice(0, 6),
      specialities: JSON.stringify([...new Set(body.specialities)]),
      licenceNo: body.licenceNo ?? null,
      practiceSince: body.practiceSince ?? null,
      relevantCriminalYears: body.relevantCriminalYears,
      contactPhone: body.contactPhone ?? null,
      idNumberEnc: k.pii.encrypt(body.idNumber ?? null),
      idNumberIndex: body.idNumber ? k.pii.blindIndex('idNumber', body.idNumber) : null,
      active: 1,
      note: body.note ?? null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const row = (await findProviderById(trx, id))!;
    await k.audit.record(trx, ctx, {
      action: 'legalAid.provider.create',
      entityType: 'aidProvider',
      entityId: id,
      orgId: centre.id,
      after: { ...auditView(row), idNumber: body.idNumber ?? null },
    });
    return id;
  });
}

export async function patchProvider(k: Services, ctx: RequestContext, actor: ScopedActor, id: string, body: ProviderPatch): Promise<void> {
  const today = localDateAt(k.clock.now());
  await k.db.transaction().execute(async (trx) => {
    const before = await findProviderInScope(trx, actor, id);
    if (!before) throw notFound();
    const practiceSince = body.practiceSince === undefined ? before.practiceSince : body.practiceSince;
    checkPractice(today, practiceSince, body.relevantCriminalYears ?? before.relevantCriminalYears);
    if (body.firmOrgId !== undefined) await checkFirm(trx, before.kind, body.firmOrgId);
    if (body.userId !== undefined) await checkUser(trx, body.userId, id);
    const { version, active, specialities, ...rest } = body;
    const patch = {
      ...Object.fromEntries(Object.entries(rest).map(([key, v]) => [key, v ?? null])),
      ...(specialities ? { specialities: JSON.stringify([...new Set(specialities)]) } : {}),
      ...(active === undefined ? {} : { active: active ? (1 as const) : (0 as const) }),
      updatedAt: k.clock.now().toISOString(),
    };
    if (!(await updateProvider(trx, id, version, patch))) throw conflict({ field: 'version' });
    const after = (await findProviderById(trx, id))!;
    await k.audit.record(trx, ctx, {
      action: 'legalAid.provider.update',
      entityType: 'aidProvider',
      entityId: id,
      orgId: before.orgId,
      before: auditView(before),
      after: auditView(after),
    });
  });
}

/** An earlier client or opponent of the provider (利益冲突审查), entered from the firm's records. */
export async function addHistoryEntry(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  providerId: string,
  body: HistoryEntryBody,
): Promise<void> {
  const today = localDateAt(k.clock.now());
  if (body.date && isAfter(body.date as LocalDate, today)) throw fail(legalAidErrors, 'AID_DATE_IN_FUTURE', { field: 'date' });
  await k.db.transaction().execute(async (trx) => {
    const provider = await findProviderInScope(trx, actor, providerId);
    if (!provider) throw notFound();
    const id = newId();
    await insertHistory(trx, [
      {
        id,
        providerId,
        side: body.side,
        name: body.name,
        idNumberIndex: body.idNumber ? k.pii.blindIndex('idNumber', body.idNumber) : null,
        matter: body.matter ?? null,
        date: body.date ?? null,
        source: 'manual',
        caseId: null,
        createdBy: actor.kind === 'staff' ? actor.userId : null,
        createdAt: k.clock.now().toISOString(),
      },
    ]);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.providerHistory.create',
      entityType: 'aidProvider',
      entityId: providerId,
      orgId: provider.orgId,
      after: {
        historyId: id,
        side: body.side,
        name: body.name,
        idNumber: body.idNumber ?? null,
        matter: body.matter ?? null,
        date: body.date ?? null,
      },
    });
  });
}
