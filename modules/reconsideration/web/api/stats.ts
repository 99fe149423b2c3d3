import type { MetricGroupBy, MetricResult } from '@tianping/common/contract/stats';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../../../web/src/api/client';

/** The module's metrics shown on the statistics page, in column order (registered by the server module). */
export const districtMetricIds = [
  'reconsideration.casesNew',
  'reconsideration.casesAccepted',
  'reconsideration.casesConcluded',
  'reconsideration.correctionRate',
  'reconsideration.mediationSettlementRate',
  'reconsideration.averageHandlingDays',
  'reconsideration.overdue',
  'reconsideration.substantiveResolutionRate',
  'reconsideration.litigationHeadAppearanceRate',
  'reconsideration.litigationLossRate',
] as const;
export const decisionMixMetricId = 'reconsideration.decisionMix';

export interface Period {
  from: string;
  to: string;
}

/** GET /api/stats/metrics/:id?from&to&groupBy — one metric evaluated in the caller's data scope. */
export const statsApi = {
  evaluate: (id: string, period: Period, groupBy?: MetricGroupBy) =>
    api<MetricResult>(`/stats/metrics/${id}`, { query: { from: period.from, to: period.to, groupBy } }),
};

const statsKey = (id: string, period: Period, groupBy?: MetricGroupBy) =>
  ['stats', 'metric', id, period.from, period.to, groupBy ?? 'none'] as const;

/**
 * Every district metric twice: by region (the rows) and ungrouped (the total row — a rate's total is
 * computed over the whole scope, never summed), plus the decision mix, ungrouped (one row per type).
 */
export function useReconStats(period: Period) {
  const specs: { id: string; groupBy?: MetricGroupBy }[] = [
    ...districtMetricIds.flatMap((id) => [{ id, groupBy: 'region' as const }, { id }]),
    { id: decisionMixMetricId },
  ];
  return useQueries({
    queries: specs.map((s) => ({
      queryKey: statsKey(s.id, period, s.groupBy),
      queryFn: () => statsApi.evaluate(s.id, period, s.groupBy),
      staleTime: 60_000,
      retry: false,
    })),
    combine: (results) => {
      const byRegion = new Map<string, MetricResult>();
      const totals = new Map<string, MetricResult>();
      let mix: MetricResult | undefined;
      results.forEach((r, i) => {
        const spec = specs[i];
        if (!r.data || !spec) return;
        if (spec.id === decisionMixMetricId) mix = r.data;
        else if (spec.groupBy) byRegion.set(spec.id, r.data);
        else totals.set(spec.id, r.data);
      });
      return {
        byRegion,
        totals,
        mix,
        pending: results.some((r) => r.isPending),
        fetching: results.some((r) => r.isFetching),
        errors: results.flatMap((r, i) => (r.error ? [{ id: specs[i]?.id ?? '', error: r.error }] : [])),
        refetch: () => results.forEach((r) => void r.refetch()),
      };
    },
  });
}
