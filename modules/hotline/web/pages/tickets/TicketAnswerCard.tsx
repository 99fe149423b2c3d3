import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../web/src/components/submit-form';
import type { TicketDetail } from '../../../contract/tickets';
import { useHlMutation } from '../../api/keys';
import { ticketApi } from '../../api/tickets';
import { CategorySelect } from '../../components/CategorySelect';
import { useDeskT } from '../../desk-i18n';

interface Values {
  answer: string;
  category: string;
}

/** The question and the answer; 修改答复 (when `abilities.updateAnswer`) saves with the version read. */
export function TicketAnswerCard({ ticket }: { ticket: TicketDetail }) {
  const tr = useDeskT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const save = useHlMutation((v: Values) =>
    ticketApi.answer(ticket.id, { answer: v.answer, category: v.category, version: ticket.version }),
  );
  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await save.mutateAsync(v);
        message.success(tr('tickets.answerSaved'));
        setEditing(false);
      } catch (e) {
        onError(e, form);
      }
    });
  return (
    <Card
      size="small"
      title={tr('tickets.answerTitle')}
      extra={
        ticket.abilities.updateAnswer &&
        !editing && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {tr('tickets.editAnswer')}
          </Button>
        )
      }
    >
      <Typography.Text strong>{tr('field.question')}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{ticket.question}</Typography.Paragraph>
      {editing ? (
        <Form
          form={form}
          name={`hl-answer-${ticket.id}`}
          layout="vertical"
          initialValues={{ answer: ticket.answer ?? '', category: ticket.category }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
        >
          <Form.Item name="category" label={tr('field.category')} rules={[{ required: true, message: tr('common.required') }]}>
            <CategorySelect />
          </Form.Item>
          <Form.Item
            name="answer"
            label={tr('field.answer')}
            rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
          >
            <Input.TextArea rows={6} maxLength={8000} showCount />
          </Form.Item>
          <Space>
            <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
              {tr('common.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{tr('common.cancel')}</Button>
            <Typography.Text type="secondary">{tr('desk.saveHint')}</Typography.Text>
          </Space>
        </Form>
      ) : (
        <>
          <Typography.Text strong>{tr('field.answer')}</Typography.Text>
          {ticket.answer ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{ticket.answer}</Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="secondary">{tr('tickets.notAnswered')}</Typography.Paragraph>
          )}
        </>
      )}
    </Card>
  );
}
