import { Card, Empty, Timeline } from 'antd';
import type { CaseDetail } from '../../../../contract/case';
import type { HandlingView } from '../../../../contract/handling';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useMedT } from '../../../i18n';

interface Entry {
  on: string;
  text: string;
  colour?: string;
}

/** 办理记录: every step of the case in date order, assembled from the case and its handling records. */
export function RecordTab({ c, h }: { c: CaseDetail; h: HandlingView | undefined }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const entries: Entry[] = [{ on: c.receivedOn, text: tr('record.received', { source: text(c.sourceLabel) }), colour: 'blue' }];
  if (c.acceptedOn) entries.push({ on: c.acceptedOn, text: tr('record.accepted', { mediator: c.mediator?.name ?? tr('common.none') }) });
  for (const p of c.parties) {
    if (p.consentAt)
      entries.push({ on: p.consentAt, text: `${p.name}：${text(p.consentLabel)}`, colour: p.consent === 'refused' ? 'red' : 'green' });
  }
  for (const r of c.recusals) entries.push({ on: r.recordedOn, text: tr('record.recusal', { name: r.mediatorName, reason: r.reason }) });
  for (const s of h?.sessions ?? []) entries.push({ on: s.heldOn, text: tr('record.session', { place: s.place }) });
  for (const r of h?.risks ?? []) entries.push({ on: r.assessedOn, text: `${tr('risk.title')}：${text(r.kindLabel)}`, colour: 'orange' });
  if (h?.agreement)
    entries.push({ on: h.agreement.effectiveOn, text: `${text(h.agreement.formLabel)}：${tr('agr.effectiveOn')}`, colour: 'green' });
  for (const p of h?.performance ?? []) entries.push({ on: p.checkedOn, text: `${tr('perf.title')}：${text(p.statusLabel)}` });
  for (const f of h?.followups ?? []) entries.push({ on: f.visitedOn, text: `${tr('fu.title')}：${text(f.wayLabel)}` });
  for (const k of h?.confirmations ?? []) {
    entries.push({ on: k.appliedOn, text: tr('record.confirmation', { court: k.courtName }) });
    if (k.rulingOn) entries.push({ on: k.rulingOn, text: `${tr('conf.ruling')}：${text(k.statusLabel)}` });
  }
  if (c.closedOn)
    entries.push({
      on: c.closedOn,
      text: tr('record.closed', { outcome: c.outcomeLabel ? text(c.outcomeLabel) : text(c.stateLabel) }),
      colour: 'gray',
    });
  entries.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

  return (
    <Card size="small" title={<h2 className="tp-card-title">{tr('record.title')}</h2>}>
      {entries.length === 0 ? (
        <Empty description={tr('record.none')} />
      ) : (
        <Timeline
          items={entries.map((e, i) => ({
            key: i,
            color: e.colour,
            title: <span className="med-meta">{e.on.length > 10 ? fmt.dateTime(e.on) : fmt.date(e.on)}</span>,
            content: e.text,
          }))}
        />
      )}
    </Card>
  );
}
