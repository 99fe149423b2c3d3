import { describe, expect, it } from 'vitest';
import type { WorkflowContext } from '@tianping/server/workflow/workflow.define';
import { caseStates, closedCaseStates } from '../contract/enums';
import { DEFAULT_TARGET_DAYS, medCaseWorkflow, TARGET_DAYS_MAX } from './case.workflow';

const ctx = (targetDays: number | null) => ({ payload: { targetDays, mediatorUserId: null, label: 'x' } }) as unknown as WorkflowContext;
const activeTargets = (state: 'accepted' | 'mediating', days: number | null) =>
  (medCaseWorkflow.timers?.[state] ?? []).filter((d) => d.when?.(ctx(days)) ?? true);

describe('the mediation case workflow', () => {
  it('has exactly the contract’s states; the closed ones are final', () => {
    expect(Object.keys(medCaseWorkflow.states).sort()).toEqual([...caseStates].sort());
    for (const s of closedCaseStates) expect(medCaseWorkflow.states[s].final).toBe(true);
  });

  it('runs one `target` timer of the case’s configured length from acceptance, in accepted and mediating', () => {
    for (const state of ['accepted', 'mediating'] as const) {
      const [fifteen] = activeTargets(state, 15);
      expect(activeTargets(state, 15)).toHaveLength(1);
      expect(fifteen).toMatchObject({ key: 'target', anchor: 'accept', period: { amount: 15, unit: 'day' } });
      expect(activeTargets(state, null)[0]!.period).toMatchObject({ amount: DEFAULT_TARGET_DAYS });
      expect(activeTargets(state, TARGET_DAYS_MAX + 1)[0]!.period).toMatchObject({ amount: DEFAULT_TARGET_DAYS });
    }
  });

  it('consent and the refusal may be fired by the citizen party; acceptance only by intake staff', () => {
    const t = (name: string) => medCaseWorkflow.transitions.find((x) => x.name === name)!;
    expect(t('recordConsent').allowCitizen).toBe(true);
    expect(t('refuse')).toMatchObject({ from: 'accepted', to: 'refused', allowCitizen: true });
    expect(t('accept')).toMatchObject({ permission: 'mediation.case.intake' });
    expect(t('accept').allowCitizen).toBeUndefined();
  });
});
