import type { LegalBasis } from './legal-basis';

/**
 * The general rules of period computation (statutory-rules.md §0.2) with their sources. The
 * administrative laws refer to the Civil Procedure Law for what they do not regulate
 * (行政复议法 第八十八条第一款; 行政诉讼法 第一百零一条).
 */
export const periodLaw = {
  /** 开始的当日不计入，自下一日开始计算. */
  startDayNotCounted: [
    { law: '民法典', article: '第二百零一条第一款' },
    { law: '民事诉讼法', article: '第八十五条第二款' },
  ],
  /** 到期月的对应日为最后一日；没有对应日的，月末日为最后一日. */
  monthEnd: [{ law: '民法典', article: '第二百零二条' }],
  /** 最后一日是法定休假日的，以法定休假日结束的次日为最后一日. */
  lastDayRestDay: [
    { law: '民法典', article: '第二百零三条第一款' },
    { law: '民事诉讼法', article: '第八十五条第三款' },
  ],
  /** 最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间. */
  endOfLastDay: [{ law: '民法典', article: '第二百零三条第二款' }],
  /** 期间开始的时不计算在期间内 (hours count from the next full hour). */
  startHourNotCounted: [
    { law: '民事诉讼法', article: '第八十五条第二款' },
    { law: '刑事诉讼法', article: '第一百零五条第二款' },
  ],
  /** 按照小时计算期间的，自法律规定或者当事人约定的时间开始计算. */
  hoursFromStatedTime: [{ law: '民法典', article: '第二百零一条第二款' }],
  /** Rest days: the statutory holidays, make-up days off, 调休 (each year's notice implements them). */
  restDays: [{ law: '全国年节及纪念日放假办法', article: '第二、六、七条' }],
  /** 犯罪嫌疑人、被告人或者罪犯在押期间，应当至期满之日为止，不得因节假日而延长. */
  custodyNoExtension: { law: '刑事诉讼法', article: '第一百零五条第四款' },
} as const satisfies Record<string, readonly LegalBasis[] | LegalBasis>;
