import { describe, expect, it } from 'vitest';
import { explain } from './explain';
import { parseLocalDate } from './local-date';
import { officialHolidayCalendar } from './official-holidays';
import { computeDeadline } from './periods';
import { deadlineInputFor } from './statutory-periods';

const d = parseLocalDate;
const compute = (id: string, start: string, options: Parameters<typeof deadlineInputFor>[2] = {}) =>
  computeDeadline(deadlineInputFor(id, d(start), options), officialHolidayCalendar);

describe('explain', () => {
  it('a 5-working-day acceptance review across National Day 2025, in Chinese', () => {
    expect(explain(compute('reconsideration.acceptanceReview', '2025-09-26'), 'zh')).toEqual([
      '起算：收到行政复议申请之日为2025年9月26日（星期五）；开始的当日不计入，自2025年9月27日（星期六）起算（《民法典》第二百零一条第一款；《民事诉讼法》第八十五条第二款）。',
      '期限：受理审查期限5个工作日（《行政复议法》第三十条第一款、第八十八条第二款）。',
      '工作日：不含周六、周日和法定节假日，调休上班日计为工作日（《全国年节及纪念日放假办法》第二、六、七条；《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号））。',
      '2025年9月28日（星期日）为国庆节、中秋节调休上班日，计为工作日。',
      '跳过国庆节、中秋节假期：2025年10月1日（星期三）至2025年10月8日（星期三），共8日。',
      '跳过周末1日。',
      '结果：期间届满日为2025年10月10日（星期五），截止时间为当日24时，有业务时间的以停止业务活动的时间为准（《民法典》第二百零三条第二款）。',
      '期满未依法作出处理的：视为受理，自2025年10月10日（星期五）起（《行政复议法》第三十条第三款）。',
    ]);
  });

  it('the same in English', () => {
    expect(explain(compute('reconsideration.acceptanceReview', '2025-09-26'), 'en')).toEqual([
      'Start: receiving the application on Friday 26 September 2025; the start day is not counted, counting begins on Saturday 27 September 2025 (Civil Code, Art. 201(1); Civil Procedure Law, Art. 85(2)).',
      'Period: Acceptance review: 5 working days (Administrative Reconsideration Law, Arts. 30(1), 88(2)).',
      'Working days: Saturdays, Sundays and public holidays are not counted; make-up working days are (Measures on National Holidays and Memorial Days, Arts. 2, 6, 7; State Council General Office notice on the 2025 holidays (国办发明电〔2024〕12号)).',
      'Sunday 28 September 2025 is a make-up working day (National Day and Mid-Autumn Festival) and counts as a working day.',
      'Skipped the National Day and Mid-Autumn Festival holiday: Wednesday 1 October 2025 to Wednesday 8 October 2025, 8 days.',
      'Skipped 1 weekend day.',
      'Result: the period ends on Friday 10 October 2025 at 24:00, or when business closes where there are business hours (Civil Code, Art. 203(2)).',
      'If nothing is done by then: the application is deemed accepted, as of Friday 10 October 2025 (Administrative Reconsideration Law, Art. 30(3)).',
    ]);
  });

  it('a 60-day decision with a correction interval, an appraisal and an approved extension', () => {
    const result = compute('reconsideration.decisionOrdinary', '2025-07-01', {
      excluded: [
        { kind: 'correction', from: d('2025-07-10'), to: d('2025-07-16') },
        { kind: 'appraisal', from: d('2025-07-15'), to: d('2025-07-20') },
      ],
      extensions: [
        { amount: 30, unit: 'day', approvedOn: d('2025-09-05'), legalBasis: { law: '行政复议法', article: '第六十二条第一款' } },
      ],
    });
    expect(result.dueDate).toBe('2025-10-10');
    expect(explain(result, 'zh')).toEqual([
      '起算：受理申请之日为2025年7月1日（星期二）；开始的当日不计入，自2025年7月2日（星期三）起算（《民法典》第二百零一条第一款；《民事诉讼法》第八十五条第二款）。',
      '期限：行政复议决定期限（普通程序）60日（《行政复议法》第六十二条第一款）。',
      '补正：2025年7月10日（星期四）至2025年7月16日（星期三），7日不计入期限（《行政复议法实施条例》第二十九条）。',
      '鉴定：2025年7月15日（星期二）至2025年7月20日（星期日），4日不计入期限；其中2日与前一区间重叠，不重复计算（《行政复议法实施条例》第三十七条）。',
      '原期限的最后一日：2025年9月10日（星期三）。',
      '2025年10月1日（星期三）至2025年10月8日（星期三）为国庆节、中秋节假期，按自然日计入期间。',
      '经批准延长30日（2025年9月5日（星期五）批准；《行政复议法》第六十二条第一款）：自2025年9月10日（星期三）延至2025年10月10日（星期五）。',
      '结果：期间届满日为2025年10月10日（星期五），截止时间为当日24时，有业务时间的以停止业务活动的时间为准（《民法典》第二百零三条第二款）。',
    ]);
  });

  it('names the holiday that moves the last day, and a provisional year', () => {
    const onHoliday = explain(compute('reconsideration.application', '2025-08-02'), 'zh');
    expect(onHoliday).toContain(
      '2025年10月1日（星期三）为国庆节、中秋节假期，期间届满日顺延至2025年10月9日（星期四）（《民法典》第二百零三条第一款；《民事诉讼法》第八十五条第三款）。',
    );
    const provisional = compute('legalAid.review', '2026-12-28');
    expect(provisional.provisional).toBe(true);
    expect(explain(provisional, 'zh').at(-1)).toBe(
      '临时结果：2027年放假安排尚未维护（国务院办公厅一般于上一年11月前后公布，由管理员录入），该年的日期暂仅按周六、周日休息推算，本结果为临时结果，安排录入后须重新计算。',
    );
    expect(explain(provisional, 'en').at(-1)).toMatch(/^Provisional: The 2027 holiday schedule is not maintained yet/);
  });

  it('explains hours, advance notices and custody periods', () => {
    expect(explain(compute('legalAid.detaineeApplicationTransfer', '2025-09-30', { startTime: '10:25' }), 'zh')).toEqual([
      '起算：办案机关、监管场所收到申请于2025年9月30日10:25；自2025年9月30日11:00起算（《民事诉讼法》第八十五条第二款；《刑事诉讼法》第一百零五条第二款）。',
      '期限：被羁押人员申请转交期限24小时（《法律援助法》第三十九条第一款）。',
      '结果：期间届满时间为2025年10月1日11:00。',
    ]);
    const notice = explain(compute('administrativePenalty.hearingNotice', '2025-10-13'), 'zh');
    expect(notice[0]).toBe('事件日：举行听证为2025年10月13日（星期一），该日不计入期间。');
    expect(notice.at(-1)).toBe('结果：最迟应于2025年9月25日（星期四）完成。');
    const custody = explain(compute('communityCorrection.arrestCustodyMax', '2025-09-01'), 'en');
    expect(custody).toContain(
      'Wednesday 1 October 2025 is a rest day, but this period is not extended for rest days (Criminal Procedure Law, Art. 105(4)).',
    );
  });
});
