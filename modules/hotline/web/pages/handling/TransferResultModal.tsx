import { App, Form, Input, Select } from 'antd';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type TransferResultBody, transferStateLabels, type TransferView } from '../../../contract/transfer';
import { useHlMutation } from '../../api/keys';
import { transferApi } from '../../api/transfers';
import { useDeskT } from '../../desk-i18n';

const outcomes = ['accepted', 'completed', 'rejected'] as const;

/** 登记结果 of an outbound referral (12345 alliance, notary): accepted / completed / rejected, their number, the result. */
export function TransferResultModal({ transfer, onClose }: { transfer: TransferView; onClose(): void }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferResultBody>();
  const save = useHlMutation((v: TransferResultBody) =>
    transferApi.result(transfer.id, { state: v.state, result: v.result.trim(), targetReference: v.targetReference?.trim() || undefined }),
  );
  return (
    <FormModal<TransferResultBody>
      open
      title={`${tr('transfer.recordResult')} · ${transfer.reference}`}
      formName={`hl-transfer-result-${transfer.id}`}
      form={form}
      busy={save.isPending}
      okText={tr('common.save')}
      initialValues={{ targetReference: transfer.targetReference ?? undefined }}
      onSubmit={async (v) => {
        await save.mutateAsync(v);
        message.success(tr('common.saved'));
      }}
      onClose={onClose}
    >
      <Form.Item name="state" label={tr('transfer.resultState')} rules={[{ required: true, message: tr('common.required') }]}>
        <Select options={outcomes.map((o) => ({ value: o, label: lt(transferStateLabels[o]) }))} />
      </Form.Item>
      <Form.Item name="targetReference" label={tr('transfer.targetReference')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="result" label={tr('transfer.result')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
