import { Alert, Card, Space, Tag, Typography } from 'antd';
import type { CaseDetail } from '../../../../contract/intake';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { ExplainPopover } from '../../../../../../web/src/components/ExplainedDeadline';
import { useReconT } from '../../../i18n';

/** 申请期限审查 (第二十条、第二十一条): each limit the engine checked, its last day and explanation; late is flagged, never refused. */
export function TimelinessCard({ c }: { c: CaseDetail }) {
  const tr = useReconT();
  const fmt = useFormat();
  const text = useLocalText();
  const tl = c.timeliness;
  return (
    <Card title={<h2 className="tp-card-title">{tr('detail.timeliness')}</h2>} size="small">
      {!tl ? (
        <Typography.Text type="secondary">{tr('detail.timelinessNone')}</Typography.Text>
      ) : (
        <div className="tp-stack">
          <Alert
            type={tl.timely ? 'success' : 'error'}
            showIcon
            title={`${tl.timely ? tr('detail.timely') : tr('detail.late')} · ${tr('detail.timelinessLastDay')}：${fmt.date(tl.lastDay)}${tl.provisional ? ` ${tr('deadline.provisional')}` : ''}`}
          />
          <ul className="recon-list">
            {tl.checks.map((check) => (
              <li key={check.key}>
                <Space wrap>
                  <Tag color={check.timely ? 'green' : 'red'}>{check.timely ? tr('detail.timely') : tr('detail.late')}</Tag>
                  <span>{check.legalBasis}</span>
                  <span>
                    {tr('detail.timelinessLastDay')}：{fmt.date(check.lastDay)}
                  </span>
                  {check.key === tl.binding && <Tag color="blue">{tr('detail.timelinessBinding')}</Tag>}
                  <ExplainPopover title={check.legalBasis} lines={check.explanation} />
                </Space>
              </li>
            ))}
          </ul>
          {tl.notes.map((n, i) => (
            <Typography.Paragraph key={i} type="secondary">
              {text(n)}
            </Typography.Paragraph>
          ))}
        </div>
      )}
    </Card>
  );
}
