import { SaveOutlined } from '@ant-design/icons';
import { Button, Card, Form, type FormInstance, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { CallView } from '../../../contract/calls';
import { type Channel, channelLabels, channels } from '../../../contract/enums';
import { CategorySelect } from '../../components/CategorySelect';
import { useDeskT } from '../../desk-i18n';

export interface DeskFormValues {
  channel: Channel;
  callerName?: string;
  callerPhone?: string;
  durationMinutes?: number;
  category?: string;
  question?: string;
  answer?: string;
}

interface Props {
  form: FormInstance<DeskFormValues>;
  /** The answered/ended call being recorded, or none (walk-in, station, online). */
  call: CallView | null;
  busy: boolean;
  onSave(): void;
}

/**
 * The contact form of the desk. Focus order: question → category → answer → save; Ctrl+Enter
 * (⌘+Enter) saves from anywhere in the form. Without a call, a channel selector and the caller's details.
 */
export function DeskTicketForm({ form, call, busy, onSave }: Props) {
  const tr = useDeskT();
  const lt = useLocalText();
  const channel = Form.useWatch('channel', form);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSave();
    }
  };
  return (
    <Card size="small" title={tr('desk.formTitle')} extra={<Typography.Text type="secondary">{tr('desk.saveHint')}</Typography.Text>}>
      <div onKeyDown={onKeyDown}>
        <Form form={form} name="hl-desk-ticket" layout="vertical" initialValues={{ channel: 'walkIn' }}>
          {call ? (
            <Typography.Paragraph type="secondary">{tr('desk.linkedCall', { callId: call.callId })}</Typography.Paragraph>
          ) : (
            <Space wrap align="start" size="middle">
              <Form.Item name="channel" label={tr('field.channel')} style={{ minWidth: 220 }}>
                <Select options={channels.map((c) => ({ value: c, label: lt(channelLabels[c]) }))} />
              </Form.Item>
              <Form.Item name="callerName" label={tr('field.callerName')}>
                <Input maxLength={100} autoComplete="off" />
              </Form.Item>
              <Form.Item name="callerPhone" label={tr('field.callerPhone')}>
                <Input maxLength={32} inputMode="tel" autoComplete="off" />
              </Form.Item>
              {channel !== 'phone' && channel !== 'online' && (
                <Form.Item name="durationMinutes" label={tr('field.durationMinutes')}>
                  <InputNumber min={0} max={1440} />
                </Form.Item>
              )}
            </Space>
          )}
          {call && (
            <Form.Item name="callerName" label={tr('field.callerName')}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item
            name="question"
            label={tr('field.question')}
            rules={[{ required: true, whitespace: true, message: tr('desk.questionRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} showCount autoFocus />
          </Form.Item>
          <Form.Item name="category" label={tr('field.category')} rules={[{ required: true, message: tr('desk.categoryRequired') }]}>
            <CategorySelect />
          </Form.Item>
          <Form.Item name="answer" label={tr('field.answer')} extra={tr('desk.answerLater')}>
            <Input.TextArea rows={6} maxLength={8000} showCount />
          </Form.Item>
          <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={onSave}>
            {tr('desk.saveTicket')}
          </Button>
        </Form>
      </div>
    </Card>
  );
}
