import { Button, Card, DatePicker, Descriptions, Flex, Progress, Radio, Space, Table, Typography } from 'antd';
import type { MetricResult } from '@tianping/common/contract/stats';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { isApiError } from '../api/api-error';
import { useLocalText } from '../i18n/locale-context';
import { QueryError } from './QueryError';

/**
 * The parts the modules' statistics pages share (/workbench/<module>/stats): the filter card, the
 * year-or-months period, the errors of the metric queries, the table of metrics by organisation or
 * district, bars of a metric's series and the definitions of the metrics shown.
 */

export interface StatsPeriod {
  from: string;
  to: string;
}
type Mode = 'year' | 'months';

/**
 * A whole year (default: last year) or a range of months (default: the last three months); `initial`
 * sets the mode shown first and the months' default range.
 */
export function useYearOrMonths(initial: { mode?: Mode; months?: () => [Dayjs, Dayjs] } = {}) {
  const first = initial.mode ?? 'months';
  const [mode, setMode] = useState<Mode>(first);
  const [year, setYear] = useState<Dayjs>(() => dayjs().subtract(1, 'year'));
  const [months, setMonths] = useState<[Dayjs, Dayjs]>(initial.months ?? (() => [dayjs().subtract(2, 'month'), dayjs()]));
  const period: StatsPeriod =
    mode === 'year'
      ? { from: year.startOf('year').format('YYYY-MM-DD'), to: year.endOf('year').format('YYYY-MM-DD') }
      : { from: months[0].startOf('month').format('YYYY-MM-DD'), to: months[1].endOf('month').format('YYYY-MM-DD') };
  return { first, mode, setMode, year, setYear, months, setMonths, period };
}

/** The filter card: the page's filters, then the button that queries again. */
export function StatsFilterCard(props: { children: ReactNode; onRefresh(): void; refreshing: boolean; refreshLabel: string }) {
  return (
    <Card size="small">
      <Space wrap>
        {props.children}
        <Button onClick={props.onRefresh} loading={props.refreshing}>
          {props.refreshLabel}
        </Button>
      </Space>
    </Card>
  );
}

/** Year or months: the mode buttons and the year picker or the month range (inside `StatsFilterCard`). */
export function YearOrMonthsPicker({
  id,
  state,
  labels,
}: {
  id: string;
  state: ReturnType<typeof useYearOrMonths>;
  labels: { period: string; year: string; months: string };
}) {
  const modes: Mode[] = state.first === 'year' ? ['year', 'months'] : ['months', 'year'];
  return (
    <>
      <span id={id}>{labels.period}</span>
      <Radio.Group
        aria-labelledby={id}
        value={state.mode}
        onChange={(e) => state.setMode(e.target.value as Mode)}
        options={modes.map((m) => ({ value: m, label: labels[m] }))}
        optionType="button"
      />
      {state.mode === 'year' ? (
        <DatePicker picker="year" value={state.year} allowClear={false} onChange={(d) => d && state.setYear(d)} aria-label={labels.year} />
      ) : (
        <DatePicker.RangePicker
          picker="month"
          value={state.months}
          allowClear={false}
          onChange={(r) => r?.[0] && r[1] && state.setMonths([r[0], r[1]])}
          aria-label={labels.months}
        />
      )}
    </>
  );
}

/** The metric queries' failures: a missing permission once (no retry), else the first other error with a retry. */
export function StatsErrors({ errors, onRetry }: { errors: { error: unknown }[]; onRetry(): void }) {
  const forbidden = errors.find((e) => isApiError(e.error) && e.error.status === 403);
  if (forbidden) return <QueryError error={forbidden.error} />;
  const other = errors[0];
  return other ? <QueryError error={other.error} onRetry={onRetry} /> : null;
}

export interface MetricTableRow {
  key: string;
  label: string;
  total?: boolean;
}

/** Metrics as columns (name and unit, the definition on hover), one row per organisation or district, a total row last. */
export function MetricTable<R extends MetricTableRow>(props: {
  title: string;
  labelTitle: string;
  rows: R[];
  metricIds: readonly string[];
  metric(id: string): MetricResult | undefined;
  cell(id: string, row: R): ReactNode;
  loading: boolean;
  minWidth: number;
  labelWidth?: number;
  selectedKey?: string | null;
  emptyText?: string;
}) {
  return (
    <Card size="small" title={props.title}>
      <div role="region" aria-label={props.labelTitle} tabIndex={0} style={{ overflowX: 'auto' }}>
        <Table<R>
          size="small"
          rowKey="key"
          loading={props.loading}
          pagination={false}
          dataSource={props.rows}
          style={{ minWidth: props.minWidth }}
          rowClassName={(r) => (r.total || (props.selectedKey && r.key === props.selectedKey) ? 'ant-table-row-selected' : '')}
          locale={props.emptyText ? { emptyText: props.emptyText } : undefined}
          columns={[
            {
              key: 'label',
              title: props.labelTitle,
              width: props.labelWidth,
              render: (_, r) => (r.total ? <strong>{r.label}</strong> : r.label),
            },
            ...props.metricIds.map((id) => {
              const m = props.metric(id);
              return {
                key: id,
                align: 'right' as const,
                title: m ? <MetricTitle result={m} /> : (id.split('.')[1] ?? id),
                render: (_: unknown, r: R) => props.cell(id, r),
              };
            }),
          ]}
        />
      </div>
    </Card>
  );
}

/** A metric's column title: name and unit (when it has one), the definition on hover. */
function MetricTitle({ result }: { result: MetricResult }) {
  const text = useLocalText();
  const unit = text(result.metric.unit);
  return <span title={text(result.metric.description)}>{`${text(result.metric.name)}${unit ? `（${unit}）` : ''}`}</span>;
}

export interface ShareBar {
  key: string;
  name: string;
  percent: number;
  text: string;
}

/** A metric's series as labelled bars. */
export function ShareBars({ bars, nameWidth }: { bars: ShareBar[]; nameWidth: number }) {
  return (
    <Flex vertical gap={4}>
      {bars.map((b) => (
        <Flex key={b.key} align="center" gap="small">
          <Typography.Text ellipsis={{ tooltip: b.name }} style={{ width: nameWidth }}>
            {b.name}
          </Typography.Text>
          <Progress percent={Number(b.percent.toFixed(1))} format={() => b.text} style={{ flex: 1 }} aria-label={b.name} />
        </Flex>
      ))}
    </Flex>
  );
}

/** 指标口径: each metric shown with its definition (nothing before the first answers). */
export function MetricDefinitions({ title, metrics }: { title: string; metrics: MetricResult[] }) {
  const text = useLocalText();
  if (!metrics.length) return null;
  return (
    <Card size="small" title={title}>
      <Descriptions size="small" column={1}>
        {metrics.map((m) => (
          <Descriptions.Item key={m.metric.id} label={text(m.metric.name)}>
            {text(m.metric.description)}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}
