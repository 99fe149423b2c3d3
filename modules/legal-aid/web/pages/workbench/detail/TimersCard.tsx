import { Card, Descriptions, Space, Tag } from 'antd';
import type { CaseDetail } from '../../../../contract/case';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { ExplainedDeadlineTag as DeadlineTag } from '../../../../../../web/src/components/ExplainedDeadline';
import { useLabel } from '../../../components/labels';
import { useAidT } from '../../../i18n';
import { CaseStateTag } from '../queue/CaseStateTag';

/** The case's state, origin and matter, and every running or past clock (7 days review, 3 days assignment). */
export function TimersCard({ c }: { c: CaseDetail }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  return (
    <Card size="small" title={tr('detail.deadlines')}>
      <Space wrap style={{ marginBottom: 8 }}>
        <CaseStateTag state={c.state} label={c.stateLabel} />
        <Tag>{label(c.originLabel)}</Tag>
        <Tag>{label(c.matterKindLabel, true)}</Tag>
        {c.urgent && <Tag color="red">{tr('list.urgent')}</Tag>}
        {c.mayCarryLifeOrDeath && <Tag color="red">{tr('detail.lifeOrDeath')}</Tag>}
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        {c.timers.map((t) => (
          <Descriptions.Item key={`${t.key}-${t.startDate}`} label={label(t.label)}>
            <Space wrap size={4}>
              <span className="aid-nowrap">{fmt.date(t.dueDate)}</span>
              <span className="aid-nowrap" style={{ color: 'rgba(0,0,0,0.65)' }}>
                {tr('timer.from', { date: fmt.date(t.startDate) })}
              </span>
              {t.status === 'open' ? (
                <DeadlineTag deadline={t.deadline} label={label(t.label)} lines={t.explanation} />
              ) : (
                <Tag>{tr(t.status === 'closed' ? 'timer.closed' : 'timer.suspended')}</Tag>
              )}
            </Space>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={tr('detail.centre')}>{c.orgName}</Descriptions.Item>
        <Descriptions.Item label={tr('list.received')}>{fmt.date(c.receivedOn)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
