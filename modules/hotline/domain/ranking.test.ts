import { describe, expect, it } from 'vitest';
import { buildIndex, lawBoosts, questionTerms, rank, synonymExpansions } from './ranking';

describe('suggestion ranking (BM25, synonyms, law boost)', () => {
  const index = buildIndex([
    { id: 'a', group: '劳动合同法', tokens: ['用人单位', '未', '订立', '书面', '劳动合同', '二倍', '工资'] },
    { id: 'b', group: '民法典', tokens: ['借款', '利息', '约定', '借款', '借款人'] },
    { id: 'c', group: '民法典', tokens: ['工资', '奖金', '共同财产'] },
  ]);

  it('ranks by BM25, says which terms matched, and leaves out documents without any term', () => {
    const hits = rank(
      index,
      [
        { term: '工资', weight: 1 },
        { term: '二倍', weight: 1 },
      ],
      { limit: 5 },
    );
    expect(hits.map((h) => h.id)).toEqual(['a', 'c']);
    expect(hits[0]!.matched).toEqual(['工资', '二倍']);
  });

  it('boosts the law the question is about', () => {
    const plain = rank(index, [{ term: '工资', weight: 1 }], { limit: 5 });
    const boosted = rank(index, [{ term: '工资', weight: 1 }], { limit: 5, groupBoost: new Map([['劳动合同法', 3]]) });
    expect(boosted[0]!.id).toBe('a');
    expect(boosted[0]!.score).toBeGreaterThan(plain.find((h) => h.id === 'a')!.score);
  });

  it('maps colloquial words to the words of the law and drops question words and single characters', () => {
    expect(synonymExpansions('公司不跟我签合同，能要双倍工资吗')).toEqual(
      expect.arrayContaining(['未与劳动者订立书面劳动合同', '二倍的工资', '用人单位']),
    );
    expect(questionTerms(['怎么办', '我', '工资', '工资', '拖欠']).map((t) => t.term)).toEqual(['工资', '拖欠']);
  });

  it('boosts by topic, more for a law named outright', () => {
    const boosts = lawBoosts('劳动合同法 试用期多久', [{ title: '劳动合同法', officialTitle: '中华人民共和国劳动合同法' }]);
    expect(boosts.get('劳动合同法')).toBe(2.5);
    expect(lawBoosts('离婚冷静期', []).get('民法典')).toBeGreaterThan(1);
  });
});
