import { sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { MetricRow } from '@tianping/common/contract/stats';
import { inOrgScope } from '@tianping/server/access/scope';
import type { DbOrTrx } from '@tianping/server/db/database';
import type { MetricQueryContext } from '@tianping/server/stats/metric';
import { instantRange, localBucket } from '@tianping/server/stats/period-sql';

/**
 * The shared shape of the hotline metrics (like reconsideration's metrics-query.ts, but records are
 * selected by an INSTANT column — a call's offer, a ticket's creation — whose Beijing day lies in
 * [from, to]): one aggregate over a hotline table within the reader's data scope (the centre of the
 * record), grouped by centre (`organisation`), the centre's district (`region`), Beijing month or day,
 * or not at all (`total`). Each group yields `n` (records), `hits` (records matching a numerator) and
 * `sum` (a summed measure: seconds of waiting, of talk); an optional series (category, channel,
 * destination, agent…) breaks every group down. The tables are hotline tables only; the builder is
 * typed loosely because the table is a parameter.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyEb = ExpressionBuilder<any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export interface Aggregate {
  key: string;
  label: string | null;
  series: string | null;
  n: number;
  hits: number;
  sum: number;
}

export interface AggregateSpec {
  /** A hotline table (`hlCalls`, `hlTickets`, …). */
  table: string;
  /** The centre column of the record (scope, `organisation` and `region` groupings), `<table>.orgId`. */
  org: string;
  /** The instant column selecting the records of the period. */
  at: string;
  /** Joins the query needs (e.g. the agent's user row). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  join?: (qb: any) => any;
  /** Replaces the default scope condition (`inOrgScope` on `org`). */
  scope?: (eb: AnyEb, ctx: MetricQueryContext) => Expression<SqlBool>;
  where?: (eb: AnyEb) => Expression<SqlBool>;
  /** Numerator of a rate. */
  hits?: (eb: AnyEb) => Expression<SqlBool>;
  /** A numeric column or expression summed per group. */
  sum?: string;
  /**
   * Breakdown: the grouped column and the label shown as the row's series (default: the column).
   * `lookup` labels each group from another table's row (`<table>.<key> = column`) once per group,
   * not by a join per record; groups without such a row are left out (as an inner join would).
   */
  series?: { column: string; label?: string; lookup?: { table: string; key: string; label: string } };
}

const flag = (e: Expression<SqlBool>) => sql<number>`sum(case when ${e} then 1 else 0 end)`;

/** The rows of a spec before aggregation: scope, period, joins and `where` applied. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function baseQuery(db: DbOrTrx, ctx: MetricQueryContext, spec: AggregateSpec): any {
  const { fromInstant, toInstant } = instantRange(ctx.from, ctx.to);
  let q = (db as unknown as AnyDb)
    .selectFrom(spec.table)
    .where(spec.at, '>=', fromInstant)
    .where(spec.at, '<', toInstant)
    .where((eb) => (spec.scope ? spec.scope(eb, ctx) : inOrgScope(eb, ctx.actor, spec.org)));
  // The centre only labels the `organisation` and `region` groupings: joined per record, it doubled a year's scan.
  if (ctx.groupBy === 'organisation' || ctx.groupBy === 'region') q = q.leftJoin('organisations as centre', 'centre.id', spec.org);
  if (ctx.groupBy === 'region') q = q.leftJoin('regions', 'regions.code', 'centre.regionCode');
  if (spec.join) q = spec.join(q);
  if (spec.where) q = q.where((eb: AnyEb) => spec.where!(eb));
  return q;
}

/** The group key (and its label) of the reader's grouping. */
function grouping(ctx: MetricQueryContext, spec: AggregateSpec): { key: RawBuilder<string>; label: RawBuilder<string | null> } {
  switch (ctx.groupBy) {
    case 'organisation':
      return { key: sql<string>`${sql.ref(spec.org)}`, label: sql<string>`min(${sql.ref('centre.name')})` };
    case 'region':
      return { key: sql<string>`${sql.ref('centre.regionCode')}`, label: sql<string>`min(${sql.ref('regions.name')})` };
    case 'month':
    case 'day':
      return { key: localBucket(ctx.dialect, spec.at, ctx.groupBy), label: sql<null>`null` };
    default:
      return { key: sql<string>`${sql.lit('total')}`, label: sql<null>`null` };
  }
}

type RawRow = { key: unknown; label?: unknown; series?: unknown; n?: unknown; hits?: unknown; sum?: unknown };

