import { Card, Descriptions, Space, Tag } from 'antd';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../contract/case';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { CaseStateTag, RiskTag } from '../../../components/CaseStateTag';
import { ExplainedDeadlineTag as DeadlineTag } from '../../../../../../web/src/components/ExplainedDeadline';
import { useMedT } from '../../../i18n';
import { casePath } from '../../../paths';

/** The facts every tab needs: state, risk, committee, mediator, source, dates and the running time target. */
export function CaseHeader({ c }: { c: CaseDetail }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const target = c.timers.find((t) => t.key === 'target' && t.status !== 'closed');
  return (
    <Card size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          {
            key: 'state',
            label: tr('list.state'),
            children: (
              <Space size={4} wrap>
                <CaseStateTag state={c.state} />
                <RiskTag level={c.riskLevel} />
                {c.riskReportedToPolice && <Tag color="red">{tr('list.police')}</Tag>}
                {c.publicSession && <Tag>{tr('detail.public')}</Tag>}
              </Space>
            ),
          },
          { key: 'kind', label: tr('list.kind'), children: text(c.kindLabel) },
          {
            key: 'source',
            label: tr('detail.source'),
            children: [text(c.sourceLabel), c.referrerName, c.externalRef].filter(Boolean).join(' · '),
          },
          { key: 'org', label: tr('detail.committee'), children: c.orgName },
          {
            key: 'mediator',
            label: tr('detail.mediator'),
            children: c.mediator ? (
              <Space size={4} wrap>
                {c.mediator.name}
                {c.mediatorChosenByParties && <Tag color="cyan">{tr('detail.chosen')}</Tag>}
              </Space>
            ) : (
              tr('common.none')
            ),
          },
          { key: 'received', label: tr('list.received'), children: fmt.date(c.receivedOn) },
          ...(c.acceptedOn ? [{ key: 'accepted', label: tr('detail.acceptedOn'), children: fmt.date(c.acceptedOn) }] : []),
          ...(target
            ? [
                {
                  key: 'target',
                  label: tr('deadline.targetDue'),
                  children: (
                    <Space size={4} wrap>
                      {fmt.date(target.dueDate)}
                      <DeadlineTag deadline={target.deadline} label={text(target.label)} lines={target.explanation} />
                      {target.localRule && <Tag>{tr('common.localRule')}</Tag>}
                    </Space>
                  ),
                },
              ]
            : []),
          ...(c.closedOn ? [{ key: 'closed', label: tr('detail.closedOn'), children: fmt.date(c.closedOn) }] : []),
          ...(c.outcomeLabel ? [{ key: 'outcome', label: tr('detail.outcome'), children: text(c.outcomeLabel) }] : []),
          ...(c.linkedCaseId
            ? [{ key: 'linked', label: tr('detail.linked'), children: <Link to={casePath(c.linkedCaseId)}>{tr('common.open')}</Link> }]
            : []),
        ]}
      />
    </Card>
  );
}
