import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale, useLocalText } from '../../../../../web/src/i18n/locale-context';
import { categoryLabels } from '../../../contract/enums';
import { type FollowUpDraw, followUpStates, type FollowUpView } from '../../../contract/followup';
import { satisfactionLabels } from '../../../contract/survey';
import { type FollowUpFilters, useFollowUpList } from '../../api/followups';
import { useDeskT } from '../../desk-i18n';
import { ticketPath } from '../../desk-paths';
import { DrawsModal, DrawVerifyModal } from './FollowupDraws';
import { DrawModal, RecordVisitModal } from './FollowupModals';
import '../../components/hotline.css';

/** /workbench/hotline/followups — 回访: draw a reproducible sample of closed tickets, record each visit. */
export default function FollowupsPage() {
  const tr = useDeskT();
  const lt = useLocalText();
  const { locale } = useLocale();
  const fmt = useFormat();
  const can = useCan();
  const supervise = can('hotline.ticket.supervise');
  const [query, setQuery] = useState<FollowUpFilters>({ page: 1, pageSize: 20, state: 'pending' });
  const list = useFollowUpList(query);
  const [drawing, setDrawing] = useState(false);
  const [draw, setDraw] = useState<FollowUpDraw | null>(null);
  const [recording, setRecording] = useState<FollowUpView | null>(null);
  const [listingDraws, setListingDraws] = useState(false);
  const [verifying, setVerifying] = useState<string | null>(null);
  return (
    <div className="hl-page">
      <PageHeading
        title={tr('page.followups')}
        extra={
          <Space>
            <Button onClick={() => setListingDraws(true)}>{tr('follow.draws')}</Button>
            {supervise && (
              <Button type="primary" onClick={() => setDrawing(true)}>
                {tr('follow.draw')}
              </Button>
            )}
          </Space>
        }
      />
      <div className="tp-stack">
        <Alert type="info" showIcon title={tr('common.localRule')} />
        {draw && (
          <Card
            size="small"
            title={tr('follow.lastDraw')}
            extra={
              <Button size="small" onClick={() => setVerifying(draw.drawId)}>
                {tr('follow.verify')}
              </Button>
            }
          >
            <Typography.Paragraph>{tr('follow.drawn', { n: draw.items.length, population: draw.populationCount })}</Typography.Paragraph>
            <Typography.Paragraph>
              {tr('follow.seed')}：
              <Typography.Text code copyable>
                {draw.seed}
              </Typography.Text>
            </Typography.Paragraph>
            <Typography.Text strong>{tr('follow.howTo')}</Typography.Text>
            <ol>
              {(locale === 'en' ? draw.steps.en : draw.steps.zh).map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ol>
          </Card>
        )}
        <label htmlFor="hl-fu-state" className="hl-label">
          {tr('common.state')}
        </label>
        <Select
          id="hl-fu-state"
          allowClear
          style={{ width: 180 }}
          value={query.state}
          options={followUpStates.map((s) => ({ value: s, label: tr(`follow.state.${s}`) }))}
          onChange={(v) => setQuery({ ...query, state: v, page: 1, drawId: undefined })}
        />
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<FollowUpView>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1000 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
          }}
          columns={[
            {
              key: 'ticket',
              width: 250,
              title: tr('transfer.ticket'),

              render: (_, f) => <Link to={ticketPath(f.ticketId)}>{f.ticketNumber}</Link>,
            },
            { key: 'centre', title: tr('field.centre'), dataIndex: 'orgName' },
            {
              key: 'category',
              title: tr('field.category'),
              render: (_, f) => (categoryLabels[f.category] ? lt(categoryLabels[f.category]!) : f.categoryZh),
            },
            { key: 'phone', title: tr('field.callerPhone'), render: (_, f) => f.callerPhoneMasked ?? '—' },
            {
              key: 'closed',
              title: tr('follow.closedAt'),
              className: 'hl-nowrap',
              render: (_, f) => (f.closedAt ? fmt.dateTime(f.closedAt) : '—'),
            },
            { key: 'state', title: tr('common.state'), render: (_, f) => <Tag>{tr(`follow.state.${f.state}`)}</Tag> },
            {
              key: 'sat',
              title: tr('follow.satisfaction'),
              render: (_, f) => (f.satisfaction ? lt(satisfactionLabels[f.satisfaction]) : '—'),
            },
            { key: 'note', title: tr('common.note'), render: (_, f) => f.note ?? '—' },
            {
              key: 'act',
              title: tr('common.actions'),
              render: (_, f) =>
                f.state === 'pending' && supervise ? (
                  <Button size="small" onClick={() => setRecording(f)} aria-label={`${tr('follow.record')} ${f.ticketNumber}`}>
                    {tr('follow.record')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </div>
      <DrawModal
        open={drawing}
        onClose={() => setDrawing(false)}
        onDrawn={(d) => {
          setDraw(d);
          setQuery({ page: 1, pageSize: 20, drawId: d.drawId });
        }}
      />
      <DrawsModal open={listingDraws} onClose={() => setListingDraws(false)} onVerify={setVerifying} />
      <DrawVerifyModal drawId={verifying} onClose={() => setVerifying(null)} />
      {recording && <RecordVisitModal followUp={recording} onClose={() => setRecording(null)} />}
    </div>
  );
}
