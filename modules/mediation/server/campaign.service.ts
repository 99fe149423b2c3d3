import { localDateAt, type LocalDate } from '@tianping/common/calendar/index';
import { coreErrors } from '@tianping/common/errors/codes';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import type { DbOrTrx } from '@tianping/server/db/database';
import { newId, nowIso } from '@tianping/server/db/ids';
import { conflict, fail, notFound } from '@tianping/server/http/errors';
import { findOrgInScope } from '@tianping/server/org/org.repository';
import type { CampaignCreateInput, CampaignDetail, CampaignListQuery, CampaignPage } from '../contract/campaign';
import { mediationErrors } from '../contract/errors';
import { presentCampaignDetail, presentCampaignSummary } from './campaign.presenter';
import { findCampaignInScope, insertCampaign, listCampaigns, regionExists, updateCampaign, type CampaignRow } from './campaign.repository';
import { actorId } from './mediator.service';

type Services = Pick<Kernel, 'db' | 'audit' | 'clock'>;

export const today = (k: Pick<Kernel, 'clock'>): LocalDate => localDateAt(k.clock.now());

export async function listCampaignPage(k: Services, actor: ScopedActor, query: CampaignListQuery): Promise<CampaignPage> {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await listCampaigns(k.db, actor, filter, { page, pageSize });
  return { items: rows.map(presentCampaignSummary), total, page, pageSize };
}

export async function loadCampaign(db: DbOrTrx, actor: ScopedActor, id: string): Promise<CampaignRow> {
  const row = await findCampaignInScope(db, actor, id);
  if (!row) throw notFound();
  return row;
}

export async function getCampaign(k: Services, actor: ScopedActor, id: string): Promise<CampaignDetail> {
  return presentCampaignDetail(await loadCampaign(k.db, actor, id), actor);
}

/** A campaign over a region (district, street or village) and a period, run by an organisation in scope. */
export async function createCampaign(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  input: CampaignCreateInput,
): Promise<CampaignDetail> {
  if (input.periodEnd < input.periodStart) throw fail(mediationErrors, 'MED_DATE_ORDER', { field: 'periodEnd' });
  return k.db.transaction().execute(async (trx) => {
    const org = await findOrgInScope(trx, actor, input.orgId);
    if (!org || org.active !== 1) throw fail(coreErrors, 'NOT_FOUND', { field: 'orgId' });
    if (!(await regionExists(trx, input.regionCode))) throw fail(mediationErrors, 'MED_REGION_UNKNOWN', { field: 'regionCode' });
    const now = nowIso();
    const row = {
      id: newId(),
      orgId: org.id,
      title: input.title,
      regionCode: input.regionCode,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      focus: input.focus ?? null,
      status: 'open',
      createdBy: actorId(actor),
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertCampaign(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'mediation.campaign.create',
      entityType: 'medCampaign',
      entityId: row.id,
      orgId: org.id,
      after: { title: row.title, regionCode: row.regionCode, periodStart: row.periodStart, periodEnd: row.periodEnd, status: row.status },
    });
    return presentCampaignDetail(await loadCampaign(trx, actor, row.id), actor);
  });
}

/** Ends the campaign: no new findings; open findings stay tracked to resolution. */
export async function closeCampaign(
  k: Services,
  ctx: RequestContext,
  actor: ScopedActor,
  id: string,
  version: number,
): Promise<CampaignDetail> {
  return k.db.transaction().execute(async (trx) => {
    const c = await loadCampaign(trx, actor, id);
    if (c.status === 'closed') throw fail(mediationErrors, 'MED_CAMPAIGN_CLOSED', { field: 'status' });
    if (!(await updateCampaign(trx, id, version, { status: 'closed', updatedAt: nowIso() }))) throw conflict({ field: 'version' });
    await k.audit.record(trx, ctx, {
      action: 'mediation.campaign.close',
      entityType: 'medCampaign',
      entityId: id,
      orgId: c.orgId,
      before: { status: c.status },
      after: { status: 'closed' },
    });
    return presentCampaignDetail(await loadCampaign(trx, actor, id), actor);
  });
}
