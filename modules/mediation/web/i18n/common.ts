import type { Pairs } from './make';

/** Strings shared by the workbench pages: menu, list, filters, deadlines, masking. */
export const commonPairs = {
  'menu.group': ['人民调解', 'People’s mediation'],
  'menu.cases': ['调解案件', 'Mediation cases'],
  'menu.today': ['今日工作', 'Today'],
  'menu.referrers': ['移交单位', 'Referring bodies'],
  'menu.settings': ['调解时限设置', 'Time targets'],
  'page.cases': ['人民调解案件', 'Mediation cases'],
  'page.intake': ['登记纠纷', 'Register a dispute'],
  'page.detail': ['调解案件', 'Mediation case'],
  'page.today': ['今日工作', 'Today’s work'],
  'page.referrers': ['移交单位名录', 'Referring bodies'],
  'page.settings': ['调解时限设置', 'Mediation time targets'],

  'common.colon': ['：', ': '],
  'common.none': ['—', '—'],
  'common.save': ['保存', 'Save'],
  'common.saved': ['已保存', 'Saved'],
  'common.yes': ['是', 'Yes'],
  'common.no': ['否', 'No'],
  'common.open': ['查看', 'Open'],
  'common.add': ['新增', 'Add'],
  'common.edit': ['修改', 'Edit'],
  'common.remove': ['删除', 'Remove'],
  'common.required': ['请填写此项', 'Required'],
  'common.localRule': ['本地规则（可配置）', 'Local rule (configurable)'],

  'deadline.target': ['调解时限', 'Time target'],
  'deadline.targetDue': ['时限届满日', 'Target date'],
} as const satisfies Pairs;
