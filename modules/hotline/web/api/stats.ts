import type { MetricGroupBy, MetricResult, MetricRow } from '@tianping/common/contract/stats';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../../../web/src/api/client';

/** The figure cards (one value each, for the whole scope or the chosen centre). */
export const cardMetricIds = [
  'hotline.connectionRate',
  'hotline.averageWait',
  'hotline.p90Wait',
  'hotline.satisfactionRate',
  'hotline.callbacksOnTime',
  'hotline.consultationsOnTime',
] as const;
/** Counts shown with the cards. */
export const countMetricIds = ['hotline.callsOffered', 'hotline.callsAnswered', 'hotline.callsAbandoned'] as const;
/** Columns of the centre / district table. */
export const tableMetricIds = [
  'hotline.callsOffered',
  'hotline.callsAnswered',
  'hotline.callsAbandoned',
  'hotline.connectionRate',
  'hotline.averageWait',
  'hotline.p90Wait',
  'hotline.satisfactionRate',
  'hotline.callbacksOnTime',
  'hotline.followupSatisfactionRate',
] as const;
/** Breakdowns by a series (category, channel, destination, rating). */
export const breakdownMetricIds = [
  'hotline.ticketsByCategory',
  'hotline.ticketsByChannel',
  'hotline.transfersByDestination',
  'hotline.surveyRatings',
] as const;
/** Workload per person (series = the person). */
export const workloadMetricIds = ['hotline.agentTickets', 'hotline.agentCalls', 'hotline.agentTalkMinutes'] as const;
/** Per day. */
export const trendMetricIds = ['hotline.callsOffered', 'hotline.connectionRate'] as const;

export interface Period {
  from: string;
  to: string;
}

export interface StatsFilter extends Period {
  /** One centre: every figure is read grouped by organisation and that centre's rows kept. */
  centreId: string | null;
  table: 'organisation' | 'region';
}

const evaluate = (id: string, period: Period, groupBy?: MetricGroupBy) =>
  api<MetricResult>(`/stats/metrics/${id}`, { query: { from: period.from, to: period.to, groupBy } });

type Part = 'scoped' | 'table' | 'trend' | 'centres';
interface Spec {
  id: string;
  part: Part;
  groupBy?: MetricGroupBy;
}

/** A metric's rows for the page: the chosen centre's rows only, else the ungrouped rows. */
export interface Figures {
  result: MetricResult;
  rows: MetricRow[];
}

/**
 * Every metric of the page within the reader's data scope: the cards, breakdowns and workload
 * ungrouped (or grouped by organisation and filtered to the chosen centre), the table by centre or
 * district, the trend by day. Rates are never summed on the page: each figure is the server's.
 */
export function useHotlineStats(f: StatsFilter) {
  const scopedIds = [...new Set([...cardMetricIds, ...countMetricIds, ...tableMetricIds, ...breakdownMetricIds, ...workloadMetricIds])];
  const specs: Spec[] = [
    ...scopedIds.map((id) => ({ id, part: 'scoped' as const, groupBy: f.centreId ? ('organisation' as const) : undefined })),
    ...tableMetricIds.map((id) => ({ id, part: 'table' as const, groupBy: f.table })),
    ...trendMetricIds.map((id) => ({ id, part: 'trend' as const, groupBy: 'day' as const })),
    // The centres with activity in the period (the centre filter's options).
    ...['hotline.callsOffered', 'hotline.ticketsByChannel'].map((id) => ({
      id,
      part: 'centres' as const,
      groupBy: 'organisation' as const,
    })),
  ];
  return useQueries({
    queries: specs.map((s) => ({
      queryKey: ['stats', 'metric', s.id, f.from, f.to, s.groupBy ?? 'none'] as const,
      queryFn: () => evaluate(s.id, f, s.groupBy),
      staleTime: 60_000,
      retry: false,
    })),
    combine: (results) => {
      const scoped = new Map<string, Figures>();
      const table = new Map<string, MetricResult>();
      const trend = new Map<string, MetricResult>();
      const centres = new Map<string, string>();
      results.forEach((r, i) => {
        const spec = specs[i];
        if (!r.data || !spec) return;
        if (spec.part === 'scoped')
          scoped.set(spec.id, { result: r.data, rows: f.centreId ? r.data.rows.filter((x) => x.key === f.centreId) : r.data.rows });
        else if (spec.part === 'table') table.set(spec.id, r.data);
        else if (spec.part === 'trend') trend.set(spec.id, r.data);
        else for (const row of r.data.rows) if (row.key !== 'unknown') centres.set(row.key, row.label ?? row.key);
      });
      return {
        scoped,
        table,
        trend,
        centres: [...centres].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')),
        pending: results.some((r) => r.isPending),
        fetching: results.some((r) => r.isFetching),
        errors: results.flatMap((r, i) => (r.error ? [{ id: specs[i]?.id ?? '', error: r.error }] : [])),
        refetch: () => results.forEach((r) => void r.refetch()),
      };
    },
  });
}
