import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { MetricRow } from '@tianping/common/contract/stats';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { MetricQueryContext } from '@tianping/server/stats/metric';

/**
 * The shared shape of the reconsideration metrics: one aggregate over `recon_cases` (or
 * `recon_litigations`) within the caller's scope, the records selected by a local-date column
 * in [from, to], grouped by handling body, district (region code of the record), month or day of
 * that date. Each group yields `n` (records), `hits` (records matching a numerator) and `days`
 * (a sum of natural days); the metric turns them into its value (count, rate in %, average).
 * Dates are LocalDate strings, so grouping by period needs no time-zone conversion.
 */

type CaseEb = ExpressionBuilder<Database, 'reconCases'>;
type LitEb = ExpressionBuilder<Database, 'reconLitigations'>;

export interface Aggregate {
  key: string;
  label: string | null;
  series: string | null;
  n: number;
  hits: number;
  days: number;
}

export interface CaseAggregateSpec {
  /** The local-date column selecting the records of the period. */
  date: 'receivedOn' | 'acceptedOn' | 'closedOn' | 'decisionDueOn';
  where?: (eb: CaseEb, ctx: MetricQueryContext) => Expression<SqlBool>;
  /** Numerator of a rate. */
  hits?: (eb: CaseEb) => Expression<SqlBool>;
  /** Natural days summed per group (average handling time). */
  days?: (dialect: 'sqlite' | 'postgres') => RawBuilder<number>;
  /** Breakdown column carried by every row. */
  series?: 'actKind' | 'decisionType';
  /** `organisation` groups by the handling body (default) or by the respondent agency (被申请人). */
  organisation?: 'orgId' | 'respondentOrgId';
  /** Whether the date range applies (false: a snapshot, `where` does the selection). */
  ranged?: boolean;
}

/** Natural days between two LocalDate columns, on either dialect. */
export function naturalDays(dialect: 'sqlite' | 'postgres', from: string, to: string): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`(cast(${sql.ref(to)} as date) - cast(${sql.ref(from)} as date))`
    : sql<number>`cast(julianday(${sql.ref(to)}) - julianday(${sql.ref(from)}) as integer)`;
}

/**
 * `state IN (…)` written so that no index on `state` is chosen: the period (a range on the
 * closing or receiving day) is the selective condition, and without planner statistics SQLite
 * would otherwise prefer an equality index on `state` and scan every year.
 */
export function stateIn(eb: CaseEb, states: readonly string[]): Expression<SqlBool> {
  return eb(sql<string>`(${sql.ref('reconCases.state')} || '')`, 'in', [...states]);
}

const flag = (e: Expression<SqlBool>) => sql<number>`sum(case when ${e} then 1 else 0 end)`;

function toAggregates(rows: { key: unknown; label?: unknown; series?: unknown; n: unknown; hits: unknown; days: unknown }[]): Aggregate[] {
  return rows.map((r) => ({
    key: r.key === null || r.key === undefined ? 'unknown' : String(r.key),
    label: r.label === null || r.label === undefined ? null : String(r.label),
    series: r.series === null || r.series === undefined ? null : String(r.series),
    n: Number(r.n ?? 0),
    hits: Number(r.hits ?? 0),
    days: Number(r.days ?? 0),
  }));
}

