import { PhoneOutlined } from '@ant-design/icons';
import { Badge, Card, Descriptions, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { IncomingCall } from '../../../contract/calls';
import { callStateLabels, channelLabels, ticketStateLabels } from '../../../contract/enums';
import { durationParts } from '../../components/format';
import { useDeskT } from '../../desk-i18n';
import { ticketPath } from '../../desk-paths';

/** The incoming-call card: the call (caller masked, queue, wait, talk) and the caller's earlier contacts. */
export function IncomingCallCard({ incoming }: { incoming: IncomingCall | undefined }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  const call = incoming?.call;
  const dur = (s: number | null) => {
    if (s == null) return '—';
    const { m, s: sec } = durationParts(s);
    return m ? tr('common.minutesSeconds', { m, s: sec }) : tr('common.seconds', { n: sec });
  };
  if (!call) {
    return (
      <Card size="small" title={tr('desk.incoming')} extra={<Typography.Text type="secondary">{tr('desk.polling')}</Typography.Text>}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr('desk.noCall')} />
      </Card>
    );
  }
  return (
    <Card
      size="small"
      className="hl-incoming"
      title={
        <span role="status" aria-live="polite">
          <PhoneOutlined aria-hidden /> {tr('desk.incoming')}：{call.callerPhoneMasked ?? '—'}
        </span>
      }
      extra={
        <>
          {call.simulated && <Tag color="orange">{tr('common.simulated')}</Tag>}
          <Badge status={call.state === 'answered' ? 'processing' : 'default'} text={lt(callStateLabels[call.state])} />
        </>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3 }}
        items={[
          { key: 'queue', label: tr('field.queue'), children: call.queue },
          { key: 'wait', label: tr('field.wait'), children: dur(call.waitSeconds) },
          { key: 'talk', label: tr('field.talk'), children: dur(call.talkSeconds) },
          { key: 'offered', label: tr('field.offeredAt'), children: fmt.dateTime(call.offeredAt, true) },
          { key: 'callId', label: tr('field.callId'), children: call.callId },
          { key: 'earlier', label: tr('desk.earlierCallsLabel'), children: incoming.earlierCalls },
        ]}
      />
      <Typography.Text strong>{tr('desk.history', { n: incoming.history.length })}</Typography.Text>
      {incoming.history.length === 0 ? (
        <Typography.Paragraph type="secondary">{tr('desk.historyNone')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={incoming.history}
          rowKey="id"
          style={{ maxHeight: 180, overflow: 'auto' }}
          renderItem={(h) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Link to={ticketPath(h.id)}>{h.number}</Link> · {fmt.date(h.createdAt)} · {h.categoryZh} · {lt(channelLabels[h.channel])} ·{' '}
                <Tag>{lt(ticketStateLabels[h.state])}</Tag>
                <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>
                  {h.question}
                  {h.answer ? ` — ${h.answer}` : ''}
                </Typography.Paragraph>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
