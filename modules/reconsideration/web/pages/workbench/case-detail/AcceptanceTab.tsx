import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail, CorrectionView } from '../../../../contract/intake';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useReconT } from '../../../i18n';
import { AcceptModal } from './AcceptModal';
import { CorrectionExtendModal, CorrectionNoticeModal, CorrectionRecordModal } from './CorrectionModals';
import { RejectModal } from './RejectModal';

type Dialog = 'accept' | 'reject' | 'notice' | 'extend' | 'record' | null;
const statusColours = { open: 'gold', corrected: 'green', abandoned: 'default' } as const;

/** 受理审查 (第三十条、第三十一条): the actions the server allows now, and the correction history. */
export function AcceptanceTab({ c }: { c: CaseDetail }) {
  const tr = useReconT();
  const fmt = useFormat();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const a = c.abilities;
  const any = a.canAccept || a.canReject || a.canRequestCorrection || a.canExtendCorrection || a.canRecordCorrection;

  return (
    <div className="tp-stack">
      <Card title={<h2 className="tp-card-title">{tr('acceptance.actions')}</h2>} size="small">
        {any ? (
          <Space wrap>
            {a.canAccept && (
              <Button type="primary" onClick={() => setDialog('accept')}>
                {tr('accept.title')}
              </Button>
            )}
            {a.canRequestCorrection && <Button onClick={() => setDialog('notice')}>{tr('correction.notice')}</Button>}
            {a.canRecordCorrection && <Button onClick={() => setDialog('record')}>{tr('correction.record')}</Button>}
            {a.canExtendCorrection && <Button onClick={() => setDialog('extend')}>{tr('correction.extend')}</Button>}
            {a.canReject && (
              <Button danger onClick={() => setDialog('reject')}>
                {tr('reject.title')}
              </Button>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">{tr('acceptance.noActions')}</Typography.Text>
        )}
      </Card>
      <Card title={<h2 className="tp-card-title">{tr('correction.history')}</h2>} size="small">
        <Table<CorrectionView>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={c.corrections}
          locale={{ emptyText: tr('correction.none') }}
          scroll={{ x: 800 }}
          columns={[
            { key: 'noticeOn', title: tr('correction.noticeOn'), render: (_, x) => fmt.date(x.noticeOn) },
            {
              key: 'items',
              title: tr('correction.items'),
              render: (_, x) => (
                <ol style={{ margin: 0, paddingInlineStart: 18 }}>
                  {x.items.map((item, i) => (
                    <li key={i}>{item}</li>
                  ))}
                </ol>
              ),
            },
            { key: 'dueOn', title: tr('correction.dueOn'), render: (_, x) => fmt.date(x.extendedTo ?? x.dueOn) },
            { key: 'extended', title: tr('correction.extendedTo'), render: (_, x) => (x.extendedTo ? fmt.date(x.extendedTo) : '—') },
            { key: 'correctedOn', title: tr('correction.correctedOn'), render: (_, x) => (x.correctedOn ? fmt.date(x.correctedOn) : '—') },
            {
              key: 'status',
              title: tr('correction.status'),
              render: (_, x) => <Tag color={statusColours[x.status]}>{tr(`correction.status.${x.status}`)}</Tag>,
            },
            { key: 'response', title: tr('correction.response'), render: (_, x) => x.response ?? '—' },
          ]}
        />
      </Card>
      <AcceptModal c={c} open={dialog === 'accept'} onClose={close} />
      <RejectModal caseId={c.id} open={dialog === 'reject'} onClose={close} />
      <CorrectionNoticeModal caseId={c.id} open={dialog === 'notice'} onClose={close} />
      <CorrectionExtendModal caseId={c.id} open={dialog === 'extend'} onClose={close} />
      <CorrectionRecordModal caseId={c.id} open={dialog === 'record'} onClose={close} />
    </div>
  );
}
