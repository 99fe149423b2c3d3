import { officialHolidayCalendar, parseLocalDate, type ExcludedInterval } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { ReconsiderationError } from './reconsideration-error';
import { assessApplicationTimeliness, type ApplicationTimelinessInput } from './timeliness';

const d = parseLocalDate;
const assess = (input: Partial<ApplicationTimelinessInput> & Pick<ApplicationTimelinessInput, 'receivedOn' | 'learnedOfActOn'>) =>
  assessApplicationTimeliness(
    { actMadeOn: input.learnedOfActOn, rightsStated: true, involvesRealProperty: false, ...input },
    officialHolidayCalendar,
  );

describe('assessApplicationTimeliness — 60 days from learning of the act (第二十条第一款)', () => {
  it.each<[string, string, string, string, boolean]>([
    ['day 60 is Saturday 2025-08-30: moves to Monday, received that Monday', '2025-07-01', '2025-09-01', '2025-09-01', true],
    ['day 60 is Saturday 2025-08-30: received Tuesday is late', '2025-07-01', '2025-09-02', '2025-09-01', false],
    ['day 60 is 2025-10-01 (National Day + Mid-Autumn): moves to 2025-10-09', '2025-08-02', '2025-10-09', '2025-10-09', true],
    ['… and 2025-10-10 is late', '2025-08-02', '2025-10-10', '2025-10-09', false],
    ['day 60 is 2025-05-02 (Labour Day 2025): moves to 2025-05-06', '2025-03-03', '2025-05-06', '2025-05-06', true],
    ['day 60 on a working day stays', '2025-03-10', '2025-05-09', '2025-05-09', true],
    ['received on the day of learning', '2025-03-10', '2025-03-10', '2025-05-09', true],
  ])('%s', (_label, learned, received, lastDay, timely) => {
    const result = assess({ learnedOfActOn: d(learned), receivedOn: d(received) });
    expect(result.lastDay).toBe(lastDay);
    expect(result.timely).toBe(timely);
    expect(result.binding).toBe('application');
    expect(result.checks.map((c) => c.key)).toEqual(['application', 'protection']);
  });

  it('explains the derivation with the article, in Chinese and English', () => {
    const result = assess({ learnedOfActOn: d('2025-08-02'), receivedOn: d('2025-10-09') });
    const application = result.checks[0]!;
    expect(application.legalBasis).toEqual({ law: '行政复议法', article: '第二十条第一款' });
    expect(application.explanation.zh.join('\n')).toContain('《行政复议法》第二十条第一款');
    expect(application.explanation.zh.join('\n')).toContain('2025年10月9日');
    expect(application.explanation.en.join('\n')).toContain('Art. 20(1)');
    expect(result.notes).toEqual([]);
  });

  it('does not count time lost to force majeure (第二十条第二款)', () => {
    const tolled: ExcludedInterval[] = [{ kind: 'forceMajeure', from: d('2025-07-10'), to: d('2025-07-19') }];
    const result = assess({ learnedOfActOn: d('2025-07-01'), receivedOn: d('2025-09-09'), tolled });
    expect(result.lastDay).toBe('2025-09-09');
    expect(result.timely).toBe(true);
    expect(result.checks[0]!.explanation.zh.join('\n')).toContain('第二十条第二款');
  });
});

describe('rights not stated (第二十条第三款)', () => {
  it.each<[string, string, string | null, string, string, boolean, 'application' | 'uninformedMax']>([
    [
      '60 days from learning of the rights, before the one-year cap',
      '2025-01-10',
      '2025-06-01',
      '2025-07-31',
      '2025-07-31',
      true,
      'application',
    ],
    [
      'the cap of one year binds: 2025-03-15 is Saturday → Monday 03-17',
      '2024-03-15',
      '2025-02-20',
      '2025-03-17',
      '2025-03-17',
      true,
      'uninformedMax',
    ],
    ['… received after the cap is late', '2024-03-15', '2025-02-20', '2025-03-18', '2025-03-17', false, 'uninformedMax'],
    [
      'day of learning the rights unknown: counted from receipt, capped at one year',
      '2025-03-01',
      null,
      '2025-12-01',
      '2026-01-30',
      true,
      'application',
    ],
    [
      'unknown, one year passed: 2026-03-01 is Sunday → 03-02, received 03-03 is late',
      '2025-03-01',
      null,
      '2026-03-03',
      '2026-03-02',
      false,
      'uninformedMax',
    ],
  ])('%s', (_label, learnedAct, learnedRights, received, lastDay, timely, binding) => {
    const result = assess({
      learnedOfActOn: d(learnedAct),
      learnedOfRightsOn: learnedRights === null ? null : d(learnedRights),
      rightsStated: false,
      receivedOn: d(received),
    });
    expect(result.checks.map((c) => c.key)).toEqual(['application', 'uninformedMax', 'protection']);
    expect(result.lastDay).toBe(lastDay);
    expect(result.timely).toBe(timely);
    expect(result.binding).toBe(binding);
    expect(result.notes.length).toBe(learnedRights === null ? 1 : 0);
  });

  it('names the rights as the anchor and cites 第二十条第三款 for the cap', () => {
    const result = assess({
      learnedOfActOn: d('2024-03-15'),
      learnedOfRightsOn: d('2025-02-20'),
      rightsStated: false,
      receivedOn: d('2025-03-17'),
    });
    expect(result.checks[0]!.explanation.zh[0]).toContain('知道或者应当知道申请行政复议的权利');
    expect(result.checks[1]!.legalBasis.article).toBe('第二十条第三款');
  });
});

