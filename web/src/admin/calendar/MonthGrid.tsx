import type { CalendarYearDetail } from '@tianping/common/contract/calendar';
import { Tooltip } from 'antd';
import dayjs from 'dayjs';
import { pickText, useLocale } from '../../i18n/locale-context';
import { useCalendarT } from './calendar-i18n';
import './calendar.css';

type Marked = { kind: 'rest' | 'work'; name: { zh: string; en: string } };

const MONTHS = 12;
const WEEK_DAYS = 7;

function markedDays(detail: CalendarYearDetail): Map<string, Marked> {
  const days = new Map<string, Marked>();
  for (const range of detail.holidays) {
    for (let d = dayjs(range.from); !d.isAfter(dayjs(range.to)); d = d.add(1, 'day')) {
      days.set(d.format('YYYY-MM-DD'), { kind: 'rest', name: range.name });
    }
  }
  for (const day of detail.makeUpWorkdays) days.set(day.date, { kind: 'work', name: day.name });
  return days;
}

/** Twelve month grids (Monday first) marking holidays 休 and make-up working days 班 with the festival's name. */
export function MonthGrid({ detail }: { detail: CalendarYearDetail }) {
  const tc = useCalendarT();
  const { locale } = useLocale();
  const marked = markedDays(detail);
  const weekdays = locale === 'en' ? ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] : ['一', '二', '三', '四', '五', '六', '日'];
  return (
    <div className="tp-cal-year">
      <p className="tp-cal-legend">{tc('grid.legend')}</p>
      <div className="tp-cal-months">
        {Array.from({ length: MONTHS }, (_, m) => {
          const first = dayjs(new Date(detail.year, m, 1));
          const lead = (first.day() + WEEK_DAYS - 1) % WEEK_DAYS;
          const cells = Array.from({ length: lead + first.daysInMonth() }, (_, i) => (i < lead ? null : first.add(i - lead, 'day')));
          return (
            <section key={m} className="tp-cal-month" aria-label={first.format(locale === 'en' ? 'MMMM YYYY' : 'YYYY年M月')}>
              <h4>{first.format(locale === 'en' ? 'MMMM' : 'M月')}</h4>
              <div className="tp-cal-grid" role="grid">
                {weekdays.map((w) => (
                  <span key={w} className="tp-cal-head" role="columnheader">
                    {w}
                  </span>
                ))}
                {cells.map((day, i) => {
                  if (!day) return <span key={`pad-${i}`} />;
                  const iso = day.format('YYYY-MM-DD');
                  const mark = marked.get(iso);
                  const weekend = day.day() === 0 || day.day() === WEEK_DAYS - 1;
                  const cls = mark ? `tp-cal-day tp-cal-${mark.kind}` : `tp-cal-day${weekend ? ' tp-cal-weekend' : ''}`;
                  const content = (
                    <span key={iso} className={cls} role="gridcell" aria-label={mark ? `${iso} ${pickText(mark.name, locale)}` : iso}>
                      {day.date()}
                      {mark && <sup>{tc(mark.kind === 'rest' ? 'grid.rest' : 'grid.work')}</sup>}
                    </span>
                  );
                  return mark ? (
                    <Tooltip key={iso} title={pickText(mark.name, locale)}>
                      {content}
                    </Tooltip>
                  ) : (
                    content
                  );
                })}
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
