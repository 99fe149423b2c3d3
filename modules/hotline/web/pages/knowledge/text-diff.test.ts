import { describe, expect, it } from 'vitest';
import { diffTexts, sentences } from './text-diff';

describe('diffTexts (sentence-level diff of an article answer)', () => {
  it('splits Chinese sentences and line breaks into separate pieces', () => {
    expect(sentences('甲。乙！\n丙')).toEqual(['甲。', '乙！', '\n', '丙']);
  });

  it('keeps unchanged sentences and marks removed and added ones, merging neighbours', () => {
    expect(diffTexts('甲。乙。丙。', '甲。\n乙。丁。戊。')).toEqual([
      { kind: 'same', text: '甲。' },
      { kind: 'added', text: '\n' },
      { kind: 'same', text: '乙。' },
      { kind: 'removed', text: '丙。' },
      { kind: 'added', text: '丁。戊。' },
    ]);
  });

  it('reports no change for equal texts', () => {
    expect(diffTexts('同一段话。', '同一段话。')).toEqual([{ kind: 'same', text: '同一段话。' }]);
  });
});