describe('outer limits from the act being made (第二十一条)', () => {
  it.each<[string, string, string, string, boolean, string, boolean]>([
    ['real property, 20 years end 2025-11-10: received 11-12 is late', '2005-11-10', '2025-10-20', '2025-11-12', true, '2025-11-10', false],
    ['real property, received on the last day', '2005-11-10', '2025-10-20', '2025-11-10', true, '2025-11-10', true],
    ['real property, 20 years end on Sunday 2026-05-10 → Monday', '2006-05-10', '2026-04-01', '2026-05-11', true, '2026-05-11', true],
    ['other act, 5 years end 2025-09-01', '2020-09-01', '2025-08-20', '2025-09-02', false, '2025-09-01', false],
    ['other act made 2006: long past', '2006-05-10', '2025-11-01', '2025-11-20', false, '2011-05-10', false],
  ])('%s', (_label, made, learned, received, realProperty, lastDay, timely) => {
    const result = assess({ actMadeOn: d(made), learnedOfActOn: d(learned), receivedOn: d(received), involvesRealProperty: realProperty });
    expect(result.binding).toBe('protection');
    expect(result.lastDay).toBe(lastDay);
    expect(result.timely).toBe(timely);
    expect(result.checks.at(-1)!.legalBasis.article).toBe('第二十一条');
  });

  it('marks a result computed in an unmaintained year as provisional', () => {
    const result = assess({ actMadeOn: d('2006-05-13'), learnedOfActOn: d('2025-11-01'), receivedOn: d('2025-11-20') });
    expect(result.checks.at(-1)!.provisional).toBe(true);
    expect(result.provisional).toBe(true);
    expect(result.notes.length).toBe(1);
    expect(assess({ learnedOfActOn: d('2025-11-01'), receivedOn: d('2025-11-20') }).provisional).toBe(false);
  });
});

describe('input validation', () => {
  it.each<[string, Partial<ApplicationTimelinessInput>, string, string]>([
    [
      'act made after it was learned of',
      { actMadeOn: d('2025-03-05'), learnedOfActOn: d('2025-03-04') },
      'RECON_ACT_AFTER_LEARNED',
      'learnedOfActOn',
    ],
    [
      'learned of the act after receipt',
      { actMadeOn: d('2025-03-01'), learnedOfActOn: d('2025-04-02') },
      'RECON_DATE_IN_FUTURE',
      'learnedOfActOn',
    ],
    ['act made after receipt', { actMadeOn: d('2025-04-02'), learnedOfActOn: d('2025-04-02') }, 'RECON_DATE_IN_FUTURE', 'actMadeOn'],
    [
      'learned of the rights after receipt',
      { rightsStated: false, learnedOfRightsOn: d('2025-04-02') },
      'RECON_DATE_IN_FUTURE',
      'learnedOfRightsOn',
    ],
    [
      'learned of the rights before the act',
      { rightsStated: false, learnedOfRightsOn: d('2025-02-28') },
      'RECON_RIGHTS_BEFORE_ACT',
      'learnedOfRightsOn',
    ],
  ])('%s', (_label, patch, code, field) => {
    const run = () => assess({ learnedOfActOn: d('2025-03-04'), receivedOn: d('2025-04-01'), ...patch });
    expect(run).toThrow(ReconsiderationError);
    try {
      run();
    } catch (err) {
      expect(err).toMatchObject({ code, field });
    }
  });
});
