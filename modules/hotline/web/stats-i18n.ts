import type { LocalText } from '../../../web/src/i18n/locale-context';
import { createUseT } from '../../../web/src/i18n/translate';

/**
 * Strings of the hotline's statistics page, Chinese first. Metric names, units and definitions come
 * from the server's metric registry; categories, channels, destinations and ratings from the contract.
 */
const messages = {
  'menu.stats': ['12348热线统计', 'Hotline statistics'],
  'page.title': ['12348热线统计', '12348 hotline statistics'],
  'filter.period': ['统计区间', 'Period'],
  'filter.preset.30': ['近30天', 'Last 30 days'],
  'filter.preset.month': ['本月', 'This month'],
  'filter.preset.lastMonth': ['上月', 'Last month'],
  'filter.preset.year': ['本年', 'This year'],
  'filter.centre': ['中心', 'Centre'],
  'filter.allCentres': ['全部中心（本人数据范围）', 'All centres (your data scope)'],
  'filter.table': ['分列方式', 'Rows by'],
  'filter.byCentre': ['按中心', 'By centre'],
  'filter.byDistrict': ['按区', 'By district'],
  'filter.refresh': ['刷新', 'Refresh'],
  'cards.title': ['服务水平', 'Service levels'],
  'cards.calls': [
    '来电 {offered} 通 · 接通 {answered} · 放弃 {abandoned}',
    '{offered} calls · {answered} answered · {abandoned} abandoned',
  ],
  'table.title': ['分中心 / 分区', 'By centre or district'],
  'table.name': ['名称', 'Name'],
  'table.total': ['合计（本人数据范围）', 'Total (your data scope)'],
  'breakdown.category': ['工单（按咨询类别）', 'Tickets by category'],
  'breakdown.channel': ['工单（按渠道）', 'Tickets by channel'],
  'breakdown.destination': ['一键转接（按去向）', 'Transfers by destination'],
  'breakdown.rating': ['满意度评价', 'Survey answers'],
  'workload.title': ['人员工作量（坐席与值班律师）', 'Workload of agents and lawyers'],
  'workload.person': ['人员', 'Person'],
  'workload.tickets': ['解答工单（件）', 'Tickets answered'],
  'workload.calls': ['接听电话（通）', 'Calls answered'],
  'workload.talk': ['通话时长（分钟）', 'Talk time (minutes)'],
  'workload.average': ['平均每通（分钟）', 'Per call (minutes)'],
  'trend.title': ['每日来电与接通率', 'Calls and connection rate per day'],
  'trend.day': ['日期', 'Day'],
  'trend.scope': ['（本人数据范围，不按中心筛选）', '(your data scope, not filtered by centre)'],
  noData: ['区间内无数据', 'No data in the period'],
  definitions: ['指标口径', 'Definitions'],
  local: [
    '热线服务无法定统计口径与时限：接通率、等待时长、满意率、回拨与在线咨询按时率均为本市统计口径；回拨时限、在线咨询答复时限等服务水平为本地可配置规则（见“热线设置”）。',
    'No law defines these figures or limits: connection rate, waits, satisfaction and on-time rates are local measures; the callback and online-answer limits are local, configurable settings (hotline settings).',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type StatsMessageKey = keyof typeof messages;

const zh = Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, v[0]])) as Record<StatsMessageKey, string>;
const en = Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, v[1]])) as Record<StatsMessageKey, string>;

/** `const tr = useStatsT(); tr('cards.calls', { offered, answered, abandoned })`. */
export const useStatsT = createUseT<StatsMessageKey>({ 'zh-CN': zh, en });

/** Both languages of one key (menu labels, route titles). */
export function statsText(key: StatsMessageKey): LocalText {
  return { zh: zh[key], en: en[key] };
}
