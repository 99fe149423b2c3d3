import type { MetricGroupBy, MetricResult } from '@tianping/common/contract/stats';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../../../web/src/api/client';

/** Columns of the district table of the statistics page (metrics registered by the server module). */
export const districtMetricIds = [
  'mediation.casesReceived',
  'mediation.committeeWorkload',
  'mediation.successRate',
  'mediation.averageDaysToClose',
  'mediation.referralsReceived',
  'mediation.referralsReturnedOnTime',
] as const;
/** Breakdowns shown as bars (ungrouped: one row per series). */
export const breakdownMetricIds = [
  'mediation.casesByKind',
  'mediation.casesBySource',
  'mediation.casesClosed',
  'mediation.agreementsPerformed',
  'mediation.judicialConfirmations',
  'mediation.referralsReturnedOnTime',
  'mediation.mediatorWorkload',
] as const;

export interface Period {
  from: string;
  to: string;
}

const evaluate = (id: string, period: Period, groupBy?: MetricGroupBy) =>
  api<MetricResult>(`/stats/metrics/${id}`, { query: { from: period.from, to: period.to, groupBy } });

/**
 * The district metrics twice — by region (the rows) and ungrouped (the total row: a rate over the
 * whole scope, never summed) — and every breakdown ungrouped, all within the reader's scope.
 */
export function useMediationStats(period: Period) {
  const specs: { id: string; groupBy?: MetricGroupBy; breakdown?: boolean }[] = [
    ...districtMetricIds.flatMap((id) => [{ id, groupBy: 'region' as const }, { id }]),
    ...breakdownMetricIds.map((id) => ({ id, breakdown: true })),
  ];
  return useQueries({
    queries: specs.map((s) => ({
      queryKey: ['stats', 'metric', s.id, period.from, period.to, s.groupBy ?? 'none', s.breakdown ? 'series' : 'plain'] as const,
      queryFn: () => evaluate(s.id, period, s.groupBy),
      staleTime: 60_000,
      retry: false,
    })),
    combine: (results) => {
      const byRegion = new Map<string, MetricResult>();
      const totals = new Map<string, MetricResult>();
      const breakdowns = new Map<string, MetricResult>();
      results.forEach((r, i) => {
        const spec = specs[i];
        if (!r.data || !spec) return;
        if (spec.breakdown) breakdowns.set(spec.id, r.data);
        else if (spec.groupBy) byRegion.set(spec.id, r.data);
        else totals.set(spec.id, r.data);
      });
      return {
        byRegion,
        totals,
        breakdowns,
        pending: results.some((r) => r.isPending),
        fetching: results.some((r) => r.isFetching),
        errors: results.flatMap((r, i) => (r.error ? [{ id: specs[i]?.id ?? '', error: r.error }] : [])),
        refetch: () => results.forEach((r) => void r.refetch()),
      };
    },
  });
}
