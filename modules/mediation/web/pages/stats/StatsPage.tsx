import { Alert, Button, Card, Col, DatePicker, Descriptions, Flex, Progress, Radio, Row as GridRow, Space, Table, Typography } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { isApiError } from '../../../../../web/src/api/api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { breakdownMetricIds, districtMetricIds, type Period, useMediationStats } from '../../api/stats';

type Mode = 'year' | 'months';
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

function periodOf(mode: Mode, year: Dayjs, months: [Dayjs, Dayjs]): Period {
  if (mode === 'year') return { from: year.startOf('year').format('YYYY-MM-DD'), to: year.endOf('year').format('YYYY-MM-DD') };
  return { from: months[0].startOf('month').format('YYYY-MM-DD'), to: months[1].endOf('month').format('YYYY-MM-DD') };
}

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
  const [mode, setMode] = useState<Mode>('months');
  const [year, setYear] = useState<Dayjs>(() => dayjs().subtract(1, 'year'));
  const [months, setMonths] = useState<[Dayjs, Dayjs]>(() => [dayjs().subtract(2, 'month'), dayjs()]);
  const period = periodOf(mode, year, months);
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

  const forbidden = stats.errors.find((e) => isApiError(e.error) && e.error.status === 403);
  const otherError = stats.errors.find((e) => !(isApiError(e.error) && e.error.status === 403));
  const defs = [...districtMetricIds, ...breakdownMetricIds].flatMap((id) => stats.totals.get(id) ?? stats.breakdowns.get(id) ?? []);

  return (
    <>
      <PageHeading title={t(text.title)} />
      <Flex vertical gap="middle">
        <Card size="small">
          <Space wrap>
            <span id="med-stats-period">{t(text.period)}</span>
            <Radio.Group
              aria-labelledby="med-stats-period"
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
        <Alert type="info" showIcon title={t(text.local)} />
        <Card size="small" title={`${t(text.district)} · ${f.date(period.from)} ~ ${f.date(period.to)}`}>
          <div role="region" aria-label={t(text.district)} tabIndex={0} style={{ overflowX: 'auto' }}>
            <Table<Row>
              size="small"
              rowKey="key"
              loading={stats.pending}
              pagination={false}
              dataSource={rows}
              style={{ minWidth: 900 }}
              rowClassName={(r) => (r.total ? 'ant-table-row-selected' : '')}
              columns={[
                { key: 'label', title: t(text.district), render: (_, r) => (r.total ? <strong>{r.label}</strong> : r.label) },
                ...districtMetricIds.map((id) => {
                  const m = stats.totals.get(id) ?? stats.byRegion.get(id);
                  return {
                    key: id,
                    align: 'right' as const,
                    title: m ? (
                      <span title={t(m.metric.description)}>{`${t(m.metric.name)}（${t(m.metric.unit)}）`}</span>
                    ) : (
                      id.split('.')[1]
                    ),
                    render: (_: unknown, r: Row) => format(m, r.values[id] ?? (isCount(m) ? 0 : undefined)),
                  };
                }),
              ]}
            />
          </div>
        </Card>
        <GridRow gutter={[16, 16]}>
          {breakdownMetricIds.map((id) => (
            <Col key={id} xs={24} lg={12}>
              <Breakdown result={stats.breakdowns.get(id)} t={t} format={format} />
            </Col>
          ))}
        </GridRow>
        {defs.length ? (
          <Card size="small" title={t(text.definitions)}>
            <Descriptions size="small" column={1}>
              {defs.map((m) => (
                <Descriptions.Item key={m.metric.id} label={t(m.metric.name)}>
                  {t(m.metric.description)}
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        ) : null}
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
        <Flex vertical gap={4}>
          {rows.map((r) => {
            const name = r.series ?? r.label ?? r.key;
            const pct = percent ? r.value : sum ? (100 * r.value) / sum : 0;
            return (
              <Flex key={`${r.key}-${r.series ?? ''}`} align="center" gap="small">
                <Typography.Text ellipsis style={{ width: 180 }} title={name}>
                  {name}
                </Typography.Text>
                <Progress
                  percent={Number(pct.toFixed(1))}
                  format={() => (percent ? format(result, r.value) : `${format(result, r.value)} · ${pct.toFixed(1)}%`)}
                  style={{ flex: 1 }}
                  aria-label={name}
                />
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
