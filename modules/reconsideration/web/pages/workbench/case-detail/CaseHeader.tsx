import { Descriptions, Space, Tag } from 'antd';
import type { CaseDetail } from '../../../../contract/intake';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { CaseStateTag } from '../../../components/CaseStateTag';
import { ProcedureTag } from '../../../components/ProcedureTag';
import { useReconT } from '../../../i18n';

/** The facts every tab needs: state, procedure, parties, the act, and whether the application was late. */
export function CaseHeader({ c }: { c: CaseDetail }) {
  const tr = useReconT();
  const fmt = useFormat();
  const text = useLocalText();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        {
          key: 'state',
          label: tr('list.state'),
          children: (
            <Space size={4} wrap>
              <CaseStateTag state={c.state} label={c.stateLabel} />
              <ProcedureTag procedure={c.procedure} />
              {c.deemedAccepted && <Tag color="orange">{tr('detail.deemedAccepted')}</Tag>}
              {c.late ? <Tag color="red">{tr('detail.late')}</Tag> : <Tag color="green">{tr('detail.timely')}</Tag>}
            </Space>
          ),
        },
        { key: 'applicant', label: tr('list.applicant'), children: c.applicant.name },
        { key: 'respondent', label: tr('list.respondent'), children: c.respondentName },
        {
          key: 'act',
          label: tr('detail.act'),
          children: [text(c.actKindLabel), c.act.documentNo].filter(Boolean).join(' · '),
        },
        { key: 'org', label: tr('detail.org'), children: c.orgName },
        { key: 'channel', label: tr('detail.channel'), children: text(c.channelLabel) },
        { key: 'received', label: tr('list.received'), children: fmt.date(c.receivedOn) },
        ...(c.acceptedOn ? [{ key: 'accepted', label: tr('detail.acceptedOn'), children: fmt.date(c.acceptedOn) }] : []),
        ...(c.closedOn ? [{ key: 'closed', label: tr('detail.closedOn'), children: fmt.date(c.closedOn) }] : []),
      ]}
    />
  );
}
