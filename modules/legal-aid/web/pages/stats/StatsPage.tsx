import { Alert, Card, Col, Flex, Row, Statistic } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import { useMemo } from 'react';
import { dutyServiceKindLabels } from '../../../contract/duty';
import { denialReasonLabels, matterGroupLabels, noticeSenderKindLabels, type EnumLabel } from '../../../contract/enums';
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
import { aidMixMetricIds, aidTableMetricIds, useAidStats } from '../../api/stats';

type TableRow = { key: string; label: string; results: Map<string, MetricResult['rows']>; total?: boolean };

const text = {
  title: { zh: '法律援助统计', en: 'Legal aid statistics' },
  period: { zh: '统计期间', en: 'Period' },
  year: { zh: '年度', en: 'Year' },
  months: { zh: '按月', en: 'Months' },
  search: { zh: '查询', en: 'Search' },
  centre: { zh: '法律援助中心', en: 'Legal aid centre' },
  total: { zh: '合计', en: 'Total' },
  mix: { zh: '构成', en: 'Breakdown' },
  noData: { zh: '期间内没有数据', en: 'No data in the period' },
  definitions: { zh: '指标口径', en: 'Definitions' },
  wages: { zh: '农民工讨薪（第三十一条第（五）项，单列）', en: 'Migrant workers’ wage claims (Art. 31(5), separately)' },
  granted: { zh: '给予法律援助', en: 'Granted' },
  application: { zh: '申请', en: 'Applications' },
  notice: { zh: '通知', en: 'Notices' },
} as const;

/** Labels of the series codes the legal aid metrics return. */
const seriesLabels: Record<string, Record<string, EnumLabel | { zh: string; en: string }>> = {
  'legalAid.aidedCases': { ...matterGroupLabels, wages: text.wages },
  'legalAid.applications': { ...matterGroupLabels, wages: text.wages },
  'legalAid.decisions': { ...denialReasonLabels, granted: text.granted },
  'legalAid.notices': noticeSenderKindLabels,
  'legalAid.dutyServices': dutyServiceKindLabels,
  'legalAid.assignmentOnTimeRate': { application: text.application, notice: text.notice },
};

const isRate = (m: MetricResult | undefined) => m?.metric.unit.zh === '%' || m?.metric.unit.zh === '日';

/**
 * /workbench/legal-aid/stats — the module's registered metrics (法律援助法: aided cases, applications and decisions
 * 第四十三条, notices 第三十六条, duty lawyers 第三十条, subsidies 第五十二条, objections 第四十九条) by
 * centre for a year or a range of months, with the total over the reader's scope and the breakdowns.
 */
export default function StatsPage() {
  const { locale } = useLocale();
  const t = (l: { zh: string; en: string } | null | undefined) => (l ? (locale === 'en' ? l.en || l.zh : l.zh) : '');
  const f = useFormat();
  const periodState = useYearOrMonths();
  const { period } = periodState;
  const stats = useAidStats(period);

  const seriesName = (id: string, s: string | null) => (s ? t(seriesLabels[id]?.[s]) || s : '');
  const number = (m: MetricResult | undefined, v: number) =>
    m?.metric.unit.zh === '%' ? `${v.toFixed(1)}%` : v.toLocaleString(locale, { maximumFractionDigits: 2 });
  const cell = (id: string, rows: MetricResult['rows'] | undefined) => {
    const m = stats.totals.get(id) ?? stats.byCentre.get(id);
    if (!rows?.length) return isRate(m) ? '—' : '0';
    if (!isRate(m))
      return number(
        m,
        rows.reduce((s, r) => s + r.value, 0),
      );
    if (rows.length === 1) return number(m, rows[0]!.value);
    return rows.map((r) => `${seriesName(id, r.series)} ${number(m, r.value)}`).join(' / ');
  };

  const rows = useMemo<TableRow[]>(() => {
    const byKey = new Map<string, TableRow>();
    for (const id of aidTableMetricIds)
      for (const r of stats.byCentre.get(id)?.rows ?? []) {
        const row = byKey.get(r.key) ?? { key: r.key, label: r.label ?? r.key, results: new Map() };
        row.results.set(id, [...(row.results.get(id) ?? []), r]);
        byKey.set(r.key, row);
      }
    const total: TableRow = { key: 'total', label: locale === 'en' ? text.total.en : text.total.zh, total: true, results: new Map() };
    for (const id of aidTableMetricIds) total.results.set(id, stats.totals.get(id)?.rows ?? []);
    return [...[...byKey.values()].sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')), total];
  }, [stats.byCentre, stats.totals, locale]);

  return (
    <>
      <PageHeading title={t(text.title)} />
      <Flex vertical gap="middle">
        <StatsFilterCard onRefresh={stats.refetch} refreshing={stats.fetching} refreshLabel={t(text.search)}>
          <YearOrMonthsPicker
            id="aid-stats-period"
            state={periodState}
            labels={{ period: t(text.period), year: t(text.year), months: t(text.months) }}
          />
        </StatsFilterCard>
        <StatsErrors errors={stats.errors} onRetry={stats.refetch} />
        <MetricTable<TableRow>
          title={`${t(text.centre)} · ${f.date(period.from)} ~ ${f.date(period.to)}`}
          labelTitle={t(text.centre)}
          rows={rows}
          metricIds={aidTableMetricIds}
          metric={(id) => stats.totals.get(id) ?? stats.byCentre.get(id)}
          cell={(id, r) => cell(id, r.results.get(id))}
          loading={stats.pending}
          minWidth={1400}
        />
        <Row gutter={[16, 16]}>
          {aidMixMetricIds.map((id) => (
            <Col key={id} xs={24} lg={12}>
              <Mix result={stats.totals.get(id)} name={(s) => seriesName(id, s)} label={t} noData={t(text.noData)} title={t(text.mix)} />
            </Col>
          ))}
        </Row>
        <MetricDefinitions title={t(text.definitions)} metrics={aidTableMetricIds.flatMap((id) => stats.totals.get(id) ?? [])} />
      </Flex>
    </>
  );
}

function Mix(props: {
  result: MetricResult | undefined;
  name: (series: string | null) => string;
  label: (l: { zh: string; en: string }) => string;
  noData: string;
  title: string;
}) {
  const { result, name, label } = props;
  if (!result) return null;
  const total = result.rows.reduce((s, r) => s + r.value, 0);
  const rows = [...result.rows].sort((a, b) => b.value - a.value);
  return (
    <Card size="small" title={`${label(result.metric.name)} · ${props.title}`}>
      {total === 0 ? (
        <Alert type="info" title={props.noData} />
      ) : (
        <Flex vertical gap="small">
          <Statistic title={label(result.metric.name)} value={total} suffix={label(result.metric.unit)} />
          <ShareBars
            nameWidth={220}
            bars={rows.map((r) => {
              const percent = (100 * r.value) / total;
              return { key: r.series ?? r.key, name: name(r.series) || '—', percent, text: `${r.value} · ${percent.toFixed(1)}%` };
            })}
          />
        </Flex>
      )}
    </Card>
  );
}
