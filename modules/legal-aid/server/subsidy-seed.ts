import type { Kernel } from '@tianping/server/core/module';
import { newId } from '@tianping/server/db/ids';
import type { CaseStage, SubsidyCaseKind } from '../contract/subsidy';

/**
 * Reference seed: an EXAMPLE subsidy schedule (法律援助法 第五十二条), written once when the schedule is
 * empty and flagged `example` — Tianjin's figures are not in our sources. The workbench shows the
 * example notice until the bureau enters the official amounts (which end these entries).
 */

const exampleFrom = '2022-01-01';
const note = '示例值，须按天津市司法局、天津市财政局公布的法律援助补贴标准核实后替换';

const criminal: [CaseStage, number][] = [
  ['investigation', 1000],
  ['prosecution', 1000],
  ['firstInstance', 2000],
  ['secondInstance', 1500],
  ['deathPenaltyReview', 3000],
  ['retrial', 2000],
];
const civil: [CaseStage, number][] = [
  ['firstInstance', 2000],
  ['secondInstance', 1500],
  ['retrial', 2000],
  ['arbitration', 1500],
  ['nonLitigation', 800],
];

export const exampleSubsidySchedule: readonly { caseKind: SubsidyCaseKind; stage: CaseStage; amountYuan: number }[] = [
  ...criminal.map(([stage, amountYuan]) => ({ caseKind: 'criminal' as const, stage, amountYuan })),
  ...criminal.map(([stage, amountYuan]) => ({ caseKind: 'notice' as const, stage, amountYuan })),
  ...civil.map(([stage, amountYuan]) => ({ caseKind: 'civil' as const, stage, amountYuan })),
  ...civil.map(([stage, amountYuan]) => ({ caseKind: 'administrative' as const, stage, amountYuan })),
  { caseKind: 'appeal', stage: 'petition', amountYuan: 1000 },
  { caseKind: 'appeal', stage: 'retrial', amountYuan: 2000 },
];

export async function seedSubsidySchedule(kernel: Pick<Kernel, 'db' | 'clock'>): Promise<void> {
  const any = await kernel.db.selectFrom('aidSubsidySchedules').select('id').limit(1).executeTakeFirst();
  if (any) return;
  const createdAt = kernel.clock.now().toISOString();
  await kernel.db
    .insertInto('aidSubsidySchedules')
    .values(
      exampleSubsidySchedule.map((e) => ({
        id: newId(),
        ...e,
        effectiveFrom: exampleFrom,
        effectiveTo: null,
        note,
        example: 1 as const,
        createdBy: null,
        createdAt,
      })),
    )
    .execute();
}
