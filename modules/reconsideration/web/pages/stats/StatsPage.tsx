import { Alert, Card, Flex, Progress, Statistic, Typography } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { decisionTypeLabels, type DecisionType } from '../../../contract/decision-enums';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import {
  MetricDefinitions,
  MetricTable,
  StatsErrors,
  StatsFilterCard,
  useYearOrMonths,
  YearOrMonthsPicker,
} from '../../../../../web/src/components/StatsParts';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { districtMetricIds, useReconStats } from '../../api/stats';
import { useStageT } from '../../i18n/stages';
import { useLabel } from '../case-handling/parts';

type Row = { key: string; label: string; values: Record<string, number | undefined>; total?: boolean };

const isPercent = (m: MetricResult | undefined) => m?.metric.unit.zh === '%';

/** /workbench/reconsideration/stats — the module's metrics by district for a year or a range of months. */
export default function StatsPage() {
  const st = useStageT();
  const { locale } = useLocale();
  const f = useFormat();
  const periodState = useYearOrMonths({ mode: 'year', months: () => [dayjs().startOf('year'), dayjs()] });
  const { period } = periodState;
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

  return (
    <>
      <PageHeading title={st('s.menu')} />
      <Flex vertical gap="middle">
        <StatsFilterCard onRefresh={stats.refetch} refreshing={stats.fetching} refreshLabel={st('common.search')}>
          <YearOrMonthsPicker
            id="stats-period-label"
            state={periodState}
            labels={{ period: st('s.period'), year: st('s.year'), months: st('s.months') }}
          />
        </StatsFilterCard>
        <StatsErrors errors={stats.errors} onRetry={stats.refetch} />
        <MetricTable<Row>
          title={`${st('s.district')} · ${f.date(period.from)} ~ ${f.date(period.to)}`}
          labelTitle={st('s.district')}
          rows={rows}
          metricIds={districtMetricIds}
          metric={(id) => stats.totals.get(id) ?? stats.byRegion.get(id)}
          cell={(id, r) => {
            const m = stats.totals.get(id) ?? stats.byRegion.get(id);
            return format(m, r.values[id] ?? (m && !isPercent(m) && m.metric.unit.zh === '件' ? 0 : undefined));
          }}
          loading={stats.pending}
          minWidth={1280}
        />
        <DecisionMix mix={stats.mix} />
        <MetricDefinitions title={st('s.definitions')} metrics={districtMetricIds.flatMap((id) => stats.totals.get(id) ?? [])} />
      </Flex>
    </>
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
