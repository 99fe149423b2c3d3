import { Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useApiErrorHandler } from '../api/use-api-error';
import { submitForm } from './submit-form';

interface Props<V> {
  open: boolean;
  title: string;
  /** Unique on the page, so field ids stay unique. */
  formName: string;
  form: FormInstance<V>;
  okText?: string;
  danger?: boolean;
  busy?: boolean;
  initialValues?: Partial<V>;
  /** Dialog width in pixels (never wider than the screen). */
  width?: number;
  children: ReactNode;
  onSubmit(values: V): Promise<unknown>;
  onClose(): void;
}

/** A dialog with a form for one action: server field errors go under their fields, success closes it. */
export function FormModal<V>(props: Props<V>) {
  const { open, title, formName, form, okText, danger, busy, initialValues, width = 600, children, onSubmit, onClose } = props;
  const onError = useApiErrorHandler();

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = () =>
    submitForm(form, async (values) => {
      try {
        await onSubmit(values);
        onClose();
      } catch (e) {
        onError(e, form);
      }
    });

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, loading: busy }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
      width={width}
      style={{ maxWidth: 'calc(100vw - 16px)' }}
    >
      <Form form={form} name={formName} layout="vertical" initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
