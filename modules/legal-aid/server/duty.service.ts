import { addDays, isAfter, localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { findOrgById, findOrgInScope } from '@tianping/server/org/org.repository';
import {
  dutyServiceKindLabels,
  dutyServiceKinds,
  type MonthlyStats,
  type RosterBody,
  type ServiceBody,
  type StationBody,
  type StationPatch,
} from '../contract/duty';
import { legalAidErrors } from '../contract/errors';
import { findProviderInScope, findProviderOfUser } from './provider.repository';
import {
  countServicesOn,
  deleteRosterEntry,
  findRosterEntry,
  findStationInScope,
  insertRosterEntries,
  insertServices,
  insertStation,
  isOnRoster,
  monthlyFigures,
  updateStation,
} from './duty.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

const actorId = (actor: ScopedActor) => (actor.kind === 'staff' ? actor.userId : actor.tokenId);

/** 第十四条: a station of a centre at a court, procuratorate or detention centre. */
export async function createStation(k: Services, ctx: RequestContext, actor: ScopedActor, body: StationBody): Promise<string> {
  return k.db.transaction().execute(async (trx) => {
    const centre = await findOrgInScope(trx, actor, body.orgId ?? actor.orgId);
    if (!centre) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
    if (centre.type !== 'legalAidCentre') throw fail(legalAidErrors, 'AID_CENTRE_INVALID', { field: 'orgId' });
    if (body.hostOrgId && !(await findOrgById(trx, body.hostOrgId))) throw fail(coreErrors, 'NOT_FOUND', { field: 'hostOrgId' });
    const id = newId();
    const now = k.clock.now().toISOString();
    await insertStation(trx, {
      id,
      orgId: centre.id,
      name: body.name,
      hostKind: body.hostKind,
      hostOrgId: body.hostOrgId ?? null,
      hostName: body.hostName,
      address: body.address ?? null,
      active: 1,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await k.audit.record(trx, ctx, {
      action: 'legalAid.dutyStation.create',
      entityType: 'aidDutyStation',
      entityId: id,
      orgId: centre.id,
      after: { name: body.name, hostKind: body.hostKind, hostName: body.hostName, hostOrgId: body.hostOrgId ?? null },
    });
    return id;
  });
}

/** Adds lawyers to the roster (existing entries are kept, repeated ones ignored); each must be an active lawyer. */
export async function addRosterEntries(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  stationId: string,
  body: RosterBody,
): Promise<number> {
  return k.db.transaction().execute(async (trx) => {
    const station = await findStationInScope(trx, actor, stationId);
    if (!station || !actor.permissions.has('legalAid.duty.manage')) throw notFound();
    if (station.active !== 1) throw fail(legalAidErrors, 'AID_STATION_INACTIVE');
    for (const [i, e] of body.entries.entries()) {
      const p = await findProviderInScope(trx, actor, e.providerId);
      if (!p || p.kind !== 'lawyer' || p.active !== 1)
        throw fail(legalAidErrors, 'AID_DUTY_PROVIDER_INVALID', { field: `entries.${i}.providerId` });
    }
    const seen = new Set<string>();
    const fresh = [];
    for (const e of body.entries) {
      const key = `${e.dutyDate}|${e.providerId}`;
      if (seen.has(key) || (await isOnRoster(trx, stationId, e.providerId, e.dutyDate))) continue;
      seen.add(key);
      fresh.push(e);
    }
    const now = k.clock.now().toISOString();
    await insertRosterEntries(
      trx,
      fresh.map((e) => ({
        id: newId(),
        stationId,
        dutyDate: e.dutyDate,
        providerId: e.providerId,
        createdBy: actorId(actor),
        createdAt: now,
      })),
    );
    await k.audit.record(trx, ctx, {
      action: 'legalAid.dutyRoster.create',
      entityType: 'aidDutyStation',
      entityId: stationId,
      orgId: station.orgId,
      after: { added: fresh.map((e) => `${e.dutyDate} ${e.providerId}`) },
    });
    return fresh.length;
  });
}

/**
 * 第三十条: the help a duty lawyer gave one person, one row per kind of help (same `visitId`). The
 * lawyer must be on the station's roster that day; a duty lawyer without `duty.manage` records only
 * their own services.
 */
export async function recordService(k: Services, ctx: RequestContext, actor: ScopedActor, body: ServiceBody): Promise<string> {
  const today = localDateAt(k.clock.now());
  if (isAfter(body.servedOn as LocalDate, today)) throw fail(legalAidErrors, 'AID_DATE_IN_FUTURE', { field: 'servedOn' });
  return k.db.transaction().execute(async (trx) => {
    const station = await findStationInScope(trx, actor, body.stationId);
    if (!station) throw fail(coreErrors, 'NOT_FOUND', { field: 'stationId' });
    if (station.active !== 1) throw fail(legalAidErrors, 'AID_STATION_INACTIVE', { field: 'stationId' });
    const manager = actor.permissions.has('legalAid.duty.manage');
    const own = actor.kind === 'staff' ? await findProviderOfUser(trx, actor.userId) : undefined;
    let providerId = body.providerId ?? own?.id;
    if (!manager && body.providerId && body.providerId !== own?.id) throw fail(coreErrors, 'NOT_FOUND', { field: 'providerId' });
    if (manager && body.providerId) providerId = (await findProviderInScope(trx, actor, body.providerId))?.id;
    if (!providerId) throw fail(coreErrors, 'NOT_FOUND', { field: 'providerId' });
    if (!(await isOnRoster(trx, station.id, providerId, body.servedOn)))
      throw fail(legalAidErrors, 'AID_DUTY_NOT_ON_ROSTER', { field: 'servedOn' });
    const visitId = newId();
    const now = k.clock.now().toISOString();
    await insertServices(
      trx,
      [...new Set(body.kinds)].map((kind) => ({
        id: newId(),
        visitId,
        stationId: station.id,
        providerId: providerId!,
        servedOn: body.servedOn,
        kind,
        personName: body.personName,
        stage: body.stage,
        summary: body.summary,
        forwardedCaseId: null,
        createdBy: actorId(actor),
        createdAt: now,
      })),
    );
    await k.audit.record(trx, ctx, {
      action: 'legalAid.dutyService.create',
      entityType: 'aidDutyStation',
      entityId: station.id,
      orgId: station.orgId,
      after: { visitId, providerId, servedOn: body.servedOn, kinds: body.kinds, stage: body.stage, personName: body.personName },
    });
    return visitId;
  });
}

/** First and last day of a `YYYY-MM` month. */
export function monthRange(month: string): { from: string; to: string } {
  const from = `${month}-01` as LocalDate;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = (m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`) as LocalDate;
  return { from, to: addDays(next, -1) };
}

export async function stationMonthly(k: Services, actor: ScopedActor, stationId: string, month: string): Promise<MonthlyStats> {
  const station = await findStationInScope(k.db, actor, stationId);
  if (!station) throw notFound();
  const { from, to } = monthRange(month);
  const f = await monthlyFigures(k.db, station.id, from, to);
  const byKind = dutyServiceKinds.map((kind) => ({
    kind,
    label: { zh: dutyServiceKindLabels[kind].zh, en: dutyServiceKindLabels[kind].en },
    count: f.byKind.get(kind) ?? 0,
  }));
  return {
    stationId: station.id,
    stationName: station.name,
    month,
    visits: f.visits,
    services: byKind.reduce((n, x) => n + x.count, 0),
    byKind,
    dutyDays: f.dutyDays,
    lawyers: f.lawyers,
    forwardedApplications: f.byKind.get('applicationForwarded') ?? 0,
  };
}

export async function patchStation(k: Services, ctx: RequestContext, actor: ScopedActor, id: string, body: StationPatch): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const before = await findStationInScope(trx, actor, id);
    if (!before || !actor.permissions.has('legalAid.duty.manage')) throw notFound();
    const { version, active, ...rest } = body;
    const patch = {
      ...Object.fromEntries(Object.entries(rest).map(([key, v]) => [key, v ?? null])),
      ...(active === undefined ? {} : { active: active ? (1 as const) : (0 as const) }),
      updatedAt: k.clock.now().toISOString(),
    };
    if (!(await updateStation(trx, id, version, patch))) throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action: 'legalAid.dutyStation.update',
      entityType: 'aidDutyStation',
      entityId: id,
      orgId: before.orgId,
      before: { name: before.name, hostName: before.hostName, address: before.address, active: before.active },
      after: { ...rest, ...(active === undefined ? {} : { active: active ? 1 : 0 }) },
    });
  });
}

/** Removes a mistaken roster entry; one with services recorded that day stays (409). */
export async function removeRosterEntry(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  stationId: string,
  entryId: string,
): Promise<void> {
  await k.db.transaction().execute(async (trx) => {
    const station = await findStationInScope(trx, actor, stationId);
    if (!station || !actor.permissions.has('legalAid.duty.manage')) throw notFound();
    const entry = await findRosterEntry(trx, stationId, entryId);
    if (!entry) throw notFound();
    if ((await countServicesOn(trx, stationId, entry.providerId, entry.dutyDate)) > 0)
      throw fail(legalAidErrors, 'AID_ROSTER_HAS_SERVICES', { field: 'entryId' });
    await deleteRosterEntry(trx, entryId);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.dutyRoster.delete',
      entityType: 'aidDutyStation',
      entityId: stationId,
      orgId: station.orgId,
      before: { entryId, dutyDate: entry.dutyDate, providerId: entry.providerId },
    });
  });
}
