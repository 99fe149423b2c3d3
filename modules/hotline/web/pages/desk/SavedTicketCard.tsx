import { Card, Descriptions, Typography } from 'antd';
import { Link } from 'react-router';
import type { TicketDetail } from '../../../contract/tickets';
import { useDeskT } from '../../desk-i18n';
import { ticketPath } from '../../desk-paths';
import { TicketActions } from '../tickets/TicketActions';
import { TicketStateTag } from '../tickets/TicketStateTag';

/** After saving at the desk: the ticket's number and state, and its actions right there. */
export function SavedTicketCard({ ticket }: { ticket: TicketDetail }) {
  const tr = useDeskT();
  return (
    <Card
      size="small"
      title={tr('desk.savedTicket', { number: ticket.number })}
      extra={<Link to={ticketPath(ticket.id)}>{tr('desk.openTicket')}</Link>}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'state', label: tr('common.state'), children: <TicketStateTag state={ticket.state} /> },
          { key: 'category', label: tr('field.category'), children: ticket.categoryZh },
          { key: 'question', label: tr('field.question'), children: ticket.question },
          {
            key: 'answer',
            label: tr('field.answer'),
            children: ticket.answer ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{ticket.answer}</Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{tr('tickets.notAnswered')}</Typography.Text>
            ),
          },
        ]}
      />
      <Typography.Text strong>{tr('desk.nextActions')}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <TicketActions ticket={ticket} />
      </div>
    </Card>
  );
}
