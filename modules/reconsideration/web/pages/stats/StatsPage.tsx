import { Alert, Button, Card, DatePicker, Descriptions, Flex, Progress, Radio, Space, Statistic, Table, Typography } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { decisionTypeLabels, type DecisionType } from '../../../contract/decision-enums';
import { isApiError } from '../../../../../web/src/api/api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { districtMetricIds, type Period, useReconStats } from '../../api/stats';
import { useStageT } from '../../i18n/stages';
import { useLabel } from '../case-handling/parts';

type Mode = 'year' | 'months';
type Row = { key: string; label: string; values: Record<string, number | undefined>; total?: boolean };

const isPercent = (m: MetricResult | undefined) => m?.metric.unit.zh === '%';

function periodOf(mode: Mode, year: Dayjs, months: [Dayjs, Dayjs]): Period {
  if (mode === 'year') return { from: year.startOf('year').format('YYYY-MM-DD'), to: year.endOf('year').format('YYYY-MM-DD') };
  return { from: months[0].startOf('month').format('YYYY-MM-DD'), to: months[1].endOf('month').format('YYYY-MM-DD') };
}

/** /workbench/reconsideration/stats — the module's metrics by district for a year or a range of months. */
export default function StatsPage() {
  const st = useStageT();
  const { locale } = useLocale();
  const f = useFormat();
  const [mode, setMode] = useState<Mode>('year');
  const [year, setYear] = useState<Dayjs>(() => dayjs().subtract(1, 'year'));
  const [months, setMonths] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('year'), dayjs()]);
  const period = periodOf(mode, year, months);
  const stats = useReconStats(period);

  const format = (m: MetricResult | undefined, v: number | undefined) => {
    if (v === undefined || !m) return '—';
    if (isPercent(m)) return `${v.toFixed(1)}%`;
    return v.toLocaleString(locale, { maximumFractionDigits: 1 });
  };

  const rows = useMemo<Row[]>(() => {
    const byKey = new Map<string, Row>();
    for (const id of districtMetricIds) {
      for (const r of stats.byRegion.get(id)?.rows ?? []) {
        const row = byKey.get(r.key) ?? { key: r.key, label: r.label ?? r.key, values: {} };
        row.values[id] = (row.values[id] ?? 0) + r.value;
        byKey.set(r.key, row);
      }
    }
    const list = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
    const total: Row = { key: 'total', label: st('s.total'), total: true, values: {} };
    for (const id of districtMetricIds) total.values[id] = stats.totals.get(id)?.rows[0]?.value ?? stats.totals.get(id)?.total;
    return [...list, total];
  }, [stats.byRegion, stats.totals, st]);

  const forbidden = stats.errors.find((e) => isApiError(e.error) && e.error.status === 403);
  const otherError = stats.errors.find((e) => !(isApiError(e.error) && e.error.status === 403));

  return (
    <>
      <PageHeading title={st('s.menu')} />
      <Flex vertical gap="middle">
        <Card size="small">
          <Space wrap>
            <span id="stats-period-label">{st('s.period')}</span>
            <Radio.Group
              aria-labelledby="stats-period-label"
              value={mode}
              onChange={(e) => setMode(e.target.value as Mode)}
              options={[
                { value: 'year', label: st('s.year') },
                { value: 'months', label: st('s.months') },
              ]}
              optionType="button"
            />
            {mode === 'year' ? (
              <DatePicker picker="year" value={year} allowClear={false} onChange={(d) => d && setYear(d)} aria-label={st('s.year')} />
            ) : (
              <DatePicker.RangePicker
                picker="month"
                value={months}
                allowClear={false}
                onChange={(r) => r?.[0] && r[1] && setMonths([r[0], r[1]])}
                aria-label={st('s.months')}
              />
            )}
            <Button onClick={stats.refetch} loading={stats.fetching}>
              {st('common.search')}
            </Button>
          </Space>
        </Card>
        {forbidden ? <QueryError error={forbidden.error} /> : null}
        {otherError && !forbidden ? <QueryError error={otherError.error} onRetry={stats.refetch} /> : null}
        <Card size="small" title={`${st('s.district')} · ${f.date(period.from)} ~ ${f.date(period.to)}`}>
          <div role="region" aria-label={st('s.district')} tabIndex={0} style={{ overflowX: 'auto' }}>
            <Table<Row>
              size="small"
              rowKey="key"
              loading={stats.pending}
              pagination={false}
              dataSource={rows}
              style={{ minWidth: 1280 }}
              rowClassName={(r) => (r.total ? 'ant-table-row-selected' : '')}
              columns={[
                { key: 'label', title: st('s.district'), render: (_, r) => (r.total ? <strong>{r.label}</strong> : r.label) },
                ...districtMetricIds.map((id) => {
                  const m = stats.totals.get(id) ?? stats.byRegion.get(id);
                  return {
                    key: id,
                    align: 'right' as const,
                    title: m ? <MetricTitle result={m} /> : id.split('.')[1],
                    render: (_: unknown, r: Row) =>
                      format(m, r.values[id] ?? (m && !isPercent(m) && m.metric.unit.zh === '件' ? 0 : undefined)),
                  };
                }),
              ]}
            />
          </div>
        </Card>
        <DecisionMix mix={stats.mix} />
        <Definitions metrics={districtMetricIds.flatMap((id) => stats.totals.get(id) ?? [])} />
      </Flex>
    </>
  );
}

function MetricTitle({ result }: { result: MetricResult }) {
  const label = useLabel();
  const unit = label(result.metric.unit);
  return (
    <span title={label(result.metric.description)}>
      {label(result.metric.name)}
      {unit ? `（${unit}）` : ''}
    </span>
  );
}

/** What each column counts, from the metric registry's descriptions. */
function Definitions({ metrics }: { metrics: MetricResult[] }) {
  const st = useStageT();
  const label = useLabel();
  if (!metrics.length) return null;
  return (
    <Card size="small" title={st('s.definitions')}>
      <Descriptions size="small" column={1}>
        {metrics.map((m) => (
          <Descriptions.Item key={m.metric.id} label={label(m.metric.name)}>
            {label(m.metric.description)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

function DecisionMix({ mix }: { mix: MetricResult | undefined }) {
  const st = useStageT();
  const label = useLabel();
  if (!mix) return null;
  const total = mix.rows.reduce((s, r) => s + r.value, 0);
  const rows = [...mix.rows].sort((a, b) => b.value - a.value);
  return (
    <Card size="small" title={st('s.mix')}>
      {total === 0 ? (
        <Alert type="info" title={st('s.noData')} />
      ) : (
        <Flex gap="large" wrap>
          <Statistic title={label(mix.metric.name)} value={total} suffix={label(mix.metric.unit)} />
          <div style={{ flex: 1, minWidth: 320 }}>
            {rows.map((r) => {
              const type = r.series as DecisionType | null;
              const name = type && type in decisionTypeLabels ? label(decisionTypeLabels[type]) : (r.label ?? r.series ?? '—');
              const pct = (100 * r.value) / total;
              return (
                <Flex key={r.series ?? r.key} align="center" gap="small">
                  <Typography.Text style={{ width: 140 }}>{name}</Typography.Text>
                  <Progress
                    percent={Number(pct.toFixed(1))}
                    format={() => `${r.value} · ${pct.toFixed(1)}%`}
                    style={{ flex: 1 }}
                    aria-label={name}
                  />
                </Flex>
              );
            })}
          </div>
        </Flex>
      )}
    </Card>
  );
}
