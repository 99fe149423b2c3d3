import { Alert, Card, Progress, Table } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import { useMemo } from 'react';
import { useLocalText, type LocalText } from '../../../../../web/src/i18n/locale-context';
import { categoryTree, channelLabels, transferDestinationLabels } from '../../../contract/enums';
import { satisfactionLabels } from '../../../contract/survey';
import type { Figures } from '../../api/stats';
import { ShareBars } from '../../../../../web/src/components/StatsParts';
import { useStatsT } from '../../stats-i18n';

/** Labels of the series codes the hotline metrics return (categories, channels, destinations, ratings). */
const seriesLabels: Record<string, Readonly<Record<string, LocalText>>> = {
  'hotline.ticketsByCategory': Object.fromEntries(categoryTree.map((c) => [c.code, { zh: c.zh, en: c.en }])),
  'hotline.ticketsByChannel': channelLabels,
  'hotline.transfersByDestination': transferDestinationLabels,
  'hotline.surveyRatings': satisfactionLabels,
};

/** One metric's series as bars, each a share of the total (largest first). */
export function Breakdown({ id, title, figures }: { id: string; title: string; figures: Figures | undefined }) {
  const tr = useStatsT();
  const text = useLocalText();
  const rows = [...(figures?.rows ?? [])].sort((a, b) => b.value - a.value);
  const sum = rows.reduce((s, r) => s + r.value, 0);
  const labelOf = (code: string | null) => {
    const known = code ? seriesLabels[id]?.[code] : undefined;
    return known ? text(known) : (code ?? '—');
  };
  return (
    <Card size="small" title={title}>
      {rows.length === 0 ? (
        <Alert type="info" title={tr('noData')} />
      ) : (
        <ShareBars
          nameWidth={200}
          bars={rows.map((r) => {
            const percent = sum ? (100 * r.value) / sum : 0;
            const text = `${r.value.toLocaleString()} · ${percent.toFixed(1)}%`;
            return { key: `${r.key}-${r.series ?? ''}`, name: labelOf(r.series), percent, text };
          })}
        />
      )}
    </Card>
  );
}

interface WorkRow {
  name: string;
  tickets: number;
  calls: number;
  talk: number;
}

/** Tickets answered, calls answered and talk time per person (series = the person's name). */
export function WorkloadTable({
  tickets,
  calls,
  talk,
  loading,
}: {
  tickets: Figures | undefined;
  calls: Figures | undefined;
  talk: Figures | undefined;
  loading: boolean;
}) {
  const tr = useStatsT();
  const rows = useMemo(() => {
    const byName = new Map<string, WorkRow>();
    const get = (name: string) => byName.get(name) ?? byName.set(name, { name, tickets: 0, calls: 0, talk: 0 }).get(name)!;
    for (const r of tickets?.rows ?? []) get(r.series ?? '—').tickets += r.value;
    for (const r of calls?.rows ?? []) get(r.series ?? '—').calls += r.value;
    for (const r of talk?.rows ?? []) get(r.series ?? '—').talk += r.value;
    return [...byName.values()].sort((a, b) => b.calls + b.tickets - (a.calls + a.tickets));
  }, [tickets, calls, talk]);
  return (
    <Card size="small" title={tr('workload.title')}>
      <Table<WorkRow>
        size="small"
        rowKey="name"
        loading={loading}
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: tr('noData') }}
        columns={[
          { key: 'name', dataIndex: 'name', title: tr('workload.person') },
          { key: 'tickets', dataIndex: 'tickets', title: tr('workload.tickets'), align: 'right' },
          { key: 'calls', dataIndex: 'calls', title: tr('workload.calls'), align: 'right' },
          { key: 'talk', title: tr('workload.talk'), align: 'right', render: (_, r) => r.talk.toFixed(1) },
          { key: 'avg', title: tr('workload.average'), align: 'right', render: (_, r) => (r.calls ? (r.talk / r.calls).toFixed(1) : '—') },
        ]}
      />
    </Card>
  );
}

interface DayRow {
  day: string;
  calls: number;
  rate: number | undefined;
}

/** Calls offered per day with the day's connection rate. */
export function DailyTrend({
  calls,
  rate,
  loading,
  wholeScope,
}: {
  calls: MetricResult | undefined;
  rate: MetricResult | undefined;
  loading: boolean;
  /** A centre is chosen: the metrics have no centre-and-day grouping, so the trend stays the whole scope. */
  wholeScope: boolean;
}) {
  const tr = useStatsT();
  const text = useLocalText();
  const rows = useMemo<DayRow[]>(() => {
    const rates = new Map((rate?.rows ?? []).map((r) => [r.key, r.value]));
    return (calls?.rows ?? []).map((r) => ({ day: r.key, calls: r.value, rate: rates.get(r.key) })).reverse();
  }, [calls, rate]);
  const max = Math.max(1, ...rows.map((r) => r.calls));
  return (
    <Card size="small" title={wholeScope ? `${tr('trend.title')}${tr('trend.scope')}` : tr('trend.title')}>
      <Table<DayRow>
        size="small"
        rowKey="day"
        loading={loading}
        pagination={{ pageSize: 10, size: 'small', hideOnSinglePage: true }}
        dataSource={rows}
        locale={{ emptyText: tr('noData') }}
        columns={[
          { key: 'day', dataIndex: 'day', title: tr('trend.day'), width: 120 },
          {
            key: 'calls',
            title: calls ? text(calls.metric.name) : '',
            render: (_, r) => (
              <Progress percent={(100 * r.calls) / max} format={() => r.calls.toLocaleString()} aria-label={`${r.day} ${r.calls}`} />
            ),
          },
          {
            key: 'rate',
            title: rate ? text(rate.metric.name) : '',
            align: 'right',
            width: 140,
            render: (_, r) => (r.rate === undefined ? '—' : `${r.rate.toFixed(2)}%`),
          },
        ]}
      />
    </Card>
  );
}
