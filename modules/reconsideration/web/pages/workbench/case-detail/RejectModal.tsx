import { App, Form, Input, Radio } from 'antd';
import { rejectionKindLabels, rejectionKinds, type RejectionKind } from '../../../../contract/enums';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { casesApi, useCaseAction } from '../../../api/cases';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useReconT } from '../../../i18n';

interface Values {
  kind: RejectionKind;
  reason: string;
  competentBody?: string;
}

/** 不予受理 with reasons, or 告知 the applicant which authority has jurisdiction (第三十条第二款). */
export function RejectModal({ caseId, open, onClose }: { caseId: string; open: boolean; onClose(): void }) {
  const tr = useReconT();
  const text = useLocalText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const reject = useCaseAction(caseId, casesApi.reject);

  return (
    <FormModal
      open={open}
      title={tr('reject.title')}
      formName="recon-reject"
      form={form}
      danger
      busy={reject.isPending}
      initialValues={{ kind: 'notAccepted' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await reject.mutateAsync({
          kind: v.kind,
          reason: v.reason.trim(),
          competentBody: v.kind === 'notJurisdiction' ? v.competentBody?.trim() : undefined,
        });
        message.success(tr('reject.done'));
      }}
    >
      <Form.Item name="kind" label={tr('reject.kind')}>
        <Radio.Group options={rejectionKinds.map((k) => ({ value: k, label: `${text(rejectionKindLabels[k])}` }))} />
      </Form.Item>
      {kind === 'notJurisdiction' && (
        <Form.Item
          name="competentBody"
          label={tr('reject.competentBody')}
          rules={[{ required: true, whitespace: true, message: tr('reject.competentBodyRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={tr('reject.reason')}
        rules={[{ required: true, whitespace: true, message: tr('reject.reasonRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}
