import { describe, expect, it } from 'vitest';
import { queryTerms, queryWords, segment, segmenterEngine, segmenterVersion } from './segmenter';

describe('segmenter', () => {
  it('uses jieba', () => {
    expect(segmenterEngine()).toBe('jieba');
    expect(segmenterVersion()).toMatch(/^jieba:[0-9a-f]{16}$/);
  });

  it('cuts in search mode: a compound and its parts, lower-cased, punctuation dropped', () => {
    const tokens = segment('行政复议申请人应当在知道行政行为之日起六十日内提出。ＡＢＣ');
    expect(tokens).toEqual(expect.arrayContaining(['行政', '复议', '行政复议', '申请', '申请人', '六十日', 'abc']));
    expect(tokens.some((t) => /[。\s]/.test(t))).toBe(false);
  });

  it('knows legal compounds from the user dictionary', () => {
    expect(segment('社区矫正对象应当报到')).toEqual(expect.arrayContaining(['社区', '矫正', '对象', '社区矫正对象']));
    expect(segment('第三人')).toContain('第三人');
    expect(segment('司法确认')).toEqual(['司法', '确认', '司法确认']);
  });

  it('turns a question into words with their parts, without function words', () => {
    expect(queryWords('行政复议申请期限是多久？')).toEqual([
      { word: '行政复议', parts: ['行政', '复议'], phrase: false },
      { word: '申请', parts: [], phrase: false },
      { word: '期限', parts: [], phrase: false },
    ]);
    expect(queryWords('提起行政诉讼')[1]).toEqual({ word: '行政诉讼', parts: ['行政', '诉讼'], phrase: false });
  });

  it('keeps runs of single characters as a phrase and drops a lone one', () => {
    expect(queryWords('社区矫正对象报到')).toContainEqual({ word: '报到', parts: ['报', '到'], phrase: true });
    expect(queryWords('七日内退货').map((w) => w.word)).toEqual(['七日', '退货']);
    expect(queryWords('法').map((w) => w.word)).toEqual(['法']);
  });

  it('has no words for punctuation, and plain words for markup', () => {
    expect(queryWords('！？——')).toEqual([]);
    expect(queryTerms('<script>alert(1)</script>')).toEqual(['script', 'alert']);
  });
});
