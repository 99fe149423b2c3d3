import { Alert, Card, Col, DatePicker, Flex, Radio, Row as GridRow, Select, Statistic, Typography } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { MetricDefinitions, MetricTable, StatsErrors, StatsFilterCard } from '../../../../../web/src/components/StatsParts';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { breakdownMetricIds, cardMetricIds, tableMetricIds, useHotlineStats, type Figures, type StatsFilter } from '../../api/stats';
import { useStatsT, type StatsMessageKey } from '../../stats-i18n';
import { Breakdown, DailyTrend, WorkloadTable } from './StatsBreakdowns';

type TableRow = { key: string; label: string; values: Record<string, number | undefined>; total?: boolean };

const fmt = (v: number | undefined, unit: string | undefined) => {
  if (v === undefined) return '—';
  if (unit === '%') return `${v.toFixed(2)}%`;
  return v.toLocaleString(undefined, { maximumFractionDigits: 1 });
};
const isRate = (m: MetricResult | undefined) => m?.metric.unit.en === '%';

const presets: { key: StatsMessageKey; range: () => [Dayjs, Dayjs] }[] = [
  { key: 'filter.preset.30', range: () => [dayjs().subtract(29, 'day'), dayjs()] },
  { key: 'filter.preset.month', range: () => [dayjs().startOf('month'), dayjs()] },
  {
    key: 'filter.preset.lastMonth',
    range: () => [dayjs().subtract(1, 'month').startOf('month'), dayjs().subtract(1, 'month').endOf('month')],
  },
  { key: 'filter.preset.year', range: () => [dayjs().startOf('year'), dayjs()] },
];

const breakdownTitles: Record<(typeof breakdownMetricIds)[number], StatsMessageKey> = {
  'hotline.ticketsByCategory': 'breakdown.category',
  'hotline.ticketsByChannel': 'breakdown.channel',
  'hotline.transfersByDestination': 'breakdown.destination',
  'hotline.surveyRatings': 'breakdown.rating',
};

/**
 * /workbench/hotline/stats — issue 7 "Statistics": the service levels of the 12348 hotline (接通率,
 * average and 90th-percentile wait, 满意率, callbacks and online answers on time) for the reader's
 * data scope or one centre, the same by centre or district, tickets by category and channel,
 * transfers by destination, survey answers, the workload of agents and lawyers and the daily trend.
 * Every figure is a registered metric evaluated by the server (GET /api/stats/metrics/:id).
 */
