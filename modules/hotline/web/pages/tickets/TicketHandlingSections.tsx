import { SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, List, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { callbackOutcomeLabels } from '../../../contract/callback';
import { satisfactionLabels } from '../../../contract/survey';
import { transferDestinationLabels } from '../../../contract/enums';
import type { TicketDetail } from '../../../contract/tickets';
import type { TransferView } from '../../../contract/transfer';
import { useHlMutation } from '../../api/keys';
import { ticketFlowApi } from '../../api/tickets';
import { useDeskT } from '../../desk-i18n';
import { CallbackDueTag } from '../handling/CallbackDueTag';
import { TransferStateTag } from '../handling/TransferStateTag';

/** Transfers of the ticket (failed attempts included) with their reference and the created record. */
export function TicketTransfers({ ticket }: { ticket: TicketDetail }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  return (
    <Card size="small" title={tr('menu.transfers')}>
      {ticket.transfers.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr('transfer.none')} />
      ) : (
        <Table<TransferView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={ticket.transfers}
          scroll={{ x: 1100 }}
          columns={[
            { key: 'dest', title: tr('transfer.destination'), width: 150, render: (_, t) => lt(transferDestinationLabels[t.destination]) },
            { key: 'state', title: tr('common.state'), width: 200, render: (_, t) => <TransferStateTag state={t.state} /> },
            { key: 'ref', title: tr('transfer.reference'), dataIndex: 'reference', width: 260 },
            {
              key: 'record',
              title: tr('transfer.record'),
              render: (_, t) =>
                t.path ? <Link to={t.path}>{t.targetReference ?? tr('transfer.openRecord')}</Link> : (t.targetReference ?? '—'),
            },
            {
              key: 'result',
              title: tr('transfer.result'),
              render: (_, t) =>
                t.result ??
                (t.errorCode ? (
                  <Typography.Text type="danger" style={{ wordBreak: 'break-all' }}>
                    {t.errorCode}
                  </Typography.Text>
                ) : (
                  '—'
                )),
            },
            { key: 'at', title: tr('common.createdAt'), className: 'hl-nowrap', render: (_, t) => fmt.dateTime(t.createdAt) },
          ]}
        />
      )}
    </Card>
  );
}

/** Callbacks promised on the ticket, with their due tags and outcomes. */
export function TicketCallbacks({ ticket }: { ticket: TicketDetail }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  return (
    <Card size="small" title={tr('menu.callbacks')}>
      {ticket.callbacks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr('callback.none')} />
      ) : (
        <List
          size="small"
          dataSource={ticket.callbacks}
          rowKey="id"
          renderItem={(c) => (
            <List.Item>
              <Space wrap>
                <span>
                  {tr('callback.dueAt')}：{fmt.dateTime(c.dueAt)}
                </span>
                <CallbackDueTag callback={c} />
                <span>{c.reason}</span>
                {c.assigneeName && <Typography.Text type="secondary">{c.assigneeName}</Typography.Text>}
                {c.outcome && <Tag>{lt(callbackOutcomeLabels[c.outcome])}</Tag>}
                {c.note && <Typography.Text type="secondary">{c.note}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** The latest satisfaction survey: state, rating and comment; 重发评价短信 when `abilities.resendSurvey`. */
export function TicketSurvey({ ticket }: { ticket: TicketDetail }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  const s = ticket.survey;
  return (
    <Card size="small" title={tr('survey.title')} extra={ticket.abilities.resendSurvey && <ResendSurveyButton ticketId={ticket.id} />}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'state', label: tr('common.state'), children: tr(`survey.state.${s.state}`) },
          {
            key: 'rating',
            label: tr('survey.rating'),
            children: s.rating ? <Tag color={s.rating === 'dissatisfied' ? 'red' : 'green'}>{lt(satisfactionLabels[s.rating])}</Tag> : '—',
          },
          { key: 'comment', label: tr('survey.comment'), children: s.comment ?? '—' },
          {
            key: 'sent',
            label: tr('survey.sentAt'),
            children: s.sentAt ? `${fmt.dateTime(s.sentAt)}${s.sentBySms ? `（${tr('survey.bySms')}）` : ''}` : '—',
          },
          { key: 'expires', label: tr('survey.expiresAt'), children: s.expiresAt ? fmt.dateTime(s.expiresAt) : '—' },
        ]}
      />
    </Card>
  );
}

function ResendSurveyButton({ ticketId }: { ticketId: string }) {
  const tr = useDeskT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const resend = useHlMutation(() => ticketFlowApi.resendSurvey(ticketId));
  return (
    <Popconfirm
      title={tr('survey.resendConfirm')}
      description={tr('survey.resendConfirmText')}
      onConfirm={() =>
        resend.mutateAsync(undefined).then(
          (r) => void message.success(tr('survey.resent', { until: fmt.dateTime(r.expiresAt) })),
          (e: unknown) => onError(e),
        )
      }
    >
      <Button size="small" icon={<SendOutlined />} loading={resend.isPending}>
        {tr('survey.resend')}
      </Button>
    </Popconfirm>
  );
}
