import { Alert, App, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../../../contract/case';
import type { HardshipVerification } from '../../../../contract/hardship';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { caseApi } from '../../../api/cases';
import { useAidMutation } from '../../../api/keys';
import { useLabel } from '../../../components/labels';
import { useAidT } from '../../../i18n';
import { DenyModal, GrantModal, PaperworkModal, RecordMaterialsModal, RequestMaterialsModal, TransferModal } from './review-modals';

type Dialog = 'grant' | 'deny' | 'request' | 'record' | 'transfer' | 'paperwork' | null;

/** 第四十三条 review: grant, deny with written reasons, one request for materials; transfer (第三十八条); hardship check (第四十一条). */
export function ReviewTab({ c }: { c: CaseDetail }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [verification, setVerification] = useState<HardshipVerification | null>(null);
  const verify = useAidMutation(() => caseApi.verifyHardship(c.id));
  const a = c.abilities;
  const close = () => setDialog(null);
  const r = c.materialRequest;
  const shown = verification ?? (c.hardshipVerification as HardshipVerification | null);
  const anyAction =
    a.canGrant ||
    a.canDeny ||
    a.canRequestMaterials ||
    a.canRecordMaterials ||
    a.canTransfer ||
    a.canCompletePaperwork ||
    a.canVerifyHardship;

  return (
    <div className="tp-stack">
      <Space wrap>
        {a.canGrant && (
          <Button type="primary" onClick={() => setDialog('grant')}>
            {tr('review.grant')}
          </Button>
        )}
        {a.canDeny && (
          <Button danger onClick={() => setDialog('deny')}>
            {tr('review.deny')}
          </Button>
        )}
        {a.canRequestMaterials && <Button onClick={() => setDialog('request')}>{tr('review.request')}</Button>}
        {a.canRecordMaterials && <Button onClick={() => setDialog('record')}>{tr('review.record')}</Button>}
        {a.canTransfer && <Button onClick={() => setDialog('transfer')}>{tr('review.transfer')}</Button>}
        {a.canCompletePaperwork && <Button onClick={() => setDialog('paperwork')}>{tr('review.paperwork')}</Button>}
        {a.canVerifyHardship && (
          <Button
            loading={verify.isPending}
            onClick={() =>
              verify.mutateAsync(undefined).then(
                (v) => {
                  setVerification(v);
                  message.success(tr('review.verification'));
                },
                (e: unknown) => onError(e),
              )
            }
          >
            {tr('review.verify')}
          </Button>
        )}
      </Space>
      {!anyAction && <Alert type="info" showIcon title={tr('review.noActions')} />}
      {c.decidedOn && (
        <Card size="small" title={tr('detail.decision')}>
          {fmt.date(c.decidedOn)} · {label(c.stateLabel)}{' '}
          {c.decisionReason && <p style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>{c.decisionReason}</p>}
        </Card>
      )}
      {r && (
        <Card size="small" title={tr('review.materialRequest')} extra={<Tag>{tr(`review.requestStatus.${r.status}`)}</Tag>}>
          <ol className="aid-list">
            {r.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
          <p>
            {fmt.date(r.requestedOn)} → {tr('review.requestDue')} {fmt.date(r.dueOn)}
            {r.answeredOn && ` · ${tr('review.requestStatus.answered')} ${fmt.date(r.answeredOn)}`}
          </p>
          {r.answer && <p style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</p>}
        </Card>
      )}
      {shown && (
        <Card size="small" title={tr('review.verification')} extra={shown.stub && <Tag color="orange">{tr('review.stub')}</Tag>}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={tr('detail.income')}>{shown.registeredIncomeYuan ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={tr('detail.household')}>{shown.registeredHouseholdSize ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={tr('common.note')} span={2}>
              {label(shown.note)} · {shown.source}
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      <GrantModal c={c} open={dialog === 'grant'} onClose={close} />
      <DenyModal c={c} open={dialog === 'deny'} onClose={close} />
      <RequestMaterialsModal c={c} open={dialog === 'request'} onClose={close} />
      <RecordMaterialsModal c={c} open={dialog === 'record'} onClose={close} />
      <TransferModal c={c} open={dialog === 'transfer'} onClose={close} />
      <PaperworkModal c={c} open={dialog === 'paperwork'} onClose={close} />
    </div>
  );
}
