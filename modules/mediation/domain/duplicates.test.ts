import { describe, expect, it } from 'vitest';
import type { LocalDate } from '@tianping/common/calendar/index';
import {
  bigramSimilarity,
  characterBigrams,
  defaultDuplicateRules,
  describeReason,
  normaliseName,
  rankDuplicates,
  scoreDuplicate,
  withinWindow,
  type DuplicateCandidate,
  type DuplicateSubject,
} from './duplicates';

const d = (s: string) => s as LocalDate;
const zhang = { name: '张三', idNumberIndex: 'ID-ZHANG', phoneIndex: 'PH-ZHANG' };
const li = { name: '李四', idNumberIndex: null, phoneIndex: 'PH-LI' };
const facts = '张三与李四系邻居，李四在两家之间的通道上堆放杂物并砌筑围墙，影响张三通行，双方多次发生争吵。';

const subject = (patch: Partial<DuplicateSubject> = {}): DuplicateSubject => ({
  parties: [zhang, li],
  title: '张三与李四相邻通行纠纷',
  facts,
  receivedOn: d('2025-06-10'),
  ...patch,
});
const candidate = (patch: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({ caseId: 'C1', ...subject(), ...patch });

describe('character bigrams and similarity', () => {
  it('ignores spaces, punctuation and width; a single character is its own gram', () => {
    expect([...characterBigrams('邻里 纠纷，')]).toEqual(['邻里', '里纠', '纠纷']);
    expect([...characterBigrams('ＡＢ')]).toEqual(['ab']);
    expect([...characterBigrams('调')]).toEqual(['调']);
    expect(characterBigrams('，。 ').size).toBe(0);
  });

  it.each<[string, string, number, number]>([
    ['邻里通行纠纷', '邻里通行纠纷', 1, 1],
    ['邻里通行纠纷', '劳动报酬争议', 0, 0],
    [facts, '李四在通道上堆放杂物、砌墙，张三无法通行，双方争吵。', 0.3, 0.7],
    ['', '邻里', 0, 0],
  ])('%s ~ %s within [%d, %d]', (a, b, lo, hi) => {
    const s = bigramSimilarity(a, b);
    expect(s).toBeGreaterThanOrEqual(lo);
    expect(s).toBeLessThanOrEqual(hi);
    expect(bigramSimilarity(b, a)).toBe(s);
  });

  it('normalises names for the name + phone match', () => {
    expect(normaliseName(' 张 三 ')).toBe('张三');
    expect(normaliseName('ABC·公司')).toBe('abc公司');
  });
});

describe('scoreDuplicate (same parties, similar facts, within the window)', () => {
  it('the same dispute through a second channel is likely: both parties and the facts', () => {
    const m = scoreDuplicate(subject(), candidate())!;
    expect(m.level).toBe('likely');
    expect(m.sharedParties).toBe(2);
    expect(m.score).toBe(1);
    expect(m.reasons.map((r) => r.code)).toEqual(['sameIdNumber', 'sameNameAndPhone', 'similarFacts']);
  });

  it('a court wording the facts differently still links by the ID number and a moderate similarity', () => {
    const m = scoreDuplicate(
      subject({
        parties: [{ name: '张三', idNumberIndex: 'ID-ZHANG' }],
        facts: '原告张三诉称被告李四在通道砌筑围墙，影响通行。',
        title: null,
      }),
      candidate(),
    )!;
    expect(m.level).toBe('likely');
    expect(m.reasons[0]).toEqual({ code: 'sameIdNumber', partyName: '张三' });
  });

  it('the same phone under another name is not the same party', () => {
    const m = scoreDuplicate(subject({ parties: [{ name: '王五', phoneIndex: 'PH-LI' }] }), candidate());
    expect(m?.sharedParties ?? 0).toBe(0);
  });

  it('one shared party with unrelated facts is only possible (the same person, another dispute)', () => {
    const m = scoreDuplicate(
      subject({ parties: [zhang], title: '劳动报酬', facts: '张三在某公司工作三个月，公司拖欠工资八千元。' }),
      candidate(),
    )!;
    expect(m.level).toBe('possible');
    expect(m.reasons.map((r) => r.code)).toEqual(['sameIdNumber']);
  });

  it('two shared parties need only a low similarity', () => {
    const m = scoreDuplicate(subject({ title: null, facts: '李四砌墙挡路，双方争吵，请求调解。' }), candidate())!;
    expect(m.similarity).toBeGreaterThanOrEqual(defaultDuplicateRules.factsLikelyManyParties);
    expect(m.level).toBe('likely');
  });

  it('nearly identical facts without party data are possible, never likely', () => {
    const m = scoreDuplicate(subject({ parties: [{ name: '某甲' }] }), candidate())!;
    expect(m.level).toBe('possible');
    expect(m.sharedParties).toBe(0);
  });

  it('different parties and facts: no match', () => {
    expect(
      scoreDuplicate(subject({ parties: [{ name: '赵六', idNumberIndex: 'X' }], facts: '物业费争议', title: null }), candidate()),
    ).toBe(undefined);
  });

  it.each<[string, boolean]>([
    ['2025-03-12', true],
    ['2025-03-11', false],
    ['2025-09-08', true],
    ['2025-09-09', false],
  ])('window of 90 natural days: candidate received %s → %s', (on, inside) => {
    expect(withinWindow(d('2025-06-10'), d(on))).toBe(inside);
    expect(scoreDuplicate(subject(), candidate({ receivedOn: d(on) })) !== undefined).toBe(inside);
  });

  it('the window and thresholds are configurable', () => {
    const rules = { ...defaultDuplicateRules, windowDays: 10 };
    expect(scoreDuplicate(subject(), candidate({ receivedOn: d('2025-05-01') }), rules)).toBe(undefined);
  });
});

describe('rankDuplicates', () => {
  it('puts likely matches first, then by score', () => {
    const ranked = rankDuplicates(subject(), [
      candidate({ caseId: 'possible', parties: [zhang], title: null, facts: '拖欠工资' }),
      candidate({ caseId: 'half', parties: [zhang] }),
      candidate({ caseId: 'full' }),
      candidate({ caseId: 'none', parties: [], facts: '物业费', title: null }),
    ]);
    expect(ranked.map((m) => [m.caseId, m.level])).toEqual([
      ['full', 'likely'],
      ['half', 'likely'],
      ['possible', 'possible'],
    ]);
  });

  it('describes reasons in Chinese and English', () => {
    expect(describeReason({ code: 'similarFacts', similarity: 0.456 })).toEqual({ zh: '纠纷事实相似度 46%', en: 'Facts 46% similar' });
    expect(describeReason({ code: 'sameIdNumber', partyName: '张三' }).zh).toContain('身份证号码相同');
  });
});
