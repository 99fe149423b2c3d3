import { localDateAt } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { fail } from '@tianping/server/http/errors';
import { findOrgById } from '@tianping/server/org/org.repository';
import type { ForwardBody } from '../contract/duty';
import { legalAidErrors } from '../contract/errors';
import { createApplicationInTrx } from './application-intake.service';
import { findStationInScope, insertServices, isOnRoster } from './duty.repository';
import { findProviderInScope, findProviderOfUser } from './provider.repository';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii' | 'caseNumbers'>;

/**
 * 第三十九条第二款: the duty lawyer forwards an application to the centre that runs the station. Checks
 * of the station and the roster first (nothing written on failure); then the application is recorded
 * by AA's intake (`createApplication`, origin `forwarded`, forwarder `dutyLawyer`, both instants, the
 * 24-hour flag) on behalf of the station's centre, and the service row `applicationForwarded` links it —
 * both in ONE transaction (`createApplicationInTrx`): a failure of either leaves neither the case nor
 * the service row.
 */
export async function forwardApplication(k: Services, ctx: RequestContext, actor: ScopedActor, body: ForwardBody) {
  const today = localDateAt(k.clock.now());
  if (body.servedOn > today) throw fail(legalAidErrors, 'AID_DATE_IN_FUTURE', { field: 'servedOn' });
  const station = await findStationInScope(k.db, actor, body.stationId);
  if (!station) throw fail(coreErrors, 'NOT_FOUND', { field: 'stationId' });
  if (station.active !== 1) throw fail(legalAidErrors, 'AID_STATION_INACTIVE', { field: 'stationId' });
  const manager = actor.permissions.has('legalAid.duty.manage');
  const own = actor.kind === 'staff' ? await findProviderOfUser(k.db, actor.userId) : undefined;
  if (!manager && body.providerId && body.providerId !== own?.id) throw fail(coreErrors, 'NOT_FOUND', { field: 'providerId' });
  const provider = manager && body.providerId ? await findProviderInScope(k.db, actor, body.providerId) : own;
  if (!provider) throw fail(coreErrors, 'NOT_FOUND', { field: 'providerId' });
  if (!(await isOnRoster(k.db, station.id, provider.id, body.servedOn)))
    throw fail(legalAidErrors, 'AID_DUTY_NOT_ON_ROSTER', { field: 'servedOn' });
  const centre = (await findOrgById(k.db, station.orgId))!;

  const serviceId = newId();
  const { stationId: _s, providerId: _p, servedOn, stage, receivedAt, ...application } = body;
  // The duty lawyer acts for the centre that stations them: the intake sees the centre as in scope.
  const onBehalf: ScopedActor = { ...actor, orgId: centre.id, orgPath: centre.path, scope: 'own' };
  return k.db.transaction().execute(async (trx) => {
    const c = await createApplicationInTrx(k, trx, ctx, onBehalf, {
      ...application,
      origin: 'forwarded',
      orgId: centre.id,
      forwardedBy: `${station.name} 值班律师 ${provider.name}`,
      forwarderKind: 'dutyLawyer',
      forwarderReceivedAt: receivedAt,
      forwardedAt: k.clock.now().toISOString(),
      dutyServiceId: serviceId,
    });
    await insertServices(trx, [
      {
        id: serviceId,
        visitId: serviceId,
        stationId: station.id,
        providerId: provider.id,
        servedOn,
        kind: 'applicationForwarded',
        personName: body.applicant.name,
        stage,
        summary: body.matterSummary,
        forwardedCaseId: c.id,
        createdBy: actor.kind === 'staff' ? actor.userId : actor.tokenId,
        createdAt: k.clock.now().toISOString(),
      },
    ]);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.dutyService.forward',
      entityType: 'aidDutyStation',
      entityId: station.id,
      orgId: station.orgId,
      after: { serviceId, caseId: c.id, caseNumber: c.caseNumber, providerId: provider.id, forwardedLate: c.forwardedLate === 1 },
    });
    return { caseId: c.id, caseNumber: c.caseNumber, forwardedLate: c.forwardedLate === 1, serviceId };
  });
}
