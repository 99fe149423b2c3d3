import { CheckCircleOutlined, PhoneOutlined, RedoOutlined, SwapOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { ReasonModal } from '../../../../../web/src/components/ReasonModal';
import type { TicketDetail } from '../../../contract/tickets';
import { useHlMutation } from '../../api/keys';
import { ticketFlowApi } from '../../api/tickets';
import { useDeskT } from '../../desk-i18n';
import { CallbackModal } from '../handling/CallbackModal';
import { TransferModal } from '../handling/TransferModal';

/** The ticket's next steps — each button only when the view's `abilities` allow it. */
export function TicketActions({ ticket }: { ticket: TicketDetail }) {
  const tr = useDeskT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [open, setOpen] = useState<'transfer' | 'callback' | 'reopen' | null>(null);
  const close = useHlMutation(() => ticketFlowApi.close(ticket.id, { version: ticket.version }));
  const reopen = useHlMutation((reason: string) => ticketFlowApi.reopen(ticket.id, { reason }));
  const a = ticket.abilities;
  return (
    <>
      <Space wrap>
        {a.transfer && (
          <Button type="primary" icon={<SwapOutlined />} onClick={() => setOpen('transfer')}>
            {tr('act.transfer')}
          </Button>
        )}
        {a.scheduleCallback && (
          <Button icon={<PhoneOutlined />} onClick={() => setOpen('callback')}>
            {tr('act.callback')}
          </Button>
        )}
        {a.close && (
          <Popconfirm
            title={tr('act.closeConfirm')}
            onConfirm={() =>
              close.mutateAsync(undefined).then(
                () => void message.success(tr('act.closed')),
                (e: unknown) => onError(e),
              )
            }
          >
            <Button icon={<CheckCircleOutlined />} loading={close.isPending}>
              {tr('act.close')}
            </Button>
          </Popconfirm>
        )}
        {a.reopen && (
          <Button danger icon={<RedoOutlined />} onClick={() => setOpen('reopen')}>
            {tr('act.reopen')}
          </Button>
        )}
      </Space>
      {a.transfer && <TransferModal ticket={ticket} open={open === 'transfer'} onClose={() => setOpen(null)} />}
      {a.scheduleCallback && <CallbackModal ticketId={ticket.id} open={open === 'callback'} onClose={() => setOpen(null)} />}
      <ReasonModal
        open={open === 'reopen'}
        title={tr('act.reopenTitle')}
        formName={`hl-reopen-${ticket.id}`}
        danger
        onSubmit={async (reason) => {
          await reopen.mutateAsync(reason);
          message.success(tr('act.reopened'));
        }}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
