import { App, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { callbackApi } from '../../api/callbacks';
import { useHlMutation } from '../../api/keys';
import { useDeskT } from '../../desk-i18n';

interface Values {
  dueAt?: Dayjs;
  reason: string;
}

/** 预约回拨: a due time (default: the configured callback level, a local rule) and the reason. */
export function CallbackModal({ ticketId, open, onClose }: { ticketId: string; open: boolean; onClose(): void }) {
  const tr = useDeskT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useHlMutation((v: Values) =>
    callbackApi.create(ticketId, { reason: v.reason.trim(), dueAt: v.dueAt ? v.dueAt.format() : undefined }),
  );
  return (
    <FormModal<Values>
      open={open}
      title={tr('callback.title')}
      formName={`hl-callback-${ticketId}`}
      form={form}
      busy={create.isPending}
      okText={tr('common.save')}
      onSubmit={async (v) => {
        await create.mutateAsync(v);
        message.success(tr('callback.scheduled'));
      }}
      onClose={onClose}
    >
      <Form.Item name="dueAt" label={tr('callback.dueAt')} extra={tr('callback.dueHint')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="reason" label={tr('callback.reason')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
