import { describe, expect, it } from 'vitest';
import {
  approvalStepLabels,
  approvalSteps,
  correctiveDecisionTypes,
  decisionTypeLabels,
  decisionTypes,
  isCorrectiveDecision,
  suspensionGroundLabels,
  suspensionGrounds,
  suspensionGroundSchema,
  terminationGroundLabels,
  terminationGrounds,
} from './decision-enums';
import {
  actKindLabels,
  actKinds,
  applicantKindLabels,
  applicantKinds,
  applicationChannelLabels,
  applicationChannels,
  caseStateLabels,
  caseStates,
  caseStateSchema,
  closedCaseStates,
  procedureLabels,
  procedures,
  rejectionKindLabels,
  rejectionKinds,
  type EnumLabel,
} from './enums';
import { reconsiderationErrors } from './errors';

const lists: [string, readonly string[], Readonly<Record<string, EnumLabel>>][] = [
  ['caseStates', caseStates, caseStateLabels],
  ['applicationChannels', applicationChannels, applicationChannelLabels],
  ['applicantKinds', applicantKinds, applicantKindLabels],
  ['actKinds', actKinds, actKindLabels],
  ['procedures', procedures, procedureLabels],
  ['rejectionKinds', rejectionKinds, rejectionKindLabels],
  ['suspensionGrounds', suspensionGrounds, suspensionGroundLabels],
  ['terminationGrounds', terminationGrounds, terminationGroundLabels],
  ['decisionTypes', decisionTypes, decisionTypeLabels],
  ['approvalSteps', approvalSteps, approvalStepLabels],
];

describe('enumerations', () => {
  it.each(lists)('%s: every code has a Chinese and an English label and a well-formed article', (_name, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const label = labels[code]!;
      expect(label.zh.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
      if (label.article !== undefined) expect(label.article).toMatch(/^行政复议法 第[一二三四五六七八九十]+条/);
    }
  });

  it('schemas accept the codes and nothing else', () => {
    expect(caseStateSchema.parse('abandoned')).toBe('abandoned');
    expect(caseStateSchema.safeParse('closed').success).toBe(false);
    expect(suspensionGroundSchema.safeParse('applicantDied').success).toBe(true);
  });

  it('closed states are case states', () => {
    for (const state of closedCaseStates) expect(caseStates).toContain(state);
  });

  it('suspension grounds follow 第三十九条第一款 items 1–10; items 1, 2, 4 lapse into termination (第四十一条第（五）项)', () => {
    expect(suspensionGrounds.map((g) => suspensionGroundLabels[g].item)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(suspensionGrounds.filter((g) => suspensionGroundLabels[g].terminateAfter60Days)).toEqual([
      'applicantDied',
      'lostCapacity',
      'organisationEnded',
    ]);
    expect(suspensionGroundLabels.applicantDied.article).toBe('行政复议法 第三十九条第一款第（一）项');
    expect(suspensionGroundLabels.other.article).toBe('行政复议法 第三十九条第一款第（十）项');
  });

  it('corrective decisions are the seven that change or condemn the act', () => {
    expect(correctiveDecisionTypes).toHaveLength(7);
    expect(isCorrectiveDecision('revokeAndRedo')).toBe(true);
    expect(isCorrectiveDecision('uphold')).toBe(false);
    expect(isCorrectiveDecision('dismissRequest')).toBe(false);
    expect(isCorrectiveDecision('agreementPerformance')).toBe(false);
  });
});

describe('error codes', () => {
  it('are prefixed, bilingual and of a known kind', () => {
    for (const [code, def] of Object.entries(reconsiderationErrors)) {
      expect(code).toMatch(/^RECON_[A-Z_]+$/);
      expect(def.zh.length).toBeGreaterThan(0);
      expect(def.en.length).toBeGreaterThan(0);
      expect(['Invalid', 'Conflict', 'Forbidden']).toContain(def.kind);
    }
  });
});
