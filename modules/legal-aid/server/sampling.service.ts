import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { RequestContext, ScopedActor } from '@tianping/server/access/actor';
import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import { notFound } from '@tianping/server/http/errors';
import { findOrgInScope } from '@tianping/server/org/org.repository';
import { matterGroupLabels, matterKindLabels, matterKinds, type MatterGroup } from '../contract/enums';
import type { DrawCreate } from '../contract/quality';
import { verifyDraw } from '@tianping/common/sampling/reproducible-draw';
import { drawSample, drawSeed, recomputeSteps, sampleSizeFor } from '../domain/sampling';
import type { AidSamplingDrawTable } from './casework-tables';
import { aidFail, createdBy, nowIso } from './casework-support';
import { findDrawInScope, insertDraw, listDraws, populationIds, reviewedOfDraw, sampleCases } from './quality.repository';

/**
 * Random sampling of finished cases for case-file review (案卷抽查, 法律援助法 第五十七条、第五十九条): a
 * recorded, reproducible draw (domain/sampling.ts): the population query, the published value and instant
 * giving the seed, the population ids, the size and the sample are stored; GET shows how to recompute and
 * re-checks it.
 */

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

interface PopulationQuery {
  orgSubtreeOf: string;
  closedOnFrom: string;
  closedOnTo: string;
  states: string[];
  matterGroup: string | null;
}

const kindsOf = (group: string | null) => (group ? matterKinds.filter((m) => matterKindLabels[m].group === group) : null);

function describe(q: PopulationQuery, orgName: string) {
  const group = q.matterGroup ? matterGroupLabels[q.matterGroup as MatterGroup] : null;
  return {
    zh: `${orgName}及其下级机构，${q.closedOnFrom}至${q.closedOnTo}期间办结（结案或终止）的${group ? `${group.zh}` : ''}法律援助案件`,
    en: `${group ? `${group.en} ` : ''}legal aid cases of ${orgName} and its subordinate bodies finished (closed or terminated) from ${q.closedOnFrom} to ${q.closedOnTo}`,
  };
}

function summary(r: Selectable<AidSamplingDrawTable>) {
  const q = JSON.parse(r.populationQuery) as PopulationQuery;
  return {
    id: r.id,
    orgId: r.orgId,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    matterGroup: q.matterGroup,
    publishedValue: r.publishedValue,
    drawnAt: r.drawnAt,
    seed: r.seed,
    populationCount: r.populationCount,
    sampleSize: r.sampleSize,
    sampleIds: JSON.parse(r.sampleIds) as string[],
  };
}

export async function createDraw(k: Kernel, ctx: RequestContext, actor: ScopedActor, input: DrawCreate) {
  const org = await findOrgInScope(k.db, actor, input.orgId);
  if (!org) throw aidFail('AID_SAMPLE_ORG_INVALID', 'orgId');
  if (input.periodTo < input.periodFrom) throw aidFail('AID_DATE_ORDER', 'periodTo');
  const query: PopulationQuery = {
    orgSubtreeOf: org.id,
    closedOnFrom: input.periodFrom,
    closedOnTo: input.periodTo,
    states: ['closed', 'terminated'],
    matterGroup: input.matterGroup ?? null,
  };
  const population = await populationIds(k.db, {
    orgPath: org.path,
    from: input.periodFrom,
    to: input.periodTo,
    matterKinds: kindsOf(query.matterGroup),
  });
  if (population.length === 0) throw aidFail('AID_SAMPLE_EMPTY', 'periodFrom');
  const drawnAt = nowIso(k);
  const seed = drawSeed(input.publishedValue, drawnAt, sha256);
  const size = sampleSizeFor(population.length, input);
  const sample = drawSample(population, seed, size, sha256);
  const row = {
    id: newId(),
    orgId: org.id,
    periodFrom: input.periodFrom,
    periodTo: input.periodTo,
    populationQuery: JSON.stringify(query),
    publishedValue: input.publishedValue,
    drawnAt,
    seed,
    populationCount: population.length,
    populationIds: JSON.stringify(population),
    sampleSize: sample.length,
    sampleIds: JSON.stringify(sample),
    createdBy: createdBy(actor),
    createdAt: drawnAt,
  };
  await k.db.transaction().execute(async (trx) => {
    await insertDraw(trx, row);
    await k.audit.record(trx, ctx, {
      action: 'legalAid.sampling.draw',
      entityType: 'aidSamplingDraw',
      entityId: row.id,
      orgId: org.id,
      after: { query, publishedValue: row.publishedValue, drawnAt, seed, populationCount: row.populationCount, sampleIds: sample },
    });
  });
  return getDraw(k, actor, row.id);
}

export async function getDraw(k: Kernel, actor: ScopedActor, id: string) {
  const r = await findDrawInScope(k.db, actor, id);
  if (!r) throw notFound();
  const q = JSON.parse(r.populationQuery) as PopulationQuery;
  const population = JSON.parse(r.populationIds) as string[];
  const sampleIds = JSON.parse(r.sampleIds) as string[];
  const [cases, reviewed, orgRow] = await Promise.all([
    sampleCases(k.db, sampleIds),
    reviewedOfDraw(k.db, r.id),
    k.db.selectFrom('organisations').select('name').where('id', '=', r.orgId).executeTakeFirst(),
  ]);
  const byId = new Map(cases.map((c) => [c.id, c]));
  return {
    ...summary(r),
    populationQuery: { ...q, description: describe(q, orgRow?.name ?? r.orgId) },
    populationIds: population,
    sample: sampleIds.map((id) => ({
      caseId: id,
      caseNumber: byId.get(id)?.caseNumber ?? id,
      closedOn: byId.get(id)?.closedOn ?? null,
      reviewed: reviewed.includes(id),
    })),
    recompute: { zh: [...recomputeSteps.zh], en: [...recomputeSteps.en] },
    verified: verifyDraw({ ...r, populationIds: population, sampleIds }, sha256),
  };
}

export async function getDraws(k: Kernel, actor: ScopedActor, q: { page: number; pageSize: number }) {
  const { rows, total } = await listDraws(k.db, actor, q);
  return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
}
