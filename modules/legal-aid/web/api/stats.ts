import type { MetricGroupBy, MetricResult } from '@tianping/common/contract/stats';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../../../web/src/api/client';

/** The legal aid metrics of the statistics page, in column order (registered by the server module). */
export const aidTableMetricIds = [
  'legalAid.aidedCases',
  'legalAid.applications',
  'legalAid.decisions',
  'legalAid.reviewOnTimeRate',
  'legalAid.notices',
  'legalAid.noticeResponseDays',
  'legalAid.assignmentOnTimeRate',
  'legalAid.dutyServices',
  'legalAid.satisfactionRate',
  'legalAid.subsidiesPaid',
  'legalAid.objections',
] as const;

/** Breakdowns by series (matter group, decision and denial reason, sender, duty-service kind), ungrouped. */
export const aidMixMetricIds = [
  'legalAid.aidedCases',
  'legalAid.applications',
  'legalAid.decisions',
  'legalAid.notices',
  'legalAid.dutyServices',
] as const;

export interface Period {
  from: string;
  to: string;
}

const evaluate = (id: string, period: Period, groupBy?: MetricGroupBy) =>
  api<MetricResult>(`/stats/metrics/${id}`, { query: { from: period.from, to: period.to, groupBy } });

/**
 * Every table metric twice — by centre (the rows) and ungrouped (the total row: a rate over the
 * whole scope, never a sum of rates). The ungrouped results also give the breakdowns by series.
 */
export function useAidStats(period: Period) {
  const specs: { id: string; groupBy?: MetricGroupBy }[] = aidTableMetricIds.flatMap((id) => [
    { id, groupBy: 'organisation' as const },
    { id },
  ]);
  return useQueries({
    queries: specs.map((s) => ({
      queryKey: ['stats', 'metric', s.id, period.from, period.to, s.groupBy ?? 'none'] as const,
      queryFn: () => evaluate(s.id, period, s.groupBy),
      staleTime: 60_000,
      retry: false,
    })),
    combine: (results) => {
      const byCentre = new Map<string, MetricResult>();
      const totals = new Map<string, MetricResult>();
      results.forEach((r, i) => {
        const spec = specs[i];
        if (!r.data || !spec) return;
        (spec.groupBy ? byCentre : totals).set(spec.id, r.data);
      });
      return {
        byCentre,
        totals,
        pending: results.some((r) => r.isPending),
        fetching: results.some((r) => r.isFetching),
        errors: results.flatMap((r, i) => (r.error ? [{ id: specs[i]?.id ?? '', error: r.error }] : [])),
        refetch: () => results.forEach((r) => void r.refetch()),
      };
    },
  });
}
