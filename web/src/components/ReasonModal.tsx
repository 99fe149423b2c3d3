import { Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useApiErrorHandler } from '../api/use-api-error';
import { useT } from '../i18n/use-t';
import { submitForm } from './submit-form';

interface Props {
  open: boolean;
  title: string;
  /** Unique per page, so the field ids stay unique. */
  formName: string;
  okText?: string;
  danger?: boolean;
  onSubmit(reason: string): Promise<unknown>;
  onClose(): void;
}

/** Asks for the reason an audited action needs (deactivate, activate …) and submits it. */
export function ReasonModal({ open, title, formName, okText, danger, onSubmit, onClose }: Props) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const onError = useApiErrorHandler();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = () =>
    submitForm(form, async ({ reason }) => {
      try {
        await onSubmit(reason.trim());
        onClose();
      } catch (e) {
        onError(e, form);
      }
    });

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.ok')}
      okButtonProps={{ danger }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name={formName} layout="vertical">
        <Form.Item
          name="reason"
          label={t('common.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
