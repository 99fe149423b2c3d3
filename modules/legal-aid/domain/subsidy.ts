/**
 * Legal-aid subsidies (法律援助补贴, 法律援助法 第五十二条): the standard is set by the provincial
 * (Tianjin: municipal) justice bureau with the finance bureau by service type and cost, and adjusted
 * over time. The schedule is therefore data — an amount per case kind and stage with effective dates —
 * and a case's subsidy is the sum, over the stages the provider handled, of the amounts in force on the
 * day the case was closed (local rule, configurable by editing the schedule).
 */

export interface SubsidyScheduleEntry {
  id: string;
  caseKind: string;
  stage: string;
  amountYuan: number;
  /** Inclusive. */
  effectiveFrom: string;
  /** Exclusive; null while in force. */
  effectiveTo: string | null;
}

export interface SubsidyLine {
  stage: string;
  scheduleId: string;
  amountYuan: number;
}

export type SubsidyComputation = { ok: true; lines: SubsidyLine[]; totalYuan: number } | { ok: false; missingStages: string[] };

/** The entry of a kind and stage in force on a day, if any. */
export function entryInForce(
  entries: readonly SubsidyScheduleEntry[],
  caseKind: string,
  stage: string,
  on: string,
): SubsidyScheduleEntry | undefined {
  return entries.find(
    (e) => e.caseKind === caseKind && e.stage === stage && e.effectiveFrom <= on && (e.effectiveTo === null || on < e.effectiveTo),
  );
}

/** The subsidy of a closed case: one line per stage handled (each stage once). */
export function computeSubsidy(
  entries: readonly SubsidyScheduleEntry[],
  input: { caseKind: string; stages: readonly string[]; on: string },
): SubsidyComputation {
  const stages = [...new Set(input.stages)];
  const lines: SubsidyLine[] = [];
  const missingStages: string[] = [];
  for (const stage of stages) {
    const entry = entryInForce(entries, input.caseKind, stage, input.on);
    if (entry) lines.push({ stage, scheduleId: entry.id, amountYuan: entry.amountYuan });
    else missingStages.push(stage);
  }
  if (missingStages.length > 0) return { ok: false, missingStages };
  return { ok: true, lines, totalYuan: lines.reduce((sum, l) => sum + l.amountYuan, 0) };
}

export type NewEntryCheck = { ok: true; closesEntryId: string | null } | { ok: false; reason: 'overlap' };

/**
 * A new amount for a kind and stage takes effect from its date: the entry in force until then ends on
 * that date (it is kept, so earlier closures still explain themselves). A new entry may not start on
 * or before the start of the latest existing one (that would rewrite history: correct it instead).
 */
export function checkNewEntry(
  entries: readonly SubsidyScheduleEntry[],
  entry: { caseKind: string; stage: string; effectiveFrom: string },
): NewEntryCheck {
  const same = entries.filter((e) => e.caseKind === entry.caseKind && e.stage === entry.stage);
  if (same.some((e) => e.effectiveFrom >= entry.effectiveFrom)) return { ok: false, reason: 'overlap' };
  const open = same.find((e) => e.effectiveTo === null || e.effectiveTo > entry.effectiveFrom);
  return { ok: true, closesEntryId: open?.id ?? null };
}
