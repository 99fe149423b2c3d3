import { describe, expect, it } from 'vitest';
import {
  checkConflicts,
  editDistance,
  hasBlockingConflict,
  matchScore,
  nameSimilarity,
  normaliseName,
  type HistoryEntry,
} from './conflict';

const entry = (over: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'h1',
  providerId: 'p1',
  providerName: '王律师',
  side: 'client',
  name: '天津市宏达建筑工程有限公司',
  idIndex: null,
  matter: '建设工程施工合同纠纷',
  date: '2024-05-10',
  ...over,
});

describe('name normalisation and distance', () => {
  it('removes width, spaces, name dots and the legal form', () => {
    expect(normaliseName(' 天津市宏达建筑工程有限公司 ')).toBe('天津市宏达建筑工程');
    expect(normaliseName('阿依古丽·买买提')).toBe('阿依古丽买买提');
    expect(normaliseName('ＡＢＣ 科技股份有限公司')).toBe('abc科技');
    expect(normaliseName('宏达建筑（天津）有限公司')).toBe('宏达建筑');
  });
  it('counts Chinese characters as one edit each', () => {
    expect(editDistance('张三', '张三')).toBe(0);
    expect(editDistance('宏达建筑', '鸿达建筑')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(nameSimilarity('天津宏达建筑工程有限公司', '天津鸿达建筑工程有限公司')).toBeCloseTo(7 / 8);
  });
});

describe('matchScore', () => {
  const party = (name: string, idIndexes: string[] = []) => ({ role: 'opponent' as const, name, idIndexes });
  it('true matches: same ID number whatever the name, same name, close organisation names', () => {
    expect(matchScore(party('李某', ['idx-1']), entry({ name: '李四', idIndex: 'idx-1' }))).toEqual({ score: 1, basis: 'idNumber' });
    expect(matchScore(party('天津市宏达建筑工程有限公司'), entry({}))).toEqual({ score: 0.85, basis: 'nameExact' });
    expect(matchScore(party('天津市宏达建筑工程公司'), entry({}))?.basis).toBe('nameExact');
    const typo = matchScore(party('天津市鸿达建筑工程有限公司'), entry({}));
    expect(typo?.basis).toBe('nameSimilar');
    expect(typo!.score).toBeGreaterThanOrEqual(0.8);
    expect(matchScore(party('宏达建筑工程'), entry({}))?.basis).toBe('nameContained');
  });
  it('false matches: a different short personal name, unrelated companies, different ID with different name', () => {
    expect(matchScore(party('张伟'), entry({ name: '张卫' }))).toBeNull();
    expect(matchScore(party('王小明'), entry({ name: '王小敏' }))).toBeNull();
    expect(matchScore(party('天津市海河物流有限公司'), entry({}))).toBeNull();
    expect(matchScore(party('李四', ['idx-2']), entry({ name: '赵六', idIndex: 'idx-1' }))).toBeNull();
  });
});

describe('checkConflicts', () => {
  const history: HistoryEntry[] = [
    entry({ id: 'a', side: 'client', name: '天津市宏达建筑工程有限公司' }),
    entry({ id: 'b', side: 'opponent', name: '刘芳', idIndex: 'idx-liu', matter: '劳动争议' }),
    entry({ id: 'c', side: 'client', name: '刘芳', providerId: 'p2', providerName: '李律师', matter: '离婚纠纷' }),
    entry({ id: 'd', side: 'opponent', name: '天津市宏达建筑工程有限公司', providerId: 'p2', providerName: '李律师' }),
  ];

  it('an opponent of the case who was the provider’s client blocks, with the reason', () => {
    const f = checkConflicts({ providerId: 'p1' }, [{ role: 'opponent', name: '天津市宏达建筑工程有限公司', idIndexes: [] }], history);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ kind: 'actedForOpponent', historyId: 'a', via: 'self', blocking: true, score: 0.85 });
    expect(f[0]!.reasonZh).toContain('本案对方当事人「天津市宏达建筑工程有限公司」');
    expect(hasBlockingConflict(f)).toBe(true);
  });

  it('the recipient whom the provider (or a colleague of the firm) acted against blocks; ID match scores 1', () => {
    const f = checkConflicts({ providerId: 'p1' }, [{ role: 'recipient', name: '刘 芳', idIndexes: ['idx-liu'] }], history);
    expect(f.map((x) => [x.historyId, x.kind, x.score, x.via])).toEqual([['b', 'actedAgainstRecipient', 1, 'self']]);
  });

  it('a colleague of the firm who acted for the opponent is reported as via firm', () => {
    const f = checkConflicts({ providerId: 'p1' }, [{ role: 'opponent', name: '刘芳', idIndexes: [] }], history);
    expect(f.map((x) => [x.historyId, x.via, x.historyProviderName])).toEqual([['c', 'firm', '李律师']]);
    expect(f[0]!.reasonZh).toContain('同所 李律师');
  });

  it('same-side history is no conflict: earlier client now the recipient, earlier opponent now the opponent', () => {
    expect(
      checkConflicts({ providerId: 'p1' }, [{ role: 'recipient', name: '天津市宏达建筑工程有限公司', idIndexes: [] }], history.slice(0, 1)),
    ).toEqual([]);
    expect(
      checkConflicts({ providerId: 'p2' }, [{ role: 'opponent', name: '天津市宏达建筑工程有限公司', idIndexes: [] }], history.slice(3)),
    ).toEqual([]);
  });

  it('thresholds are settings: a stricter blocking level turns a name match into a notice', () => {
    const f = checkConflicts({ providerId: 'p1' }, [{ role: 'opponent', name: '天津市宏达建筑工程有限公司', idIndexes: [] }], history, {
      blockingScore: 0.9,
      noticeScore: 0.6,
    });
    expect(f[0]!.blocking).toBe(false);
    expect(hasBlockingConflict(f)).toBe(false);
  });
});