export default function StatsPage() {
  const tr = useStatsT();
  const text = useLocalText();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(29, 'day'), dayjs()]);
  const [centreId, setCentreId] = useState<string | null>(null);
  const [tableBy, setTableBy] = useState<StatsFilter['table']>('organisation');
  const filter: StatsFilter = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), centreId, table: tableBy };
  const stats = useHotlineStats(filter);
  const value = (f: Figures | undefined) => (f ? (f.rows[0]?.value ?? (isRate(f.result) || f.rows.length ? undefined : 0)) : undefined);

  const tableRows = useMemo<TableRow[]>(() => {
    const byKey = new Map<string, TableRow>();
    for (const id of tableMetricIds)
      for (const r of stats.table.get(id)?.rows ?? []) {
        const row = byKey.get(r.key) ?? { key: r.key, label: r.label ?? r.key, values: {} };
        row.values[id] = r.value;
        byKey.set(r.key, row);
      }
    const rows = [...byKey.values()].sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
    if (centreId) return rows;
    const total: TableRow = { key: 'total', label: tr('table.total'), total: true, values: {} };
    for (const id of tableMetricIds) total.values[id] = stats.scoped.get(id)?.rows[0]?.value;
    return [...rows, total];
  }, [stats.table, stats.scoped, centreId, tr]);

  const count = (id: string) => value(stats.scoped.get(id)) ?? 0;
  const defs = [...new Set([...cardMetricIds, ...tableMetricIds, ...breakdownMetricIds, 'hotline.agentTickets', 'hotline.agentCalls'])]
    .map((id) => stats.scoped.get(id)?.result ?? stats.table.get(id))
    .filter((m): m is MetricResult => !!m);

  return (
    <>
      <PageHeading title={tr('page.title')} />
      <Flex vertical gap="middle">
        <StatsFilterCard onRefresh={stats.refetch} refreshing={stats.fetching} refreshLabel={tr('filter.refresh')}>
          <span>{tr('filter.period')}</span>
          <DatePicker.RangePicker
            aria-label={tr('filter.period')}
            value={range}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            presets={presets.map((p) => ({ label: tr(p.key), value: p.range() }))}
            onChange={(r) => r?.[0] && r[1] && setRange([r[0], r[1]])}
          />
          <span>{tr('filter.centre')}</span>
          <Select
            aria-label={tr('filter.centre')}
            style={{ minWidth: 240 }}
            value={centreId ?? ''}
            onChange={(v) => setCentreId(v || null)}
            options={[{ value: '', label: tr('filter.allCentres') }, ...stats.centres]}
          />
          <span id="hl-stats-table">{tr('filter.table')}</span>
          <Radio.Group
            aria-labelledby="hl-stats-table"
            value={tableBy}
            onChange={(e) => setTableBy(e.target.value as StatsFilter['table'])}
            optionType="button"
            options={[
              { value: 'organisation', label: tr('filter.byCentre') },
              { value: 'region', label: tr('filter.byDistrict') },
            ]}
          />
        </StatsFilterCard>
        <StatsErrors errors={stats.errors} onRetry={stats.refetch} />
        <Alert type="info" showIcon title={tr('local')} />
        <Card size="small" title={tr('cards.title')}>
          <GridRow gutter={[16, 16]}>
            {cardMetricIds.map((id) => {
              const f = stats.scoped.get(id);
              return (
                <Col key={id} xs={12} md={8} xl={4}>
                  <Statistic
                    title={<span title={f ? text(f.result.metric.description) : undefined}>{f ? text(f.result.metric.name) : id}</span>}
                    value={fmt(value(f), f?.result.metric.unit.en === '%' ? '%' : undefined)}
                    suffix={f && !isRate(f.result) && value(f) !== undefined ? text(f.result.metric.unit) : undefined}
                    loading={stats.pending && !f}
                  />
                </Col>
              );
            })}
          </GridRow>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {tr('cards.calls', {
              offered: count('hotline.callsOffered').toLocaleString(),
              answered: count('hotline.callsAnswered').toLocaleString(),
              abandoned: count('hotline.callsAbandoned').toLocaleString(),
            })}
          </Typography.Paragraph>
        </Card>
        <MetricTable<TableRow>
          title={`${tr('table.title')} · ${filter.from} ~ ${filter.to}`}
          labelTitle={tr('table.name')}
          rows={tableRows}
          metricIds={tableMetricIds}
          metric={(id) => stats.table.get(id)}
          cell={(id, r) => {
            const m = stats.table.get(id);
            return fmt(r.values[id] ?? (isRate(m) ? undefined : 0), m?.metric.unit.en === '%' ? '%' : undefined);
          }}
          loading={stats.pending}
          minWidth={1000}
          labelWidth={220}
          selectedKey={centreId}
          emptyText={tr('noData')}
        />
        <GridRow gutter={[16, 16]}>
          {breakdownMetricIds.map((id) => (
            <Col key={id} xs={24} lg={12}>
              <Breakdown id={id} title={tr(breakdownTitles[id])} figures={stats.scoped.get(id)} />
            </Col>
          ))}
        </GridRow>
        <GridRow gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <WorkloadTable
              tickets={stats.scoped.get('hotline.agentTickets')}
              calls={stats.scoped.get('hotline.agentCalls')}
              talk={stats.scoped.get('hotline.agentTalkMinutes')}
              loading={stats.pending}
            />
          </Col>
          <Col xs={24} xl={10}>
            <DailyTrend
              calls={stats.trend.get('hotline.callsOffered')}
              rate={stats.trend.get('hotline.connectionRate')}
              loading={stats.pending}
              wholeScope={!!centreId}
            />
          </Col>
        </GridRow>
        <MetricDefinitions title={tr('definitions')} metrics={defs} />
      </Flex>
    </>
  );
}
