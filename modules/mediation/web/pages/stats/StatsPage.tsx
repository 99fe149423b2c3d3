import { Alert, Card, Col, Flex, Row as GridRow } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import { useMemo } from 'react';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import {
  MetricDefinitions,
  MetricTable,
  ShareBars,
  StatsErrors,
  StatsFilterCard,
  useYearOrMonths,
  YearOrMonthsPicker,
} from '../../../../../web/src/components/StatsParts';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { breakdownMetricIds, districtMetricIds, useMediationStats } from '../../api/stats';

type Row = { key: string; label: string; values: Record<string, number | undefined>; total?: boolean };
type Text = { zh: string; en: string };

const text = {
  title: { zh: '人民调解统计', en: 'Mediation statistics' },
  period: { zh: '统计区间', en: 'Period' },
  year: { zh: '年度', en: 'Year' },
  months: { zh: '月份区间', en: 'Months' },
  search: { zh: '查询', en: 'Search' },
  district: { zh: '区', en: 'District' },
  total: { zh: '合计（本人数据范围）', en: 'Total (your data scope)' },
  noData: { zh: '区间内无数据', en: 'No data in the period' },
  definitions: { zh: '指标口径', en: 'Definitions' },
  local: {
    zh: '人民调解法未规定统计口径和办理期限：成功率、平均用时、按期反馈率均为本市统计口径（可配置的办理时限见“人民调解设置”）。',
    en: 'The People’s Mediation Law sets no statistical definitions or periods: success rate, average days and on-time returns are local measures (targets are configurable in the settings).',
  },
} satisfies Record<string, Text>;

const isPercent = (m: MetricResult | undefined) => m?.metric.unit.zh === '%';
const isCount = (m: MetricResult | undefined) => m?.metric.unit.en !== '%' && m?.metric.unit.en !== 'days';

/**
 * /workbench/mediation/stats — issue 5 "Statistics": disputes by district (received, accepted,
 * success rate, average days, referrals and their on-time return) and the breakdowns by kind,
 * source channel, outcome, agreement performance, judicial confirmation, referring body and
 * mediator, for a year or a range of months, within the reader's data scope.
 */
export default function StatsPage() {
  const { locale } = useLocale();
  const t = (x: Text) => (locale === 'en' ? x.en : x.zh);
  const f = useFormat();
  const periodState = useYearOrMonths();
  const { period } = periodState;
  const stats = useMediationStats(period);

  const format = (m: MetricResult | undefined, v: number | undefined) => {
    if (v === undefined || !m) return '—';
    if (isPercent(m)) return `${v.toFixed(1)}%`;
    return v.toLocaleString(locale, { maximumFractionDigits: 1 });
  };

  const rows = useMemo<Row[]>(() => {
    const byKey = new Map<string, Row>();
    for (const id of districtMetricIds)
      for (const r of stats.byRegion.get(id)?.rows ?? []) {
        const row = byKey.get(r.key) ?? { key: r.key, label: r.label ?? r.key, values: {} };
        // Rates by referring body are several rows per district: the district's own total is the ungrouped figure.
        row.values[id] = isPercent(stats.byRegion.get(id)) ? r.value : (row.values[id] ?? 0) + r.value;
        byKey.set(r.key, row);
      }
    const list = [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
    const total: Row = { key: 'total', label: locale === 'en' ? text.total.en : text.total.zh, total: true, values: {} };
    for (const id of districtMetricIds) {
      const m = stats.totals.get(id);
      total.values[id] = isPercent(m) && (m?.rows.length ?? 0) > 1 ? undefined : (m?.rows[0]?.value ?? m?.total);
    }
    return [...list, total];
  }, [stats.byRegion, stats.totals, locale]);

  const defs = [...districtMetricIds, ...breakdownMetricIds].flatMap((id) => stats.totals.get(id) ?? stats.breakdowns.get(id) ?? []);

  return (
    <>
      <PageHeading title={t(text.title)} />
      <Flex vertical gap="middle">
        <StatsFilterCard onRefresh={stats.refetch} refreshing={stats.fetching} refreshLabel={t(text.search)}>
          <YearOrMonthsPicker
            id="med-stats-period"
            state={periodState}
            labels={{ period: t(text.period), year: t(text.year), months: t(text.months) }}
          />
        </StatsFilterCard>
        <StatsErrors errors={stats.errors} onRetry={stats.refetch} />
        <Alert type="info" showIcon title={t(text.local)} />
        <MetricTable<Row>
          title={`${t(text.district)} · ${f.date(period.from)} ~ ${f.date(period.to)}`}
          labelTitle={t(text.district)}
          rows={rows}
          metricIds={districtMetricIds}
          metric={(id) => stats.totals.get(id) ?? stats.byRegion.get(id)}
          cell={(id, r) => {
            const m = stats.totals.get(id) ?? stats.byRegion.get(id);
            return format(m, r.values[id] ?? (isCount(m) ? 0 : undefined));
          }}
          loading={stats.pending}
          minWidth={900}
        />
        <GridRow gutter={[16, 16]}>
          {breakdownMetricIds.map((id) => (
            <Col key={id} xs={24} lg={12}>
              <Breakdown result={stats.breakdowns.get(id)} t={t} format={format} />
            </Col>
          ))}
        </GridRow>
        <MetricDefinitions title={t(text.definitions)} metrics={defs} />
      </Flex>
    </>
  );
}

/** One metric's series as bars: counts as shares of the total, rates as their own percentage. */
function Breakdown({
  result,
  t,
  format,
}: {
  result: MetricResult | undefined;
  t: (x: Text) => string;
  format: (m: MetricResult | undefined, v: number | undefined) => string;
}) {
  if (!result) return null;
  const percent = isPercent(result);
  const rows = [...result.rows].sort((a, b) => b.value - a.value).slice(0, 15);
  const sum = rows.reduce((s, r) => s + r.value, 0);
  return (
    <Card size="small" title={`${t(result.metric.name)}（${t(result.metric.unit)}）`}>
      {rows.length === 0 ? (
        <Alert type="info" title={t(text.noData)} />
      ) : (
        <ShareBars
          nameWidth={180}
          bars={rows.map((r) => {
            const pct = percent ? r.value : sum ? (100 * r.value) / sum : 0;
            const shown = percent ? format(result, r.value) : `${format(result, r.value)} · ${pct.toFixed(1)}%`;
            return { key: `${r.key}-${r.series ?? ''}`, name: r.series ?? r.label ?? r.key, percent: pct, text: shown };
          })}
        />
      )}
    </Card>
  );
}
