import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import type { MetricRow } from '@tianping/common/contract/stats';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { Database } from '@tianping/server/db/schema';
import type { MetricQueryContext } from '@tianping/server/stats/metric';

/**
 * The shared shape of the case metrics of people's mediation (like reconsideration's
 * metrics-query.ts): one aggregate over `med_cases` within the reader's scope (the committee of the
 * case), the cases selected by a LocalDate column in [from, to], grouped by committee, district
 * (the case's region code), month or day of that column. Each group yields `n` (cases), `hits`
 * (cases matching a numerator) and `days` (a sum of natural days); the metric turns them into its
 * value. An optional series (kind, source, outcome, mediator) breaks every group down.
 */

type CaseEb = ExpressionBuilder<Database, 'medCases'>;

export interface Aggregate {
  key: string;
  label: string | null;
  series: string | null;
  n: number;
  hits: number;
  days: number;
}

export interface CaseAggregateSpec {
  date: 'receivedOn' | 'acceptedOn' | 'closedOn';
  where?: (eb: CaseEb) => Expression<SqlBool>;
  hits?: (eb: CaseEb) => Expression<SqlBool>;
  days?: (dialect: 'sqlite' | 'postgres') => RawBuilder<number>;
  /** A case column, or `mediator` (the designated mediator's name). */
  series?: 'kind' | 'source' | 'outcome' | 'mediator';
}

/** Natural days between two LocalDate columns, on either dialect. */
export function naturalDays(dialect: 'sqlite' | 'postgres', from: string, to: string): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`(cast(${sql.ref(to)} as date) - cast(${sql.ref(from)} as date))`
    : sql<number>`cast(julianday(${sql.ref(to)}) - julianday(${sql.ref(from)}) as integer)`;
}

/** `state IN (…)` written so that the period (a date range) stays the selective condition. */
export function stateIn(eb: CaseEb, states: readonly string[]): Expression<SqlBool> {
  return eb(sql<string>`(${sql.ref('medCases.state')} || '')`, 'in', [...states]);
}

const flag = (e: Expression<SqlBool>) => sql<number>`sum(case when ${e} then 1 else 0 end)`;

type RawRow = { key: unknown; label?: unknown; series?: unknown; n: unknown; hits: unknown; days: unknown };

function toAggregates(rows: RawRow[]): Aggregate[] {
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
  const dateCol = `medCases.${spec.date}` as const;
  let q = db
    .selectFrom('medCases')
    .leftJoin('medMediators', 'medMediators.id', 'medCases.mediatorId')
    .where((eb) => inOrgScope(eb, ctx.actor, 'medCases.orgId'))
    .where(dateCol, '>=', ctx.from)
    .where(dateCol, '<=', ctx.to);
  if (spec.series === 'mediator') q = q.where('medCases.mediatorId', 'is not', null);
  if (spec.where) q = q.where((eb) => spec.where!(eb as unknown as CaseEb));
  const { hits, days } = spec;
  const measures = q.select((eb) => [
    eb.fn.countAll<number>().as('n'),
    (hits ? flag(hits(eb as unknown as CaseEb)) : sql<number>`0`).as('hits'),
    (days ? sql<number>`sum(${days(ctx.dialect)})` : sql<number>`0`).as('days'),
  ]);
  const seriesCol = spec.series === 'mediator' ? 'medMediators.name' : spec.series ? (`medCases.${spec.series}` as const) : null;
  const withSeries = seriesCol ? measures.select(sql.ref<string>(seriesCol).as('series')).groupBy(seriesCol) : measures;
  switch (ctx.groupBy) {
    case 'organisation':
      return toAggregates(
        await withSeries
          .leftJoin('organisations', 'organisations.id', 'medCases.orgId')
          .select(['medCases.orgId as key', sql<string>`min(${sql.ref('organisations.name')})`.as('label')])
          .groupBy('medCases.orgId')
          .orderBy('key')
          .execute(),
      );
    case 'region':
      return toAggregates(
        await withSeries
          .leftJoin('regions', 'regions.code', 'medCases.regionCode')
          .select(['medCases.regionCode as key', sql<string>`min(${sql.ref('regions.name')})`.as('label')])
          .groupBy('medCases.regionCode')
          .orderBy('key')
          .execute(),
      );
    case 'month':
    case 'day': {
      const bucket = sql<string>`substr(${sql.ref(dateCol)}, 1, ${sql.lit(ctx.groupBy === 'month' ? 7 : 10)})`;
      return toAggregates(await withSeries.select(bucket.as('key')).groupBy(bucket).orderBy('key').execute());
    }
    default: {
      const rows = toAggregates(await withSeries.select(sql.lit('total').as('key')).execute());
      return rows.filter((r) => r.n > 0 || !seriesCol);
    }
  }
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export const asCount = (rows: Aggregate[]): MetricRow[] => rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.n }));
/** Percentage with two decimals; 0 when the denominator is empty. */
export const asRate = (rows: Aggregate[]): MetricRow[] =>
  rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.n ? round((100 * r.hits) / r.n, 2) : 0 }));
export const asAverageDays = (rows: Aggregate[]): MetricRow[] =>
  rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.n ? round(r.days / r.n, 1) : 0 }));
/** Replaces enum values in the series by their Chinese labels. */
export const labelSeries = (rows: MetricRow[], labels: Readonly<Record<string, { zh: string }>>): MetricRow[] =>
  rows.map((r) => ({ ...r, series: r.series ? (labels[r.series]?.zh ?? r.series) : r.series }));
