import { describe, expect, it } from 'vitest';
import { hotlineErrors } from './errors';
import { hotlinePermissions } from './permissions';
import { categoryLabels, categoryTree, isKnownCategory, topCategoryOf } from './enums';

describe('hotline contract', () => {
  it('has the fourteen first-level categories of the issue, each with zh and en labels; sub-codes sit under their parent', () => {
    expect(categoryTree.map((c) => c.zh)).toEqual([
      '婚姻家庭',
      '继承',
      '劳动争议',
      '合同',
      '房产物业',
      '交通事故',
      '消费',
      '借贷',
      '刑事',
      '行政',
      '公司企业',
      '知识产权',
      '涉外',
      '其他',
    ]);
    for (const c of categoryTree) {
      expect(c.en.length).toBeGreaterThan(0);
      for (const s of c.children ?? []) expect(topCategoryOf(s.code)).toBe(c.code);
    }
    expect(isKnownCategory('labour.wages')).toBe(true);
    expect(isKnownCategory('labour.unknown')).toBe(false);
    expect(isKnownCategory('toString')).toBe(false);
    expect(categoryLabels['labour.wages']).toEqual({ zh: '劳动争议·拖欠工资', en: 'Labour disputes: Unpaid wages' });
  });

  it('permission keys and error codes follow the module prefixes', () => {
    for (const p of hotlinePermissions) expect(p.key).toMatch(/^hotline\.[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
    for (const code of Object.keys(hotlineErrors)) expect(code).toMatch(/^HOTLINE_[A-Z_]+$/);
  });
});
