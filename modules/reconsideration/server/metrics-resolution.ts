import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '@tianping/server/db/schema';
import { defineMetric, type MetricDefinition } from '@tianping/server/stats/metric';
import { aggregateCases, asRate, stateIn } from './metrics-query';

/**
 * 实质性化解率 (substantive-resolution rate): concluded cases that were not followed by a lawsuit
 * and not reopened, over concluded cases. What counts is configurable (METRICS.md):
 */
export interface SubstantiveResolutionOptions {
  /** Whether cases terminated by withdrawal (第四十一条第（一）项、第七十四条) count at all (default yes). */
  countWithdrawn: boolean;
  /** Which lawsuits make a case unresolved: any suit linked to it (default) or only suits the body lost. */
  litigation: 'any' | 'lost';
  /** Whether a later application of the same applicant against the same act counts as reopening (default yes). */
  reapplicationReopens: boolean;
}

export const defaultSubstantiveResolution: SubstantiveResolutionOptions = {
  countWithdrawn: true,
  litigation: 'any',
  reapplicationReopens: true,
};

/**
 * `RECON_SUBSTANTIVE_RESOLUTION` — comma-separated flags changing the defaults:
 * `excludeWithdrawn`, `lostOnly`, `ignoreReapplication`.
 */
export function substantiveResolutionOptionsFromEnv(env: Record<string, string | undefined>): SubstantiveResolutionOptions {
  const flags = new Set((env.RECON_SUBSTANTIVE_RESOLUTION ?? '').split(',').map((s) => s.trim()));
  return {
    countWithdrawn: !flags.has('excludeWithdrawn'),
    litigation: flags.has('lostOnly') ? 'lost' : 'any',
    reapplicationReopens: !flags.has('ignoreReapplication'),
  };
}

type CaseEb = ExpressionBuilder<Database, 'reconCases'>;

function resolved(eb: CaseEb, o: SubstantiveResolutionOptions): Expression<SqlBool> {
  const conds: Expression<SqlBool>[] = [
    eb.not(
      eb.exists(
        eb
          .selectFrom('reconLitigations as l')
          .select(sql.lit(1).as('one'))
          .whereRef('l.reconCaseId', '=', 'reconCases.id')
          .$if(o.litigation === 'lost', (q) => q.where('l.result', '=', 'lost')),
      ),
    ),
  ];
  if (o.reapplicationReopens) {
    conds.push(
      eb.not(
        eb.exists(
          eb
            .selectFrom('reconCases as again')
            .select(sql.lit(1).as('one'))
            .whereRef('again.applicantIdNumberIndex', '=', 'reconCases.applicantIdNumberIndex')
            .whereRef('again.respondentName', '=', 'reconCases.respondentName')
            .whereRef('again.actDocumentNo', '=', 'reconCases.actDocumentNo')
            .whereRef('again.receivedOn', '>', 'reconCases.closedOn')
            .whereRef('again.id', '!=', 'reconCases.id'),
        ),
      ),
    );
  }
  return eb.and(conds);
}

export function substantiveResolutionMetric(o: SubstantiveResolutionOptions = defaultSubstantiveResolution): MetricDefinition {
  return defineMetric({
    id: 'reconsideration.substantiveResolutionRate',
    zh: '实质性化解率',
    en: 'Substantive-resolution rate',
    unit: { zh: '%', en: '%' },
    description: {
      zh: `区间内审结案件中，未被提起行政诉讼${o.litigation === 'lost' ? '并败诉' : ''}${o.reapplicationReopens ? '、未就同一行政行为再次申请' : ''}的比例${o.countWithdrawn ? '' : '（不含撤回申请的案件）'}`,
      en: `Concluded cases in the range not followed by a lawsuit${o.litigation === 'lost' ? ' that was lost' : ''}${o.reapplicationReopens ? ' nor a new application against the same act' : ''}${o.countWithdrawn ? '' : ' (withdrawn cases excluded)'}`,
    },
    dimensions: ['region', 'organisation', 'period'],
    query: async (db, ctx) =>
      asRate(
        await aggregateCases(db, ctx, {
          date: 'closedOn',
          where: (eb) =>
            o.countWithdrawn
              ? stateIn(eb, ['decided', 'mediated', 'terminated', 'dismissed'])
              : eb.and([
                  stateIn(eb, ['decided', 'mediated', 'terminated', 'dismissed']),
                  eb.or([eb('reconCases.outcome', 'is', null), eb('reconCases.outcome', '!=', 'withdrawn')]),
                ]),
          hits: (eb) => resolved(eb, o),
        }),
      ),
  });
}
