import type { MetricRow } from '@tianping/common/contract/stats';
import { sql } from 'kysely';
import { inOrgScope } from '../access/scope';
import { defineMetric, type MetricDefinition } from './metric';
import { instantRange, localBucket } from './period-sql';

/** District-level region code: the first six digits of a GB/T 2260 code (street and village codes extend it). */
const DISTRICT_CODE_LENGTH = 6;

const toRows = (
  rows: { key: string | null; label: string | null; series?: string | null; value: number | string | bigint }[],
): MetricRow[] => rows.map((r) => ({ key: r.key ?? 'unknown', label: r.label ?? null, series: r.series ?? null, value: Number(r.value) }));

/** Active organisations in scope, by type; by district when grouped by region. Counts those created by the end of `to`. */
export const activeOrganisations = defineMetric({
  id: 'org.activeOrganisations',
  zh: '在用机构数',
  en: 'Active organisations',
  unit: { zh: '个', en: 'organisations' },
  description: { zh: '统计截止日已设立且在用的机构数，按机构类型分列', en: 'Organisations set up by the end date and active, by type' },
  dimensions: ['region'],
  series: { zh: '机构类型', en: 'Organisation type' },
  async query(db, ctx) {
    const { toInstant } = instantRange(ctx.from, ctx.to);
    const district = sql<string>`substr(${sql.ref('organisations.regionCode')}, 1, ${sql.lit(DISTRICT_CODE_LENGTH)})`;
    const base = db
      .selectFrom('organisations')
      .where('organisations.active', '=', 1)
      .where('organisations.createdAt', '<', toInstant)
      .where((eb) => inOrgScope(eb, ctx.actor, 'organisations.id'));
    if (ctx.groupBy === 'region') {
      const rows = await base
        .leftJoin('regions', (join) => join.on('regions.code', '=', district))
        .select((eb) => [district.as('key'), 'regions.name as label', 'organisations.type as series', eb.fn.countAll<number>().as('value')])
        .groupBy([district, 'regions.name', 'organisations.type'])
        .orderBy('key')
        .orderBy('series')
        .execute();
      return toRows(rows);
    }
    const rows = await base
      .select((eb) => [sql.lit('total').as('key'), 'organisations.type as series', eb.fn.countAll<number>().as('value')])
      .groupBy('organisations.type')
      .orderBy('series')
      .execute();
    return toRows(rows.map((r) => ({ ...r, key: 'total', label: null })));
  },
});

/** Active staff accounts whose home organisation is in scope; by organisation or district. */
export const activeStaff = defineMetric({
  id: 'identity.activeStaff',
  zh: '在用工作人员账号数',
  en: 'Active staff accounts',
  unit: { zh: '人', en: 'people' },
  description: { zh: '统计截止日已创建且在用的工作人员账号', en: 'Staff accounts created by the end date and active' },
  dimensions: ['organisation', 'region'],
  async query(db, ctx) {
    const { toInstant } = instantRange(ctx.from, ctx.to);
    const base = db
      .selectFrom('users')
      .innerJoin('organisations', 'organisations.id', 'users.orgId')
      .where('users.active', '=', 1)
      .where('users.createdAt', '<', toInstant)
      .where((eb) => inOrgScope(eb, ctx.actor, 'users.orgId'));
    if (ctx.groupBy === 'organisation') {
      const rows = await base
        .select((eb) => ['organisations.id as key', 'organisations.name as label', eb.fn.countAll<number>().as('value')])
        .groupBy(['organisations.id', 'organisations.name'])
        .orderBy('organisations.name')
        .execute();
      return toRows(rows);
    }
    if (ctx.groupBy === 'region') {
      const district = sql<string>`substr(${sql.ref('organisations.regionCode')}, 1, ${sql.lit(DISTRICT_CODE_LENGTH)})`;
      const rows = await base
        .leftJoin('regions', (join) => join.on('regions.code', '=', district))
        .select((eb) => [district.as('key'), 'regions.name as label', eb.fn.countAll<number>().as('value')])
        .groupBy([district, 'regions.name'])
        .orderBy('key')
        .execute();
      return toRows(rows);
    }
    const row = await base.select((eb) => eb.fn.countAll<number>().as('value')).executeTakeFirstOrThrow();
    return [{ key: 'total', label: null, series: null, value: Number(row.value) }];
  },
});

/**
 * Audit events per local day or month, for events of organisations in scope. The audit log is the
 * auditor's (三员分立: 安全审计员), so this metric needs `audit.event.read`, not the business
 * statistics permission; events without an organisation (sign-ins, system jobs) count only for
 * city-wide auditors.
 */
export const auditEvents = defineMetric({
  id: 'audit.events',
  zh: '审计事件数',
  en: 'Audit events',
  unit: { zh: '条', en: 'events' },
  description: { zh: '区间内记录的审计事件，按日或按月', en: 'Audit events recorded in the range, per day or month' },
  dimensions: ['period'],
  permission: 'audit.event.read',
  async query(db, ctx) {
    const { fromInstant, toInstant } = instantRange(ctx.from, ctx.to);
    const base = db
      .selectFrom('auditEvents')
      .where('auditEvents.occurredAt', '>=', fromInstant)
      .where('auditEvents.occurredAt', '<', toInstant)
      .where((eb) => (ctx.actor.scope === 'city' ? sql<boolean>`1 = 1` : inOrgScope(eb, ctx.actor, 'auditEvents.orgId')));
    if (ctx.groupBy === 'day' || ctx.groupBy === 'month') {
      const bucket = localBucket(ctx.dialect, 'auditEvents.occurredAt', ctx.groupBy);
      const rows = await base
        .select((eb) => [bucket.as('key'), eb.fn.countAll<number>().as('value')])
        .groupBy(bucket)
        .orderBy('key')
        .execute();
      return toRows(rows.map((r) => ({ ...r, label: null })));
    }
    const row = await base.select((eb) => eb.fn.countAll<number>().as('value')).executeTakeFirstOrThrow();
    return [{ key: 'total', label: null, series: null, value: Number(row.value) }];
  },
});

export const coreMetrics: MetricDefinition[] = [activeOrganisations, activeStaff, auditEvents];