function toAggregates(rows: RawRow[]): Aggregate[] {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rows.map((r) => ({
    key: text(r.key) ?? 'unknown',
    label: text(r.label),
    series: text(r.series),
    n: Number(r.n ?? 0),
    hits: Number(r.hits ?? 0),
    sum: Number(r.sum ?? 0),
  }));
}

export async function aggregate(db: DbOrTrx, ctx: MetricQueryContext, spec: AggregateSpec): Promise<Aggregate[]> {
  const { key, label } = grouping(ctx, spec);
  const series = spec.series;
  let q = baseQuery(db, ctx, spec).select((eb: AnyEb) => [
    key.as('key'),
    label.as('label'),
    eb.fn.countAll<number>().as('n'),
    (spec.hits ? flag(spec.hits(eb)) : sql<number>`0`).as('hits'),
    (spec.sum ? sql<number>`coalesce(sum(${sql.ref(spec.sum)}), 0)` : sql<number>`0`).as('sum'),
  ]);
  // Ungrouped: one row (`total`), also when nothing matched; PostgreSQL refuses GROUP BY a constant.
  if (ctx.groupBy) q = q.groupBy(key);
  if (series) {
    const { lookup } = series;
    const shown = lookup
      ? sql<string>`(select ${sql.ref(`lookup.${lookup.label}`)} from ${sql.table(lookup.table)} as ${sql.id('lookup')} where ${sql.ref(`lookup.${lookup.key}`)} = ${sql.ref(series.column)})`
      : sql<string>`min(${sql.ref(series.label ?? series.column)})`;
    q = q.select(shown.as('series')).groupBy(sql.ref(series.column));
  }
  const rows = (await q.orderBy('key').execute()) as RawRow[];
  return toAggregates(rows).filter((r) => (r.n > 0 || !series) && (!series?.lookup || r.series !== null));
}

/**
 * The 90th percentile (nearest rank) of an integer column per group, entirely in SQL on both
 * dialects: a histogram (group, value → count) is ranked with window sums, and the percentile is
 * the smallest value whose cumulative count reaches 90 % of the group (10·cum ≥ 9·n). Exact, and
 * it sorts a few hundred distinct waits instead of every call of a year.
 */
export async function percentile90(db: DbOrTrx, ctx: MetricQueryContext, spec: AggregateSpec & { value: string }): Promise<MetricRow[]> {
  const { key, label } = grouping(ctx, spec);
  const valued = (eb: AnyEb) => eb(spec.value, 'is not', null);
  const histogram = baseQuery(db, ctx, { ...spec, where: (eb) => (spec.where ? eb.and([spec.where(eb), valued(eb)]) : valued(eb)) })
    .select((eb: AnyEb) => [key.as('key'), label.as('label'), sql.ref(spec.value).as('v'), eb.fn.countAll<number>().as('c')])
    .groupBy(ctx.groupBy ? [key, sql.ref(spec.value)] : [sql.ref(spec.value)]);
  const ranked = sql`select h.key as key, h.label as label, h.v as v,
      sum(h.c) over (partition by h.key order by h.v) as cum,
      sum(h.c) over (partition by h.key) as total
    from (${histogram}) h`;
  const result = await sql<{ key: unknown; label: unknown; value: unknown }>`
    select r.key as key, min(r.label) as label, min(r.v) as value
    from (${ranked}) r
    where r.cum * 10 >= r.total * 9
    group by r.key
    order by r.key`.execute(db);
  return result.rows.map((r) => ({
    key: r.key === null || r.key === undefined ? 'unknown' : String(r.key),
    label: r.label === null || r.label === undefined ? null : String(r.label),
    series: null,
    value: Number(r.value ?? 0),
  }));
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

export const asCount = (rows: Aggregate[]): MetricRow[] => rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.n }));
export const asHits = (rows: Aggregate[]): MetricRow[] =>
  rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: r.hits }));
/** Percentage with two decimals of hits over n; no row when the denominator is empty (not a 0 %). */
export const asRate = (rows: Aggregate[]): MetricRow[] =>
  rows.filter((r) => r.n > 0).map((r) => ({ key: r.key, label: r.label, series: r.series, value: round((100 * r.hits) / r.n, 2) }));
/** The summed measure divided by n, one decimal; no row when nothing was measured. */
export const asAverage = (rows: Aggregate[]): MetricRow[] =>
  rows.filter((r) => r.n > 0).map((r) => ({ key: r.key, label: r.label, series: r.series, value: round(r.sum / r.n, 1) }));
/** The summed measure, divided (seconds → minutes), one decimal. */
export const asSum = (rows: Aggregate[], divisor = 1): MetricRow[] =>
  rows.map((r) => ({ key: r.key, label: r.label, series: r.series, value: round(r.sum / divisor, 1) }));
