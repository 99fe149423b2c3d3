import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../../../contract/case';
import type { HandlingView } from '../../../../contract/handling';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { type FailRequest, handlingApi, useHandlingAction, type WithdrawRequest } from '../../../api/handling';
import { attachmentUrl } from '../../../api/upload';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useMedT } from '../../../i18n';
import { OralAgreementModal, WrittenAgreementModal } from './AgreementForms';

type Open = 'written' | 'oral' | 'fail' | 'withdraw' | null;

/** 协议与结案: the agreement (written 第二十九条 / oral 第三十条) with its document, or failure / withdrawal (第二十六条). */
export function OutcomeTab({ c, h }: { c: CaseDetail; h: HandlingView }) {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const [open, setOpen] = useState<Open>(null);
  const a = h.abilities;
  const ag = h.agreement;
  const close = () => setOpen(null);
  const mediatorName = c.mediator?.name ?? '';

  return (
    <div className="tp-stack">
      {(a.canRecordAgreement || a.canFail || a.canWithdraw) && (
        <Space wrap>
          {a.canRecordAgreement && (
            <Button type="primary" onClick={() => setOpen('written')}>
              {tr('agr.draft')}
            </Button>
          )}
          {a.canRecordAgreement && <Button onClick={() => setOpen('oral')}>{tr('agr.recordOral')}</Button>}
          {a.canFail && (
            <Button danger onClick={() => setOpen('fail')}>
              {tr('outcome.fail')}
            </Button>
          )}
          {a.canWithdraw && <Button onClick={() => setOpen('withdraw')}>{tr('outcome.withdraw')}</Button>}
        </Space>
      )}
      <Card size="small" title={<h2 className="tp-card-title">{tr('agr.title')}</h2>}>
        {ag ? (
          <>
            <Descriptions
              size="small"
              column={1}
              bordered
              items={[
                { key: 'form', label: tr('agr.form'), children: <Tag color="green">{text(ag.formLabel)}</Tag> },
                { key: 'reached', label: tr('agr.reachedOn'), children: fmt.date(ag.reachedOn) },
                { key: 'effective', label: tr('agr.effectiveOn'), children: fmt.date(ag.effectiveOn) },
                { key: 'facts', label: tr('agr.matters'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{ag.facts}</span> },
                ...(ag.disputedMatters ? [{ key: 'disputed', label: tr('agr.disputed'), children: ag.disputedMatters }] : []),
                ...(ag.responsibilities ? [{ key: 'resp', label: tr('agr.responsibilities'), children: ag.responsibilities }] : []),
                { key: 'terms', label: tr('agr.terms'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{ag.terms}</span> },
                { key: 'perf', label: tr('agr.performance'), children: ag.performanceManner },
                ...(ag.performanceDueOn
                  ? [{ key: 'due', label: tr('agr.performanceDueOn'), children: fmt.date(ag.performanceDueOn) }]
                  : []),
                {
                  key: 'signatures',
                  label: tr('agr.signatures'),
                  children: ag.signatures.length
                    ? ag.signatures.map((s, i) => (
                        <div key={i}>
                          {s.name} · {text(s.wayLabel)} · {fmt.date(s.signedOn)}
                        </div>
                      ))
                    : ag.mediatorName,
                },
                ...(ag.form === 'written' ? [{ key: 'copies', label: tr('agr.copies'), children: tr('agr.copiesText') }] : []),
              ]}
            />
            {ag.documentAttachmentId && (
              <Button
                style={{ marginTop: 12 }}
                icon={<DownloadOutlined />}
                href={attachmentUrl(ag.documentAttachmentId)}
                aria-label={tr('docs.download', { name: tr('agr.document') })}
              >
                {tr('agr.document')}
              </Button>
            )}
          </>
        ) : (
          <Empty description={tr('agr.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        )}
      </Card>
      {h.outcome && (
        <Alert
          type="warning"
          showIcon
          title={`${text(h.outcome.label)} · ${fmt.date(h.outcome.closedOn)}`}
          description={
            <>
              <div style={{ whiteSpace: 'pre-wrap' }}>{h.outcome.reason}</div>
              {h.outcome.noticeAttachmentId && (
                <a href={attachmentUrl(h.outcome.noticeAttachmentId)}>
                  <DownloadOutlined /> {tr('outcome.notice')}
                </a>
              )}
            </>
          }
        />
      )}
      <WrittenAgreementModal h={h} mediatorName={mediatorName} facts={c.facts} open={open === 'written'} onClose={close} />
      <OralAgreementModal h={h} mediatorName={mediatorName} facts={c.facts} open={open === 'oral'} onClose={close} />
      <FailModal h={h} open={open === 'fail'} onClose={close} />
      <WithdrawModal h={h} open={open === 'withdraw'} onClose={close} />
    </div>
  );
}

function FailModal({ h, open, onClose }: { h: HandlingView; open: boolean; onClose(): void }) {
  const tr = useMedT();
  const [form] = Form.useForm<FailRequest>();
  const action = useHandlingAction(h.caseId, handlingApi.fail);
  return (
    <FormModal
      open={open}
      title={tr('outcome.failTitle')}
      formName="med-fail"
      form={form}
      danger
      busy={action.isPending}
      onSubmit={(v) => action.mutateAsync({ reason: v.reason.trim() })}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={tr('outcome.channels')} style={{ marginBottom: 12 }} />
      <Form.Item name="reason" label={tr('outcome.reason')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function WithdrawModal({ h, open, onClose }: { h: HandlingView; open: boolean; onClose(): void }) {
  const tr = useMedT();
  const [form] = Form.useForm<WithdrawRequest>();
  const action = useHandlingAction(h.caseId, handlingApi.withdraw);
  return (
    <FormModal
      open={open}
      title={tr('outcome.withdraw')}
      formName="med-withdraw"
      form={form}
      busy={action.isPending}
      onSubmit={(v) => action.mutateAsync({ reason: v.reason.trim(), partyId: v.partyId })}
      onClose={onClose}
    >
      <Form.Item name="partyId" label={tr('outcome.byParty')}>
        <Select allowClear options={h.parties.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name="reason" label={tr('outcome.reason')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
