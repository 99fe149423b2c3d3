import { describeSkipped, excludedKindNames, formatAmount, formatCount, formatDay, formatMoment, formatRange } from './explain-text';
import { formatLegalBases, formatLegalBasis, type Lang } from './legal-basis';
import type { LocalDateTime } from './local-date-time';
import { periodLaw } from './period-law';
import type { DeadlineResult, DeadlineStep } from './period-types';

/**
 * The derivation of a deadline as ordered lines, in Chinese or English: start, rule and article,
 * each skipped holiday by name, each 调休 working day counted, each excluded interval, each
 * extension, the rest-day shift, the result, a deemed outcome and why a result is provisional.
 */
export function explain(result: DeadlineResult, lang: Lang): string[] {
  return result.steps.map((step) => (lang === 'zh' ? lineZh(step, result) : lineEn(step, result)));
}

function noticesText(step: Extract<DeadlineStep, { kind: 'workdayRule' }>, lang: Lang): string {
  return step.notices
    .map((notice) => {
      const number = notice.documentNumber ? (lang === 'zh' ? `（${notice.documentNumber}）` : ` (${notice.documentNumber})`) : '';
      return lang === 'zh' ? `《${notice.title}》${number}` : `State Council General Office notice on the ${notice.year} holidays${number}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

function lineZh(step: DeadlineStep, result: DeadlineResult): string {
  const label = result.input.label?.zh ?? '';
  switch (step.kind) {
    case 'start': {
      const anchor = step.anchor?.zh ?? '起算事件';
      if (result.input.period.direction === 'before') return `事件日：${anchor}为${formatDay(step.date, 'zh')}，该日不计入期间。`;
      if (step.time !== undefined) {
        const basis = result.input.period.hourStart === 'exactTime' ? periodLaw.hoursFromStatedTime : periodLaw.startHourNotCounted;
        return `起算：${anchor}于${formatMoment(`${step.date}T${step.time}` as LocalDateTime, 'zh')}；自${formatMoment(step.countFrom, 'zh')}起算（${formatLegalBases(basis, 'zh')}）。`;
      }
      return `起算：${anchor}之日为${formatDay(step.date, 'zh')}；开始的当日不计入，自${formatMoment(step.countFrom, 'zh')}起算（${formatLegalBases(periodLaw.startDayNotCounted, 'zh')}）。`;
    }
    case 'rule': {
      const basis = formatLegalBasis(step.legalBasis, 'zh');
      if (step.direction === 'before')
        return `期限：${label}应于该日前至少${formatAmount(step.amount, step.unit, 'zh')}完成，行为当日与事件当日均不计入（${basis}）。`;
      const monthRule =
        step.unit === 'month' || step.unit === 'year'
          ? `；到期月的对应日为最后一日，没有对应日的为月末日（${formatLegalBases(periodLaw.monthEnd, 'zh')}）`
          : '';
      return `期限：${label}${formatAmount(step.amount, step.unit, 'zh')}（${basis}）${monthRule}。`;
    }
    case 'workdayRule':
      return `工作日：不含周六、周日和法定节假日，调休上班日计为工作日（${formatLegalBases(periodLaw.restDays, 'zh')}${step.notices.length > 0 ? `；${noticesText(step, 'zh')}` : ''}）。`;
    case 'holidaySkipped':
      return `跳过${step.name.zh}假期：${formatRange(step.from, step.to, 'zh')}，共${step.days}日。`;
    case 'weekendsSkipped':
      return `跳过周末${step.days}日。`;
    case 'makeUpWorkdayCounted':
      return `${formatDay(step.date, 'zh')}为${step.name.zh}调休上班日，计为工作日。`;
    case 'holidayCountedAsDays':
      return `${formatRange(step.from, step.to, 'zh')}为${step.name.zh}假期，按自然日计入期间。`;
    case 'excluded': {
      const { interval } = step;
      const name = interval.label?.zh ?? excludedKindNames[interval.kind].zh;
      const basis = interval.legalBasis ? `（${formatLegalBasis(interval.legalBasis, 'zh')}）` : '';
      const effect =
        step.uncountedDays + step.uncountedWorkdays === 0
          ? '未落在计算期间内，不影响期限'
          : [step.uncountedDays > 0 ? `${step.uncountedDays}日` : '', step.uncountedWorkdays > 0 ? `${step.uncountedWorkdays}个工作日` : '']
              .filter(Boolean)
              .join('、') + '不计入期限';
      const overlap = step.overlapDays > 0 ? `；其中${step.overlapDays}日与前一区间重叠，不重复计算` : '';
      return `${name}：${formatRange(interval.from, interval.to, 'zh')}，${effect}${overlap}${basis}。`;
    }
    case 'monthEnd':
      return `到期月没有对应日，以月末日${formatDay(step.date, 'zh')}为最后一日（${formatLegalBases(periodLaw.monthEnd, 'zh')}）。`;
    case 'periodEnd':
      return `原期限的最后一日：${formatDay(step.date, 'zh')}。`;
    case 'extension': {
      const { extension } = step;
      const late = step.approvedLate ? '注意：批准日期晚于原期限届满日。' : '';
      return `经批准延长${formatAmount(extension.amount, extension.unit, 'zh')}（${formatDay(extension.approvedOn, 'zh')}批准；${formatLegalBasis(extension.legalBasis, 'zh')}）：自${formatMoment(step.from, 'zh')}延至${formatMoment(step.to, 'zh')}。${late}`;
    }
    case 'holidayShift':
      return `${formatDay(step.from, 'zh')}为${describeSkipped(step.skipped, 'zh')}，期间届满日顺延至${formatDay(step.to, 'zh')}（${formatLegalBases(periodLaw.lastDayRestDay, 'zh')}）。`;
    case 'noHolidayShift':
      return `${formatDay(step.date, 'zh')}为休息日，但本期间不因节假日顺延${step.basis ? `（${formatLegalBasis(step.basis, 'zh')}）` : ''}。`;
    case 'latestIsRestDay':
      return `${formatDay(step.date, 'zh')}为休息日，实际应不迟于此前最后一个工作日${formatDay(step.lastWorkday, 'zh')}完成。`;
    case 'result':
      if (step.direction === 'before') return `结果：最迟应于${formatDay(step.dueDate, 'zh')}完成。`;
      if (result.dueDateTime) return `结果：期间届满时间为${formatMoment(result.dueDateTime, 'zh')}。`;
      return `结果：期间届满日为${formatDay(step.dueDate, 'zh')}，截止时间为当日24时，有业务时间的以停止业务活动的时间为准（${formatLegalBases(periodLaw.endOfLastDay, 'zh')}）。`;
    case 'deemed':
      return `期满未依法作出处理的：${step.deemed.outcome.zh}，自${formatDay(step.deemed.effectiveOn, 'zh')}起（${formatLegalBasis(step.deemed.legalBasis, 'zh')}）。`;
    case 'provisional':
      return `临时结果：${step.reason.text.zh}`;
  }
}

function lineEn(step: DeadlineStep, result: DeadlineResult): string {
  const label = result.input.label ? `${result.input.label.en}: ` : '';
  switch (step.kind) {
    case 'start': {
      const anchor = step.anchor?.en ?? 'the starting event';
      if (result.input.period.direction === 'before')
        return `Event day: ${anchor} on ${formatDay(step.date, 'en')}; that day is not part of the period.`;
      if (step.time !== undefined) {
        const basis = result.input.period.hourStart === 'exactTime' ? periodLaw.hoursFromStatedTime : periodLaw.startHourNotCounted;
        return `Start: ${anchor} at ${formatMoment(`${step.date}T${step.time}` as LocalDateTime, 'en')}; counting begins at ${formatMoment(step.countFrom, 'en')} (${formatLegalBases(basis, 'en')}).`;
      }
      return `Start: ${anchor} on ${formatDay(step.date, 'en')}; the start day is not counted, counting begins on ${formatMoment(step.countFrom, 'en')} (${formatLegalBases(periodLaw.startDayNotCounted, 'en')}).`;
    }
    case 'rule': {
      const basis = formatLegalBasis(step.legalBasis, 'en');
      if (step.direction === 'before')
        return `Period: ${label}at least ${formatAmount(step.amount, step.unit, 'en')} before that day; neither the day of the act nor the event day counts (${basis}).`;
      const monthRule =
        step.unit === 'month' || step.unit === 'year'
          ? `; it ends on the corresponding day of the last month, or that month's last day (${formatLegalBases(periodLaw.monthEnd, 'en')})`
          : '';
      return `Period: ${label}${formatAmount(step.amount, step.unit, 'en')} (${basis})${monthRule}.`;
    }
    case 'workdayRule':
      return `Working days: Saturdays, Sundays and public holidays are not counted; make-up working days are (${formatLegalBases(periodLaw.restDays, 'en')}${step.notices.length > 0 ? `; ${noticesText(step, 'en')}` : ''}).`;
    case 'holidaySkipped':
      return `Skipped the ${step.name.en} holiday: ${formatRange(step.from, step.to, 'en')}, ${formatCount(step.days, 'day', 'days')}.`;
    case 'weekendsSkipped':
      return `Skipped ${formatCount(step.days, 'weekend day', 'weekend days')}.`;
    case 'makeUpWorkdayCounted':
      return `${formatDay(step.date, 'en')} is a make-up working day (${step.name.en}) and counts as a working day.`;
    case 'holidayCountedAsDays':
      return `${formatRange(step.from, step.to, 'en')} (${step.name.en} holiday) count as natural days.`;
    case 'excluded': {
      const { interval } = step;
      const name = interval.label?.en ?? excludedKindNames[interval.kind].en;
      const basis = interval.legalBasis ? ` (${formatLegalBasis(interval.legalBasis, 'en')})` : '';
      const effect =
        step.uncountedDays + step.uncountedWorkdays === 0
          ? 'outside the counted period, no effect'
          : [
              step.uncountedDays > 0 ? formatCount(step.uncountedDays, 'day', 'days') : '',
              step.uncountedWorkdays > 0 ? formatCount(step.uncountedWorkdays, 'working day', 'working days') : '',
            ]
              .filter(Boolean)
              .join(' and ') + ' not counted';
      const overlap =
        step.overlapDays === 0
          ? ''
          : step.overlapDays === 1
            ? '; 1 day overlaps an earlier interval and is counted once'
            : `; ${step.overlapDays} days overlap an earlier interval and are counted once`;
      return `${name}: ${formatRange(interval.from, interval.to, 'en')}, ${effect}${overlap}${basis}.`;
    }
    case 'monthEnd':
      return `The last month has no corresponding day, so its last day ${formatDay(step.date, 'en')} is the last day (${formatLegalBases(periodLaw.monthEnd, 'en')}).`;
    case 'periodEnd':
      return `The original period ends on ${formatDay(step.date, 'en')}.`;
    case 'extension': {
      const { extension } = step;
      const late = step.approvedLate ? ' Note: approved after the original period had lapsed.' : '';
      return `Extended by ${formatAmount(extension.amount, extension.unit, 'en')} (approved ${formatDay(extension.approvedOn, 'en')}; ${formatLegalBasis(extension.legalBasis, 'en')}): from ${formatMoment(step.from, 'en')} to ${formatMoment(step.to, 'en')}.${late}`;
    }
    case 'holidayShift':
      return `${formatDay(step.from, 'en')} falls on ${describeSkipped(step.skipped, 'en')}, so the period ends on ${formatDay(step.to, 'en')} (${formatLegalBases(periodLaw.lastDayRestDay, 'en')}).`;
    case 'noHolidayShift':
      return `${formatDay(step.date, 'en')} is a rest day, but this period is not extended for rest days${step.basis ? ` (${formatLegalBasis(step.basis, 'en')})` : ''}.`;
    case 'latestIsRestDay':
      return `${formatDay(step.date, 'en')} is a rest day; in practice act by the last working day before it, ${formatDay(step.lastWorkday, 'en')}.`;
    case 'result':
      if (step.direction === 'before') return `Result: act by ${formatDay(step.dueDate, 'en')} at the latest.`;
      if (result.dueDateTime) return `Result: the period ends at ${formatMoment(result.dueDateTime, 'en')}.`;
      return `Result: the period ends on ${formatDay(step.dueDate, 'en')} at 24:00, or when business closes where there are business hours (${formatLegalBases(periodLaw.endOfLastDay, 'en')}).`;
    case 'deemed':
      return `If nothing is done by then: ${step.deemed.outcome.en}, as of ${formatDay(step.deemed.effectiveOn, 'en')} (${formatLegalBasis(step.deemed.legalBasis, 'en')}).`;
    case 'provisional':
      return `Provisional: ${step.reason.text.en}`;
  }
}
