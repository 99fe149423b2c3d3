import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import { verifyDraw } from '@tianping/common/sampling/reproducible-draw';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { fail, notFound } from '@tianping/server/http/errors';
import { findOrgInScope } from '@tianping/server/org/org.repository';
import { hotlineErrors } from '../contract/errors';
import type { FollowUpDraw, FollowUpDrawBody, FollowUpDrawDetail, FollowUpDrawSummary } from '../contract/followup';
import { drawFollowUpSample, followUpSampleSize, followUpSeed, followUpSteps } from '../domain/followup-sample';
import { beijingDayStart, daysInclusive } from './dates';
import { followUpQuery, followUpView } from './followup.service';
import type { HlFollowupDrawTable } from './handling-tables';
import { handlingScope } from './handling.repository';
import { readHotlineSettings } from './settings';
import { ticketScope } from './ticket.repository';

/**
 * Follow-up draws (回访抽样): a recorded, reproducible sample (domain/followup-sample.ts, the procedure
 * shared with legal aid in common/sampling/reproducible-draw.ts). The population — tickets closed in the
 * period at the centres in scope (or the one named) that have no follow-up from an earlier draw — is
 * stored with the draw (query and ids), so GET …/draws/:id recomputes and verifies it.
 */

type Services = Pick<Kernel, 'db' | 'audit' | 'clock' | 'pii'>;
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

export interface FollowUpPopulationQuery {
  from: string;
  to: string;
  /** The centre named, else null: all centres in the scope of the drawer's organisation. */
  orgId: string | null;
  scopeOrgId: string;
  excludesEarlierFollowUps: boolean;
}

function describe(q: FollowUpPopulationQuery, orgName: string) {
  const excl = q.excludesEarlierFollowUps;
  return {
    zh: `${orgName}${q.orgId ? '' : '可见范围内各中心'}${q.from}至${q.to}（北京时间）办结的12348热线工单${excl ? '，不含此前抽样中已抽中回访的工单' : ''}`,
    en: `12348 hotline tickets closed from ${q.from} to ${q.to} (Beijing time) at ${q.orgId ? orgName : `the centres in the scope of ${orgName}`}${excl ? ', without tickets already drawn for a follow-up by an earlier draw' : ''}`,
  };
}

