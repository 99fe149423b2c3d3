import { deadlineView } from '@tianping/common/calendar/deadline-status';
import { explain, localDateAt, type DeadlineResult, type HolidayCalendar, type LocalDate } from '@tianping/common/calendar/index';
import type { Selectable } from 'kysely';
import type { TimerDef } from '@tianping/server/workflow/workflow.define';
import type { TimerRow } from '@tianping/server/workflow/workflow.repository';
import type { TimerView } from '../contract/case';
import { aidCaseWorkflow } from './case.workflow';
import type { AidMaterialRequestTable } from './tables';

type MaterialRequest = Selectable<AidMaterialRequestTable>;

/** Re-exported for the module's other presenters (one definition in common/calendar). */
export { deadlineView };

const timerDefs: TimerDef[] = Object.values(aidCaseWorkflow.timers ?? {}).flat();
function timerLabel(key: string) {
  const def = timerDefs.find((d) => d.key === key);
  return { zh: def?.labelZh ?? key, en: def?.labelEn ?? key };
}

/**
 * Why a clock runs again (the workflow closes the old timer and opens a new one on re-entering the
 * state): the review restarts from the day the missing materials arrive (第四十三条第二款, README's local
 * rule) or from the bureau's order to correct a denial (第四十九条). The anchor of the catalogue period
 * ("收到法律援助申请") would be wrong for the new clock, so it is replaced in the explanation.
 */
function restartAnchor(t: TimerRow, request: MaterialRequest | undefined) {
  if (t.key !== 'review') return null;
  return request?.status === 'answered' && request.answeredOn === t.startDate
    ? { zh: '收到补充材料', en: 'receiving the missing materials' }
    : { zh: '司法行政部门责令改正后重新审查', en: 'the review ordered again on objection' };
}

function presentTimer(t: TimerRow, today: LocalDate, calendar: HolidayCalendar, earlier?: TimerRow, request?: MaterialRequest): TimerView {
  const stored = JSON.parse(t.explanation) as DeadlineResult;
  const anchor = earlier ? restartAnchor(t, request) : null;
  const result = anchor ? { ...stored, steps: stored.steps.map((s) => (s.kind === 'start' ? { ...s, anchor } : s)) } : stored;
  const label = timerLabel(t.key);
  const ended = earlier?.closedAt ? localDateAt(new Date(earlier.closedAt)) : null;
  const history = earlier
    ? {
        zh: `此前的${label.zh}自${earlier.startDate}起算（届满日${earlier.dueDate}），${ended ? `已于${ended}结束，` : ''}不再计算；本期限重新起算。`,
        en: `The earlier clock (from ${earlier.startDate}, due ${earlier.dueDate}) ${ended ? `ended on ${ended} and ` : ''}no longer runs: this one starts afresh.`,
      }
    : null;
  return {
    key: t.key,
    label,
    state: t.state,
    startDate: t.startDate,
    dueDate: t.dueDate,
    status: t.status,
    deadline: t.status === 'open' ? deadlineView(t.dueDate, today, calendar) : null,
    explanation: {
      zh: [...explain(result, 'zh'), ...(history ? [history.zh] : [])],
      en: [...explain(result, 'en'), ...(history ? [history.en] : [])],
    },
  };
}

export const materialsTimerKey = 'materials';
const materialsLabel = { zh: '补充材料期限', en: 'Missing materials due' };

/**
 * 第四十三条第二款: the request for missing materials as a clock like the workflow's — the date is the
 * reviewer's (not a statutory period: at most 30 days ahead, local rule), so the explanation says so.
 */
function materialsTimer(r: MaterialRequest, today: LocalDate, calendar: HolidayCalendar): TimerView {
  const open = r.status === 'pending';
  const after =
    r.status === 'answered'
      ? {
          zh: `申请人已于${r.answeredOn}补充材料，审查期限自该日重新计算。`,
          en: `Answered on ${r.answeredOn}: the review period runs again from that day.`,
        }
      : r.status === 'lapsed'
        ? { zh: '期限届满未补充，视为撤回申请。', en: 'Not answered by the date: the application is deemed withdrawn.' }
        : {
            zh: '逾期未补充的，视为撤回申请；补充后审查期限重新计算。',
            en: 'Without an answer by then the application is deemed withdrawn; an answer restarts the review period.',
          };
  return {
    key: materialsTimerKey,
    label: materialsLabel,
    state: 'correcting',
    startDate: r.requestedOn,
    dueDate: r.dueOn,
    status: open ? 'open' : 'closed',
    deadline: open ? deadlineView(r.dueOn, today, calendar) : null,
    explanation: {
      zh: [
        `补充材料通知于${r.requestedOn}发出，须于${r.dueOn}前（含当日）补充全部材料（法律援助法第四十三条第二款；期限由审查人员确定，最长三十日，系本地规则）。`,
        after.zh,
      ],
      en: [
        `Materials requested on ${r.requestedOn}, due by ${r.dueOn} inclusive (Art. 43(2); the date is set by the reviewer, at most 30 days — a local rule).`,
        after.en,
      ],
    },
  };
}

/**
 * The clocks of a case for the detail and the citizen: one per timer key — the latest (`timers` in the
 * order they were opened); a clock superseded by a restart is not shown beside it (it would read as a
 * second 7-day review) but named in the restarted one's explanation — then the materials clock.
 */
export function caseClocks(
  timers: readonly TimerRow[],
  request: MaterialRequest | undefined,
  today: LocalDate,
  calendar: HolidayCalendar,
): TimerView[] {
  const latest = new Map<string, TimerRow>();
  for (const t of timers) latest.set(t.key, t);
  return [
    ...[...latest.values()].map((t) => {
      const earlier = timers.filter((x) => x.key === t.key && x !== t).at(-1);
      return presentTimer(t, today, calendar, earlier, request);
    }),
    ...(request ? [materialsTimer(request, today, calendar)] : []),
  ];
}
