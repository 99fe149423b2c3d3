import { App, Form, Input, Radio } from 'antd';
import type { ReactNode } from 'react';
import { useAidT } from '../i18n';
import { FormModal } from '../../../../web/src/components/FormModal';

interface Props {
  open: boolean;
  title: string;
  formName: string;
  /** The text field's label and name in the request. */
  label: string;
  /** A yes/no choice shown above the text (e.g. approve / refuse). */
  choice?: { label: string; yes: string; no: string };
  /** A select or other field above the text, rendered inside the form. */
  extra?: ReactNode;
  initialValues?: Record<string, unknown>;
  danger?: boolean;
  maxLength?: number;
  onSubmit(text: string, choice: boolean, values: Record<string, unknown>): Promise<unknown>;
  onClose(): void;
}

/** One text (reason, content, result) and an optional yes/no choice: the shape of most casework decisions. */
export function TextModal({
  open,
  title,
  formName,
  label,
  choice,
  extra,
  initialValues,
  danger,
  maxLength = 5000,
  onSubmit,
  onClose,
}: Props) {
  const tr = useAidT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  return (
    <FormModal
      open={open}
      title={title}
      formName={formName}
      form={form}
      danger={danger}
      onClose={onClose}
      initialValues={{ choice: true, ...initialValues }}
      onSubmit={async (v) => {
        await onSubmit(String(v.text ?? '').trim(), v.choice === true, v);
        message.success(tr('common.done'));
      }}
    >
      {choice && (
        <Form.Item name="choice" label={choice.label}>
          <Radio.Group
            options={[
              { value: true, label: choice.yes },
              { value: false, label: choice.no },
            ]}
          />
        </Form.Item>
      )}
      {extra}
      <Form.Item name="text" label={label} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input.TextArea rows={4} maxLength={maxLength} showCount />
      </Form.Item>
    </FormModal>
  );
}
