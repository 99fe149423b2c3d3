import { Alert, Button, Card, Col, DatePicker, Descriptions, Flex, Progress, Radio, Row, Space, Statistic, Table, Typography } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { dutyServiceKindLabels } from '../../../contract/duty';
import { denialReasonLabels, matterGroupLabels, noticeSenderKindLabels, type EnumLabel } from '../../../contract/enums';
import { isApiError } from '../../../../../web/src/api/api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { aidMixMetricIds, aidTableMetricIds, type Period, useAidStats } from '../../api/stats';

type Mode = 'year' | 'months';
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

function periodOf(mode: Mode, year: Dayjs, months: [Dayjs, Dayjs]): Period {
  if (mode === 'year') return { from: year.startOf('year').format('YYYY-MM-DD'), to: year.endOf('year').format('YYYY-MM-DD') };
  return { from: months[0].startOf('month').format('YYYY-MM-DD'), to: months[1].endOf('month').format('YYYY-MM-DD') };
}

/**
 * /workbench/legal-aid/stats — the module's registered metrics (法律援助法: aided cases, applications and decisions
 * 第四十三条, notices 第三十六条, duty lawyers 第三十条, subsidies 第五十二条, objections 第四十九条) by
 * centre for a year or a range of months, with the total over the reader's scope and the breakdowns.
 */
export default function StatsPage() {
  const { locale } = useLocale();
  const t = (l: { zh: string; en: string } | null | undefined) => (l ? (locale === 'en' ? l.en || l.zh : l.zh) : '');
  const f = useFormat();
  const [mode, setMode] = useState<Mode>('months');
  const [year, setYear] = useState<Dayjs>(() => dayjs().subtract(1, 'year'));
  const [months, setMonths] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(2, 'month'), dayjs()]);
  const period = periodOf(mode, year, months);
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
    const total: TableRow = { key: 'total', label: '', total: true, results: new Map() };
    for (const id of aidTableMetricIds) total.results.set(id, stats.totals.get(id)?.rows ?? []);
    return [...[...byKey.values()].sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')), total];
  }, [stats.byCentre, stats.totals]);

  const forbidden = stats.errors.find((e) => isApiError(e.error) && e.error.status === 403);
  const otherError = stats.errors.find((e) => !(isApiError(e.error) && e.error.status === 403));

  return (
    <>
      <PageHeading title={t(text.title)} />
      <Flex vertical gap="middle">
        <Card size="small">
          <Space wrap>
            <span id="aid-stats-period">{t(text.period)}</span>
            <Radio.Group
              aria-labelledby="aid-stats-period"
              value={mode}
              onChange={(e) => setMode(e.target.value as Mode)}
              options={[
                { value: 'months', label: t(text.months) },
                { value: 'year', label: t(text.year) },
              ]}
              optionType="button"
            />
            {mode === 'year' ? (
              <DatePicker picker="year" value={year} allowClear={false} onChange={(d) => d && setYear(d)} aria-label={t(text.year)} />
            ) : (
              <DatePicker.RangePicker
                picker="month"
                value={months}
                allowClear={false}
                onChange={(r) => r?.[0] && r[1] && setMonths([r[0], r[1]])}
                aria-label={t(text.months)}
              />
            )}
            <Button onClick={stats.refetch} loading={stats.fetching}>
              {t(text.search)}
            </Button>
          </Space>
        </Card>
        {forbidden ? <QueryError error={forbidden.error} /> : null}
        {otherError && !forbidden ? <QueryError error={otherError.error} onRetry={stats.refetch} /> : null}
        <Card size="small" title={`${t(text.centre)} · ${f.date(period.from)} ~ ${f.date(period.to)}`}>
          <div role="region" aria-label={t(text.centre)} tabIndex={0} style={{ overflowX: 'auto' }}>
            <Table<TableRow>
              size="small"
              rowKey="key"
              loading={stats.pending}
              pagination={false}
              dataSource={rows}
              style={{ minWidth: 1400 }}
              rowClassName={(r) => (r.total ? 'ant-table-row-selected' : '')}
              columns={[
                { key: 'label', title: t(text.centre), render: (_, r) => (r.total ? <strong>{t(text.total)}</strong> : r.label) },
                ...aidTableMetricIds.map((id) => {
                  const m = stats.totals.get(id) ?? stats.byCentre.get(id);
                  return {
                    key: id,
                    align: 'right' as const,
                    title: m ? (
                      <span title={t(m.metric.description)}>{`${t(m.metric.name)}（${t(m.metric.unit)}）`}</span>
                    ) : (
                      id.split('.')[1]
                    ),
                    render: (_: unknown, r: TableRow) => cell(id, r.results.get(id)),
                  };
                }),
              ]}
            />
          </div>
        </Card>
        <Row gutter={[16, 16]}>
          {aidMixMetricIds.map((id) => (
            <Col key={id} xs={24} lg={12}>
              <Mix result={stats.totals.get(id)} name={(s) => seriesName(id, s)} label={t} noData={t(text.noData)} title={t(text.mix)} />
            </Col>
          ))}
        </Row>
        <Card size="small" title={t(text.definitions)}>
          <Descriptions size="small" column={1}>
            {aidTableMetricIds.flatMap((id) => {
              const m = stats.totals.get(id);
              return m
                ? [
                    <Descriptions.Item key={id} label={t(m.metric.name)}>
                      {t(m.metric.description)}
                    </Descriptions.Item>,
                  ]
                : [];
            })}
          </Descriptions>
        </Card>
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
          {rows.map((r) => {
            const pct = (100 * r.value) / total;
            const n = name(r.series) || '—';
            return (
              <Flex key={r.series ?? r.key} align="center" gap="small">
                <Typography.Text style={{ width: 220 }} ellipsis={{ tooltip: n }}>
                  {n}
                </Typography.Text>
                <Progress
                  percent={Number(pct.toFixed(1))}
                  format={() => `${r.value} · ${pct.toFixed(1)}%`}
                  style={{ flex: 1 }}
                  aria-label={n}
                />
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
