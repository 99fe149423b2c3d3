import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { casesApi, useCaseAction } from '../../../api/cases';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useReconT } from '../../../i18n';

interface ModalProps {
  caseId: string;
  open: boolean;
  onClose(): void;
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** 补正通知 (第三十一条): one notice listing every item to correct. */
export function CorrectionNoticeModal({ caseId, open, onClose }: ModalProps) {
  const tr = useReconT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: string[] }>();
  const notice = useCaseAction(caseId, casesApi.correctionNotice);
  return (
    <FormModal
      open={open}
      title={tr('correction.notice')}
      formName="recon-correction-notice"
      form={form}
      busy={notice.isPending}
      initialValues={{ items: [''] }}
      onClose={onClose}
      onSubmit={async (v) => {
        await notice.mutateAsync({ items: v.items.map((i) => i.trim()) });
        message.success(tr('correction.sent'));
      }}
    >
      <Alert type="info" showIcon title={tr('correction.noticeHint')} style={{ marginBottom: 16 }} />
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" style={{ display: 'flex' }}>
                <Form.Item
                  name={field.name}
                  label={tr('correction.item', { n: i + 1 })}
                  rules={[{ required: true, whitespace: true, message: tr('correction.itemRequired') }]}
                  style={{ width: 460 }}
                >
                  <Input.TextArea rows={2} maxLength={500} />
                </Form.Item>
                {fields.length > 1 && (
                  <Button
                    aria-label={`${tr('correction.removeItem')} ${i + 1}`}
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                )}
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add('')}>
              {tr('correction.addItem')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

/** 延长补正期限 on good grounds: to a date, or by a number of days, with the reason. */
export function CorrectionExtendModal({ caseId, open, onClose }: ModalProps) {
  const tr = useReconT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ extendTo?: Dayjs | null; days?: number | null; reason: string }>();
  const extend = useCaseAction(caseId, casesApi.correctionExtension);
  return (
    <FormModal
      open={open}
      title={tr('correction.extend')}
      formName="recon-correction-extend"
      form={form}
      busy={extend.isPending}
      onClose={onClose}
      onSubmit={async (v) => {
        await extend.mutateAsync({
          extendTo: v.extendTo ? iso(v.extendTo) : undefined,
          days: v.days ?? undefined,
          reason: v.reason.trim(),
        });
        message.success(tr('correction.extended'));
      }}
    >
      <Form.Item
        name="extendTo"
        label={tr('correction.extendTo')}
        dependencies={['days']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, v) =>
              v || getFieldValue('days') ? Promise.resolve() : Promise.reject(new Error(tr('correction.extendNeedOne'))),
          }),
        ]}
      >
        <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="days" label={tr('correction.days')}>
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={tr('correction.extendReason')}
        rules={[{ required: true, whitespace: true, message: tr('reject.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** Staff record a correction received on paper or in person; the 5-day review restarts (第三十一条). */
export function CorrectionRecordModal({ caseId, open, onClose }: ModalProps) {
  const tr = useReconT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ response: string; receivedOn: Dayjs }>();
  const record = useCaseAction(caseId, casesApi.correction);
  return (
    <FormModal
      open={open}
      title={tr('correction.record')}
      formName="recon-correction-record"
      form={form}
      busy={record.isPending}
      initialValues={{ receivedOn: dayjs() }}
      onClose={onClose}
      onSubmit={async (v) => {
        await record.mutateAsync({ response: v.response.trim(), receivedOn: iso(v.receivedOn) });
        message.success(tr('correction.recorded'));
      }}
    >
      <Form.Item
        name="receivedOn"
        label={tr('correction.receivedOn')}
        rules={[{ required: true, message: tr('intake.receivedOnRequired') }]}
      >
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="response"
        label={tr('correction.response')}
        rules={[{ required: true, whitespace: true, message: tr('correction.responseRequired') }]}
      >
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}
