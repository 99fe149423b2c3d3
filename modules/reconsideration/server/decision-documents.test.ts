import { describe, expect, it } from 'vitest';
import { decisionTypes } from '../contract/decision-enums';
import { actDescription, decisionTemplate, operativeWording, rightToSue } from './decision-documents';

describe('decision documents (行政复议法 第六十三–七十五条)', () => {
  const act = actDescription({ actKind: 'penalty', actDocumentNo: '津西市监罚〔2025〕17号' });

  it('names the act with its document number', () => {
    expect(act).toBe('行政处罚决定（津西市监罚〔2025〕17号）');
    expect(actDescription({ actKind: 'nonPerformance', actDocumentNo: null })).toBe('不履行法定职责行为');
  });

  it.each([
    ['alter', '第六十三条', '变更被申请人作出的'],
    ['revoke', '第六十四条', '撤销被申请人作出的'],
    ['revokePartly', '第六十四条', '部分撤销'],
    ['revokeAndRedo', '第六十四条', '责令被申请人在法定期限内重新作出行政行为'],
    ['confirmIllegal', '第六十五条', '违法。'],
    ['orderPerformance', '第六十六条', '履行法定职责'],
    ['confirmInvalid', '第六十七条', '无效。'],
    ['uphold', '第六十八条', '维持被申请人作出的'],
    ['dismissRequest', '第六十九条', '驳回申请人的行政复议请求'],
    ['agreementPerformance', '第七十一条', '继续履行'],
  ] as const)('%s cites %s', (type, article, words) => {
    const text = operativeWording(type, act, false);
    expect(text).toContain(article);
    expect(text).toContain(words);
    expect(text).not.toContain('第七十二条');
  });

  it('covers every decision type and adds compensation (第七十二条) and details', () => {
    for (const type of decisionTypes) expect(operativeWording(type, act, false).length).toBeGreaterThan(20);
    const text = operativeWording('alter', act, true, '罚款变更为一千元。');
    expect(text).toContain('罚款变更为一千元。');
    expect(text).toContain('第七十二条');
  });

  it('writes the decision with the parties, the reasoning, the operative part and the right to sue', () => {
    const doc = decisionTemplate.render(
      decisionTemplate.fields.parse({
        issuer: '天津市河西区司法局',
        docNumber: '津河西复〔2025〕17号',
        date: '2025-12-20',
        applicant: '张三',
        respondent: '天津市河西区市场监督管理局',
        act,
        acceptedOn: '2025-11-20',
        requests: '撤销行政处罚决定',
        facts: '处罚认定事实不清',
        reasoning: '被申请人认定事实不清。',
        decisionType: 'revoke',
        withCompensation: false,
        hearingHeld: true,
      }),
    );
    const text = doc.paragraphs.join('\n');
    expect(doc).toMatchObject({ title: '行政复议决定书', docNumber: '津河西复〔2025〕17号', dateStyle: 'chineseNumerals' });
    expect(text).toContain('申请人：张三');
    expect(text).toContain('2025年11月20日');
    expect(text).toContain('听证笔录');
    expect(text).toContain('撤销被申请人作出的行政处罚决定');
    expect(text).toContain(rightToSue);
    expect(rightToSue).toContain('十五日内');
    expect(rightToSue).toContain('第四十五条');
  });
});
