import { statutoryPeriods, type StatutoryModule, type StatutoryPeriod } from '@tianping/common/calendar/index';
import type { StatutoryPeriodView } from '@tianping/common/contract/calendar';
import { citationOf } from './deadline.service';

const text = (t: { zh: string; en: string }) => ({ zh: t.zh, en: t.en });

/** The catalogue's modules in the order they appear, with display names. */
const moduleNames: Record<StatutoryModule, { zh: string; en: string }> = {
  reconsideration: { zh: '行政复议', en: 'Administrative reconsideration' },
  litigationResponse: { zh: '行政应诉', en: 'Litigation response' },
  legalAid: { zh: '法律援助', en: 'Legal aid' },
  mediation: { zh: '人民调解', en: "People's mediation" },
  communityCorrection: { zh: '社区矫正', en: 'Community correction' },
  lawyer: { zh: '律师管理', en: 'Lawyers' },
  notary: { zh: '公证', en: 'Notary' },
  judicialAppraisal: { zh: '司法鉴定', en: 'Judicial appraisal' },
  administrativePenalty: { zh: '行政处罚', en: 'Administrative penalty' },
  administrativeLicensing: { zh: '行政许可', en: 'Administrative licensing' },
};

function present(entry: StatutoryPeriod): StatutoryPeriodView {
  const basis = entry.period.legalBasis;
  return {
    id: entry.id,
    module: entry.module,
    name: text(entry.name),
    kind: entry.kind,
    anchor: text(entry.anchor),
    amount: entry.period.amount,
    unit: entry.period.unit,
    legalBasis: { law: basis.law, article: basis.article },
    citation: citationOf(basis),
    maxExtension: entry.maxExtension
      ? { amount: entry.maxExtension.amount, unit: entry.maxExtension.unit, approval: text(entry.maxExtension.approval) }
      : null,
    excludable: (entry.excludable ?? []).map((e) => e.kind),
    note: entry.note ? text(entry.note) : null,
  };
}

export function statutoryPeriodCatalogue() {
  const modules = [...new Set(statutoryPeriods.map((p) => p.module))].map((id) => ({ id, name: moduleNames[id] }));
  return { modules, items: statutoryPeriods.map(present) };
}
