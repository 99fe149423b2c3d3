import { Button, Card, DatePicker, Descriptions, Form, Input, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useState } from 'react';
import type { SubsidyView } from '../../../../contract/subsidy';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useAidMutation } from '../../../api/keys';
import { registryApi } from '../../../api/registry';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useLabel } from '../../../components/labels';
import { TextModal } from '../../../components/TextModal';
import { useAidT } from '../../../i18n';

/** 第五十二条: the subsidy computed on closure from the schedule, its approval and payment. */
export function SubsidyCard({ subsidy, title }: { subsidy: SubsidyView | null; title?: ReactNode }) {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const [dialog, setDialog] = useState<'approve' | 'pay' | null>(null);
  const [form] = Form.useForm<{ paidOn: Dayjs; reference: string }>();
  const decide = useAidMutation((b: { sid: string; approve: boolean; reason?: string; version: number }) =>
    registryApi.decideSubsidy(b.sid, { approve: b.approve, reason: b.reason, version: b.version }),
  );
  const pay = useAidMutation((b: { sid: string; paidOn: string; reference: string; version: number }) =>
    registryApi.paySubsidy(b.sid, { paidOn: b.paidOn, reference: b.reference, version: b.version }),
  );
  if (!subsidy)
    return (
      <Card size="small" title={title ?? tr('sub.title')}>
        {tr('sub.none')}
      </Card>
    );
  const s = subsidy;
  return (
    <Card
      size="small"
      title={title ?? tr('sub.title')}
      extra={
        <Space>
          <Tag>{label(s.statusLabel)}</Tag>
          {s.abilities.canApprove && <Button onClick={() => setDialog('approve')}>{tr('sub.approve')}</Button>}
          {s.abilities.canRecordPayment && <Button onClick={() => setDialog('pay')}>{tr('sub.pay')}</Button>}
        </Space>
      }
    >
      <Descriptions size="small" column={1}>
        {s.lines.map((l) => (
          <Descriptions.Item key={l.stage} label={label(l.stageLabel)}>
            {tr('common.yuan', { n: l.amountYuan })}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={tr('sub.total')}>
          <strong>{tr('common.yuan', { n: s.totalYuan })}</strong> · {fmt.date(s.computedOn)}
        </Descriptions.Item>
        {s.decisionReason && <Descriptions.Item label={tr('common.reason')}>{s.decisionReason}</Descriptions.Item>}
        {s.paidOn && (
          <Descriptions.Item label={tr('sub.paidOn')}>{`${fmt.date(s.paidOn)} · ${s.paymentReference ?? ''}`}</Descriptions.Item>
        )}
      </Descriptions>
      <TextModal
        open={dialog === 'approve'}
        title={tr('sub.approve')}
        formName={`aid-sub-decide-${s.id}`}
        label={tr('common.reason')}
        choice={{ label: tr('obj.outcome'), yes: tr('sub.approveYes'), no: tr('sub.approveNo') }}
        onClose={() => setDialog(null)}
        onSubmit={(reason, approve) => decide.mutateAsync({ sid: s.id, approve, reason: reason || undefined, version: s.version })}
      />
      <FormModal
        open={dialog === 'pay'}
        title={tr('sub.pay')}
        formName={`aid-sub-pay-${s.id}`}
        form={form}
        initialValues={{ paidOn: dayjs() }}
        onClose={() => setDialog(null)}
        onSubmit={(v) =>
          pay.mutateAsync({ sid: s.id, paidOn: v.paidOn.format('YYYY-MM-DD'), reference: v.reference.trim(), version: s.version })
        }
      >
        <Form.Item name="paidOn" label={tr('sub.paidOn')} rules={[{ required: true, message: tr('common.required') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="reference"
          label={tr('sub.reference')}
          rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
