import { QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Form, type FormInstance, Modal, Popover, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type CSSProperties, type ReactNode, useEffect, useState } from 'react';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { useStageT } from '../../i18n/stages';

/** A `{ zh, en }` label (enum labels, server labels) in the current language. */
export function useLabel() {
  const { locale } = useLocale();
  return (l: { zh: string; en: string } | null | undefined) => (l ? (locale === 'en' ? l.en || l.zh : l.zh) : '');
}

/** A DatePicker value as the API's LocalDate. */
export const toLocalDate = (d: Dayjs) => d.format('YYYY-MM-DD');
export const today = () => dayjs().startOf('day');

/** `2025年10月9日` (zh) or `Oct 9, 2025`; an em dash for no date. */
export function DateText({ value }: { value: string | null | undefined }) {
  const f = useFormat();
  return <>{value ? f.date(value) : '—'}</>;
}

const colours = { normal: 'green', dueSoon: 'orange', overdue: 'red' } as const;
export type DeadlineStatus = keyof typeof colours;

/** Text colours dark enough for 4.5:1 on the light tag backgrounds (antd's green/orange/cyan text is not). */
const toneText: Partial<Record<string, string>> = { green: '#135200', orange: '#873800', cyan: '#00474f', gold: '#613400' };

/** An antd Tag in one of the preset colours, with text that passes the contrast check. */
export function ToneTag({ color, title, style, children }: { color?: string; title?: string; style?: CSSProperties; children: ReactNode }) {
  const text = color ? toneText[color] : undefined;
  return (
    <Tag color={color === 'default' ? undefined : color} title={title} style={text ? { ...style, color: text } : style}>
      {children}
    </Tag>
  );
}

/** 正常 / 即将到期 / 已逾期 — the same words and colours as the workbench todo card. */
export function DeadlineStatusTag({ status, detail }: { status: DeadlineStatus; detail?: string }) {
  const st = useStageT();
  return (
    <ToneTag color={colours[status]} title={detail}>
      {st(`status.${status}`)}
    </ToneTag>
  );
}

/** The "explain" popover of a computed date: the engine's explanation lines. */
export function ExplainPopover({ lines, article }: { lines: { zh: string[]; en: string[] }; article?: string }) {
  const st = useStageT();
  const { locale } = useLocale();
  const list = locale === 'en' ? lines.en : lines.zh;
  if (!list.length && !article) return null;
  return (
    <Popover
      title={st('common.explain')}
      trigger="click"
      content={
        <div style={{ maxWidth: 420 }}>
          {list.map((line, i) => (
            <Typography.Paragraph key={i} style={{ marginBottom: 4 }}>
              {line}
            </Typography.Paragraph>
          ))}
          {article ? <Typography.Text type="secondary">{article}</Typography.Text> : null}
        </div>
      }
    >
      <Button type="link" size="small" icon={<QuestionCircleOutlined />} aria-label={st('common.explain')}>
        {st('common.explain')}
      </Button>
    </Popover>
  );
}

interface ActionModalProps<V> {
  open: boolean;
  title: string;
  /** Unique per page, so the field ids stay unique. */
  formName: string;
  hint?: ReactNode;
  okText?: string;
  danger?: boolean;
  initialValues?: Partial<V>;
  /** Receives the validated values; a rejected promise shows the server's errors on the fields. */
  onSubmit(values: V): Promise<unknown>;
  onClose(): void;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

/** A modal form for one action: validates, submits, puts server field errors under the fields. */
export function ActionModal<V extends object>(props: ActionModalProps<V>) {
  const { open, title, formName, hint, okText, danger, initialValues, onSubmit, onClose, children } = props;
  const st = useStageT();
  const [form] = Form.useForm<V>();
  const onError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  const submit = () =>
    submitForm(form, async (values) => {
      setBusy(true);
      try {
        await onSubmit(values);
        onClose();
      } catch (e) {
        onError(e, form);
      } finally {
        setBusy(false);
      }
    });

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? st('common.submit')}
      cancelText={st('common.cancel')}
      okButtonProps={{ danger, loading: busy }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {hint ? <Alert type="info" showIcon title={hint} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} name={formName} layout="vertical" initialValues={initialValues as never}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}

/** `rules` for a required field whose message names it. */
export function useRequired() {
  const st = useStageT();
  return (field: string) => [{ required: true, whitespace: true, message: st('common.required', { field }) }];
}
