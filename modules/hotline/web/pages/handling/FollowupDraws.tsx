import { Alert, Button, Descriptions, Modal, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale, useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { FollowUpDrawDetail, FollowUpDrawSummary } from '../../../contract/followup';
import { useFollowUpDrawDetail, useFollowUpDraws } from '../../api/followups';
import { useDeskT } from '../../desk-i18n';
import { ticketPath } from '../../desk-paths';

/** 抽样记录: the recorded follow-up draws of the centres in scope, each with a 复核 (verification) button. */
export function DrawsModal({ open, onClose, onVerify }: { open: boolean; onClose(): void; onVerify(id: string): void }) {
  const tr = useDeskT();
  const fmt = useFormat();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const draws = useFollowUpDraws(page, open);
  return (
    <Modal open={open} width={900} title={tr('follow.draws')} onCancel={onClose} footer={null} destroyOnHidden>
      {draws.isError && <QueryError error={draws.error} onRetry={() => void draws.refetch()} />}
      <Table<FollowUpDrawSummary>
        rowKey="id"
        size="small"
        loading={draws.isFetching}
        dataSource={draws.data?.items}
        scroll={{ x: 800 }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: draws.data?.total ?? 0,
          showTotal: (n) => tr('common.total', { n }),
          onChange: (p, pageSize) => setPage({ page: p, pageSize }),
        }}
        columns={[
          { key: 'at', title: tr('follow.drawnAt'), className: 'hl-nowrap', render: (_, d) => fmt.dateTime(d.drawnAt) },
          { key: 'centre', title: tr('field.centre'), dataIndex: 'orgName' },
          { key: 'period', title: `${tr('field.from')} – ${tr('field.to')}`, render: (_, d) => `${d.fromDate} – ${d.toDate}` },
          { key: 'n', title: tr('follow.populationSample'), render: (_, d) => `${d.populationCount} / ${d.sampleSize}` },
          { key: 'by', title: tr('follow.drawnBy'), render: (_, d) => d.drawnByName ?? '—' },
          {
            key: 'act',
            title: tr('common.actions'),
            render: (_, d) => (
              <Button size="small" onClick={() => onVerify(d.id)}>
                {tr('follow.verify')}
              </Button>
            ),
          },
        ]}
      />
    </Modal>
  );
}

/** 回访抽样复核: the draw's inputs, the server's recomputation (一致/不一致) and the steps to redo it by hand. */
export function DrawVerifyModal({ drawId, onClose }: { drawId: string | null; onClose(): void }) {
  const tr = useDeskT();
  const detail = useFollowUpDrawDetail(drawId);
  return (
    <Modal open={Boolean(drawId)} width={820} title={tr('follow.verifyTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      {detail.isError && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
      {detail.isLoading && <Spin />}
      {detail.data && <DrawVerification d={detail.data} />}
    </Modal>
  );
}

function VerifiedTag({ verified }: { verified: boolean | null }) {
  const tr = useDeskT();
  if (verified === null) return <Tag>{tr('follow.notVerifiable')}</Tag>;
  return <Tag color={verified ? 'green' : 'red'}>{tr(verified ? 'follow.verified' : 'follow.notVerified')}</Tag>;
}

function DrawVerification({ d }: { d: FollowUpDrawDetail }) {
  const tr = useDeskT();
  const fmt = useFormat();
  const lt = useLocalText();
  const { locale } = useLocale();
  return (
    <div className="tp-stack">
      <Alert
        type={d.verified === false ? 'error' : d.verified ? 'success' : 'warning'}
        showIcon
        title={<VerifiedTag verified={d.verified} />}
        description={tr('follow.verifiedHint')}
      />
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={tr('follow.publishedValueShown')}>{d.publishedValue}</Descriptions.Item>
        <Descriptions.Item label={tr('follow.drawnAt')}>
          <Typography.Text code copyable>
            {d.drawnAt}
          </Typography.Text>{' '}
          ({fmt.dateTime(d.drawnAt)})
        </Descriptions.Item>
        <Descriptions.Item label={tr('follow.seed')}>
          <Typography.Text code copyable>
            {d.seed}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={tr('follow.population')}>
          {d.populationQuery ? lt(d.populationQuery.description) : '—'} · {tr('follow.populationSample')} {d.populationCount} /{' '}
          {d.sampleSize} ({d.percent}%)
        </Descriptions.Item>
        {d.populationIds && (
          <Descriptions.Item label={tr('follow.populationIds')}>
            <Typography.Paragraph copyable={{ text: d.populationIds.join('\n') }} ellipsis={{ rows: 2, expandable: true }}>
              {d.populationIds.join(' ')}
            </Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
      <div>
        <Typography.Text strong>{tr('follow.sample')}</Typography.Text>
        <ol>
          {d.sample.map((s) => (
            <li key={s.ticketId}>
              <Link to={ticketPath(s.ticketId)}>{s.ticketNumber}</Link> <Typography.Text type="secondary">{s.ticketId}</Typography.Text>{' '}
              {s.state && <Tag>{tr(`follow.state.${s.state}`)}</Tag>}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <Typography.Text strong>{tr('follow.howTo')}</Typography.Text>
        <ol>
          {(locale === 'en' ? d.recompute.en : d.recompute.zh).map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}
