import { describe, expect, it } from 'vitest';
import { articleLabel, parseArticleRef, parseChineseNumeral, toChineseNumeral } from './chinese-numerals';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十一', 21],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百一十九', 119],
    ['二百零八', 208],
    ['九百九十九', 999],
    ['一千', 1000],
    ['一千零一', 1001],
    ['一千零一十', 1010],
    ['一千零九十', 1090],
    ['一千一百', 1100],
    ['一千二百', 1200],
    ['一千二百六十', 1260],
    ['一千二百五十九', 1259],
    ['两千', 2000],
    ['一万', 10000],
    ['十万', 100000],
    ['一万零一十', 10010],
    ['零', 0],
    ['1260', 1260],
    ['１２６０', 1260],
  ])('parses %s as %i', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each(['', '条', '十百', '一二', '二〇二五', '百一十', '一百十', '零十', '二十二十', 'abc', '一千千'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it.each([
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [105, '一百零五'],
    [110, '一百一十'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1260, '一千二百六十'],
    [10010, '一万零一十'],
    [100000, '十万'],
  ])('writes %i as %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });

  it('round-trips every number up to 20 000', () => {
    for (let n = 0; n <= 20000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });

  it('labels and reads article references', () => {
    expect(articleLabel(20)).toBe('第二十条');
    expect(articleLabel(133, 1)).toBe('第一百三十三条之一');
    expect(parseArticleRef('第二十条')).toEqual({ number: 20, suffix: 0 });
    expect(parseArticleRef('20')).toEqual({ number: 20, suffix: 0 });
    expect(parseArticleRef('第20条')).toEqual({ number: 20, suffix: 0 });
    expect(parseArticleRef('二十')).toEqual({ number: 20, suffix: 0 });
    expect(parseArticleRef('第一百三十三条之一')).toEqual({ number: 133, suffix: 1 });
    expect(parseArticleRef('133之一')).toEqual({ number: 133, suffix: 1 });
    expect(parseArticleRef('第零条')).toBeNull();
    expect(parseArticleRef('第二十款')).toBeNull();
    expect(parseArticleRef('<script>')).toBeNull();
  });
});