export async function drawFollowUps(k: Services, ctx: RequestContext, actor: ScopedActor, body: FollowUpDrawBody): Promise<FollowUpDraw> {
  if (body.to < body.from || daysInclusive(body.from, body.to) > 366)
    throw fail(hotlineErrors, 'HOTLINE_DATE_RANGE_INVALID', { field: 'to' });
  const org = body.orgId ? await findOrgInScope(k.db, actor, body.orgId) : undefined;
  if (body.orgId && !org) throw fail(hotlineErrors, 'HOTLINE_CENTRE_INVALID', { field: 'orgId' });
  const percent = body.percent ?? (await readHotlineSettings(k.db)).followUpSamplePercent;
  const drawId = newId();
  const drawnAt = k.clock.now().toISOString();
  const publishedValue = body.publishedValue ?? drawnAt;
  const seed = followUpSeed(publishedValue, drawnAt, sha256);
  const query: FollowUpPopulationQuery = {
    from: body.from,
    to: body.to,
    orgId: org?.id ?? null,
    scopeOrgId: actor.orgId,
    excludesEarlierFollowUps: true,
  };
  const { sample, populationCount } = await k.db.transaction().execute(async (trx) => {
    let q = trx
      .selectFrom('hlTickets')
      .select(['hlTickets.id', 'hlTickets.orgId'])
      .where('hlTickets.state', '=', 'closed')
      .where('hlTickets.closedAt', '>=', beijingDayStart(body.from))
      .where('hlTickets.closedAt', '<', beijingDayStart(body.to, 1))
      .where((eb) => ticketScope(eb, actor))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('hlFollowups').select('hlFollowups.id').whereRef('hlFollowups.ticketId', '=', 'hlTickets.id'))),
      );
    if (org) q = q.where('hlTickets.orgId', '=', org.id);
    const population = await q.execute();
    if (population.length === 0) throw fail(hotlineErrors, 'HOTLINE_FOLLOWUP_EMPTY', { field: 'from' });
    const ids = population.map((p) => p.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const drawn = drawFollowUpSample(ids, seed, followUpSampleSize(ids.length, percent), sha256);
    const orgOf = new Map(population.map((p) => [p.id, p.orgId]));
    await trx
      .insertInto('hlFollowupDraws')
      .values({
        id: drawId,
        orgId: org?.id ?? actor.orgId,
        fromDate: body.from,
        toDate: body.to,
        percent,
        publishedValue,
        drawnAt,
        seed,
        populationCount: ids.length,
        sampleIds: JSON.stringify(drawn),
        drawnBy: actor.kind === 'staff' ? actor.userId : null,
        populationQuery: JSON.stringify(query),
        populationIds: JSON.stringify(ids),
      })
      .execute();
    const rows = drawn.map((ticketId) => ({
      id: newId(),
      drawId,
      ticketId,
      orgId: orgOf.get(ticketId)!,
      state: 'pending',
      createdAt: drawnAt,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto('hlFollowups')
        .values(rows.slice(i, i + 200))
        .execute();
    await k.audit.record(trx, ctx, {
      action: 'hotline.followup.draw',
      entityType: 'hlFollowupDraw',
      entityId: drawId,
      orgId: org?.id ?? actor.orgId,
      after: { query, percent, publishedValue, drawnAt, seed, populationCount: ids.length, sampleIds: drawn },
    });
    return { sample: drawn, populationCount: ids.length };
  });
  const items = await followUpQuery(k, actor).where('hlFollowups.drawId', '=', drawId).execute();
  const order = new Map(sample.map((id, i) => [id, i]));
  items.sort((a, b) => order.get(a.ticketId)! - order.get(b.ticketId)!);
  return {
    drawId,
    seed,
    publishedValue,
    drawnAt,
    populationCount,
    percent,
    items: items.map((r) => followUpView(k.pii, r)),
    steps: { zh: [...followUpSteps.zh], en: [...followUpSteps.en] },
  };
}

function drawQuery(k: Pick<Kernel, 'db'>, actor: ScopedActor) {
  return k.db
    .selectFrom('hlFollowupDraws')
    .innerJoin('organisations', 'organisations.id', 'hlFollowupDraws.orgId')
    .leftJoin('users', 'users.id', 'hlFollowupDraws.drawnBy')
    .selectAll('hlFollowupDraws')
    .select(['organisations.name as orgName', 'users.displayName as drawnByName'])
    .where((eb) => handlingScope(eb, actor, 'hlFollowupDraws.orgId'));
}

function summary(r: Selectable<HlFollowupDrawTable> & { orgName: string; drawnByName: string | null }): FollowUpDrawSummary {
  return {
    id: r.id,
    orgId: r.orgId,
    orgName: r.orgName,
    fromDate: r.fromDate,
    toDate: r.toDate,
    percent: r.percent,
    publishedValue: r.publishedValue,
    drawnAt: r.drawnAt,
    seed: r.seed,
    populationCount: r.populationCount,
    sampleSize: (JSON.parse(r.sampleIds) as string[]).length,
    drawnByName: r.drawnByName,
  };
}

/** GET /api/hotline/followups/draws: the draws of the organisations in scope, newest first. */
export async function listFollowUpDraws(k: Pick<Kernel, 'db'>, actor: ScopedActor, q: { page: number; pageSize: number }) {
  const base = drawQuery(k, actor);
  const total = await base
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await base
    .orderBy('hlFollowupDraws.drawnAt', 'desc')
    .orderBy('hlFollowupDraws.id', 'asc')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { items: rows.map(summary), total: Number(total.n), page: q.page, pageSize: q.pageSize };
}

/** GET /api/hotline/followups/draws/:id: the draw, how to recompute it, and `verified` recomputed now. */
export async function getFollowUpDraw(k: Pick<Kernel, 'db'>, actor: ScopedActor, id: string): Promise<FollowUpDrawDetail> {
  const r = await drawQuery(k, actor).where('hlFollowupDraws.id', '=', id).executeTakeFirst();
  if (!r) throw notFound();
  const sampleIds = JSON.parse(r.sampleIds) as string[];
  const populationIds = r.populationIds === null ? null : (JSON.parse(r.populationIds) as string[]);
  const query = r.populationQuery === null ? null : (JSON.parse(r.populationQuery) as FollowUpPopulationQuery);
  const [tickets, followUps] = await Promise.all([
    sampleIds.length ? k.db.selectFrom('hlTickets').select(['id', 'number']).where('id', 'in', sampleIds).execute() : [],
    k.db.selectFrom('hlFollowups').select(['id', 'ticketId', 'state']).where('drawId', '=', r.id).execute(),
  ]);
  const numberOf = new Map(tickets.map((t) => [t.id, t.number]));
  const followUpOf = new Map(followUps.map((f) => [f.ticketId, f]));
  const verified =
    populationIds === null
      ? null
      : verifyDraw({ ...r, populationIds, sampleIds, sampleSize: followUpSampleSize(r.populationCount, r.percent) }, sha256);
  return {
    ...summary(r),
    populationQuery: query && { ...query, description: describe(query, r.orgName) },
    populationIds,
    sample: sampleIds.map((ticketId) => ({
      ticketId,
      ticketNumber: numberOf.get(ticketId) ?? ticketId,
      followUpId: followUpOf.get(ticketId)?.id ?? null,
      state: (followUpOf.get(ticketId)?.state ?? null) as FollowUpDrawDetail['sample'][number]['state'],
    })),
    recompute: { zh: [...followUpSteps.zh], en: [...followUpSteps.en] },
    verified,
  };
}
