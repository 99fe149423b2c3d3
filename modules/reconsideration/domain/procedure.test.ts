import { describe, expect, it } from 'vitest';
import type { ActKind } from '../contract/enums';
import { proposeProcedure, type ProcedureFacts } from './procedure';

const facts = (patch: Partial<ProcedureFacts>): ProcedureFacts => ({
  actKind: 'penalty',
  onTheSpot: false,
  warningOrCriticism: false,
  amountYuan: null,
  partiesAgreeSimplified: false,
  ...patch,
});

describe('proposeProcedure (第五十三条)', () => {
  it.each<[string, Partial<ProcedureFacts>, 'ordinary' | 'simplified', string[]]>([
    ['on-the-spot penalty', { onTheSpot: true, amountYuan: 200 }, 'simplified', ['第（一）项', '第（三）项']],
    ['warning', { warningOrCriticism: true }, 'simplified', ['第（二）项']],
    ['public criticism with a licensing act', { actKind: 'licensing', warningOrCriticism: true }, 'simplified', ['第（二）项']],
    ['fine of exactly 3,000 yuan ("以下" includes it)', { amountYuan: 3000 }, 'simplified', ['第（三）项']],
    ['fine of 2,999.50 yuan', { amountYuan: 2999.5 }, 'simplified', ['第（三）项']],
    ['fine of 3,000.01 yuan', { amountYuan: 3000.01 }, 'ordinary', ['第五十三条']],
    ['no amount', { amountYuan: 0 }, 'ordinary', ['第五十三条']],
    ['information disclosure', { actKind: 'informationDisclosure' }, 'simplified', ['第（四）项']],
    ['expropriation, parties agree', { actKind: 'expropriation', partiesAgreeSimplified: true }, 'simplified', ['第五十三条第二款']],
    ['expropriation, parties do not agree', { actKind: 'expropriation', amountYuan: 500_000 }, 'ordinary', ['第五十三条']],
  ])('%s', (_label, patch, procedure, articles) => {
    const proposal = proposeProcedure(facts(patch));
    expect(proposal.procedure).toBe(procedure);
    expect(proposal.reasons.map((r) => r.article?.replace('行政复议法 第五十三条第一款', '') ?? '')).toEqual(
      articles.map((a) => (a.startsWith('第（') ? a : `行政复议法 ${a}`)),
    );
  });

  it.each<[ActKind, boolean, boolean]>([
    ['informationDisclosure', false, true],
    ['penalty', true, false],
    ['other', false, false],
  ])('the handler confirms clear facts only for 第一款 grounds (%s, consent %s)', (actKind, partiesAgreeSimplified, confirms) => {
    const proposal = proposeProcedure(facts({ actKind, partiesAgreeSimplified }));
    expect(proposal.handlerMustConfirm !== null).toBe(confirms);
  });

  it('has Chinese and English reasons', () => {
    const [reason] = proposeProcedure(facts({ onTheSpot: true })).reasons;
    expect(reason).toEqual({
      zh: '被申请的行政行为是当场作出',
      en: 'The act was made on the spot',
      article: '行政复议法 第五十三条第一款第（一）项',
    });
  });
});