export async function aggregateCases(db: DbOrTrx, ctx: MetricQueryContext, spec: CaseAggregateSpec): Promise<Aggregate[]> {
  const dateCol = `reconCases.${spec.date}` as const;
  const orgCol = `reconCases.${spec.organisation ?? 'orgId'}` as const;
  // Names are joined only for the grouping that shows them (below).
  let q = db.selectFrom('reconCases').where((eb) => inOrgScope(eb, ctx.actor, 'reconCases.orgId'));
  if (spec.ranged !== false) q = q.where(dateCol, '>=', ctx.from).where(dateCol, '<=', ctx.to);
  if (spec.where) q = q.where((eb) => spec.where!(eb, ctx));
  const hits = spec.hits;
  const days = spec.days;
  const measures = q.select((eb) => [
    eb.fn.countAll<number>().as('n'),
    (hits ? flag(hits(eb)) : sql<number>`0`).as('hits'),
    (days ? sql<number>`sum(${days(ctx.dialect)})` : sql<number>`0`).as('days'),
  ]);
  const seriesCol = spec.series ? (`reconCases.${spec.series}` as const) : null;
  const withSeries = seriesCol ? measures.select(sql.ref<string>(seriesCol).as('series')).groupBy(seriesCol) : measures;
  switch (ctx.groupBy) {
    case 'organisation': {
      const label =
        spec.organisation === 'respondentOrgId'
          ? sql<string>`coalesce(${sql.ref('organisations.name')}, ${sql.ref('reconCases.respondentName')})`
          : sql<string>`${sql.ref('organisations.name')}`;
      const key = sql<string>`coalesce(${sql.ref(orgCol)}, ${sql.ref('reconCases.respondentName')})`;
      const rows = await withSeries
        .leftJoin('organisations', 'organisations.id', orgCol)
        .select([key.as('key'), sql<string>`min(${label})`.as('label')])
        .groupBy(key)
        .orderBy('key')
        .execute();
      return toAggregates(rows);
    }
    case 'region': {
      const rows = await withSeries
        .leftJoin('regions', 'regions.code', 'reconCases.regionCode')
        .select(['reconCases.regionCode as key', sql<string>`min(${sql.ref('regions.name')})`.as('label')])
        .groupBy('reconCases.regionCode')
        .orderBy('key')
        .execute();
      return toAggregates(rows);
    }
    case 'month':
    case 'day': {
      const bucket = sql<string>`substr(${sql.ref(dateCol)}, 1, ${sql.lit(ctx.groupBy === 'month' ? 7 : 10)})`;
      const rows = await withSeries.select(bucket.as('key')).groupBy(bucket).orderBy('key').execute();
      return toAggregates(rows);
    }
    default: {
      const rows = await withSeries.select(sql.lit('total').as('key')).execute();
      return toAggregates(rows).filter((r) => r.n > 0 || !seriesCol);
    }
  }
}

export interface LitigationAggregateSpec {
  date: 'complaintServedOn' | 'closedOn';
  where?: (eb: LitEb) => Expression<SqlBool>;
  hits: (eb: LitEb) => Expression<SqlBool>;
}

export async function aggregateLitigations(db: DbOrTrx, ctx: MetricQueryContext, spec: LitigationAggregateSpec): Promise<Aggregate[]> {
  const dateCol = `reconLitigations.${spec.date}` as const;
  let q = db
    .selectFrom('reconLitigations')
    .where((eb) => inOrgScope(eb, ctx.actor, 'reconLitigations.orgId'))
    .where(dateCol, '>=', ctx.from)
    .where(dateCol, '<=', ctx.to);
  if (spec.where) q = q.where((eb) => spec.where!(eb));
  const measures = q.select((eb) => [eb.fn.countAll<number>().as('n'), flag(spec.hits(eb)).as('hits'), sql<number>`0`.as('days')]);
  switch (ctx.groupBy) {
    case 'organisation':
      return toAggregates(
        await measures
          .leftJoin('organisations', 'organisations.id', 'reconLitigations.orgId')
          .select(['reconLitigations.orgId as key', sql<string>`min(${sql.ref('organisations.name')})`.as('label')])
          .groupBy('reconLitigations.orgId')
          .orderBy('key')
          .execute(),
      );
    case 'region':
      return toAggregates(
        await measures
          .leftJoin('regions', 'regions.code', 'reconLitigations.regionCode')
          .select(['reconLitigations.regionCode as key', sql<string>`min(${sql.ref('regions.name')})`.as('label')])
          .groupBy('reconLitigations.regionCode')
          .orderBy('key')
          .execute(),
      );
    case 'month':
    case 'day': {
      const bucket = sql<string>`substr(${sql.ref(dateCol)}, 1, ${sql.lit(ctx.groupBy === 'month' ? 7 : 10)})`;
      return toAggregates(await measures.select(bucket.as('key')).groupBy(bucket).orderBy('key').execute());
    }
    default:
      return toAggregates(await measures.select(sql.lit('total').as('key')).execute());
  }
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export const asCount = (rows: Aggregate[]): MetricRow[] => rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.n }));
/** Percentage with two decimals; 0 when the denominator is empty. */
export const asRate = (rows: Aggregate[]): MetricRow[] =>
  rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.n ? round((100 * r.hits) / r.n, 2) : 0 }));
export const asAverageDays = (rows: Aggregate[]): MetricRow[] =>
  rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.n ? round(r.days / r.n, 1) : 0 }));
