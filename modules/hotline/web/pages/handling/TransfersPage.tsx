import { Button, Form, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { transferDestinationLabels, transferDestinations } from '../../../contract/enums';
import { transferStateLabels, transferStates, type TransferView } from '../../../contract/transfer';
import { type TransferFilters, useTransferList } from '../../api/transfers';
import { useDeskT } from '../../desk-i18n';
import { ticketPath } from '../../desk-paths';
import { TransferResultModal } from './TransferResultModal';
import { TransferStateTag } from './TransferStateTag';
import '../../components/hotline.css';

/**
 * /workbench/hotline/transfers — one-click transfers: 12345 alliance referrals awaiting their result
 * (record it), and the pre-filled intakes created in other modules (link to the record).
 */
export default function TransfersPage() {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  const [query, setQuery] = useState<TransferFilters>({ page: 1, pageSize: 20, destination: 'alliance12345', state: 'sent' });
  const list = useTransferList(query);
  const [recording, setRecording] = useState<TransferView | null>(null);
  const mayRecord = useCan()({ anyOf: ['hotline.ticket.handle', 'hotline.ticket.supervise'] });
  const set = (patch: Partial<TransferFilters>) => setQuery({ ...query, ...patch, page: 1 });
  return (
    <div className="hl-page">
      <PageHeading title={tr('page.transfers')} />
      <div className="tp-stack">
        <Form layout="inline" name="hl-transfer-filters" aria-label={tr('transfer.filters')} style={{ rowGap: 8 }}>
          <Form.Item label={tr('transfer.destination')} htmlFor="hl-t-dest">
            <Select
              id="hl-t-dest"
              allowClear
              style={{ width: 280 }}
              value={query.destination}
              options={transferDestinations.map((d) => ({ value: d, label: lt(transferDestinationLabels[d]) }))}
              onChange={(v) => set({ destination: v })}
            />
          </Form.Item>
          <Form.Item label={tr('common.state')} htmlFor="hl-t-state">
            <Select
              id="hl-t-state"
              allowClear
              style={{ width: 240 }}
              value={query.state}
              options={transferStates.map((s) => ({ value: s, label: lt(transferStateLabels[s]) }))}
              onChange={(v) => set({ state: v })}
            />
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<TransferView>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1100 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
          }}
          columns={[
            { key: 'ref', title: tr('transfer.reference'), dataIndex: 'reference', width: 260 },
            {
              key: 'ticket',
              width: 250,
              title: tr('transfer.ticket'),

              render: (_, t) => <Link to={ticketPath(t.ticketId)}>{t.ticketNumber}</Link>,
            },
            { key: 'dest', title: tr('transfer.destination'), render: (_, t) => lt(transferDestinationLabels[t.destination]) },
            { key: 'state', title: tr('common.state'), render: (_, t) => <TransferStateTag state={t.state} /> },
            {
              key: 'target',
              title: tr('transfer.targetReference'),
              render: (_, t) =>
                t.path ? <Link to={t.path}>{t.targetReference ?? tr('transfer.openRecord')}</Link> : (t.targetReference ?? '—'),
            },
            {
              key: 'result',
              title: tr('transfer.result'),
              render: (_, t) => t.result ?? (t.errorCode ? <Typography.Text type="danger">{t.errorCode}</Typography.Text> : '—'),
            },
            { key: 'by', title: tr('transfer.by'), render: (_, t) => t.createdByName ?? '—' },
            { key: 'at', title: tr('common.createdAt'), className: 'hl-nowrap', render: (_, t) => fmt.dateTime(t.createdAt) },
            {
              key: 'act',
              title: tr('common.actions'),
              render: (_, t) =>
                mayRecord && !t.entityId && (t.state === 'sent' || t.state === 'accepted') ? (
                  <Button size="small" onClick={() => setRecording(t)} aria-label={`${tr('transfer.recordResult')} ${t.reference}`}>
                    {tr('transfer.recordResult')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </div>
      {recording && <TransferResultModal transfer={recording} onClose={() => setRecording(null)} />}
    </div>
  );
}
