import { Tag } from 'antd';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type TicketState, ticketStateLabels } from '../../../contract/enums';

const colors: Record<TicketState, string> = {
  open: 'gold',
  answered: 'blue',
  transferred: 'purple',
  callbackPending: 'orange',
  closed: 'green',
  reopened: 'red',
};

/** A ticket state as a coloured tag with its words (colour is never the only signal). */
export function TicketStateTag({ state }: { state: TicketState }) {
  const lt = useLocalText();
  return <Tag color={colors[state]}>{lt(ticketStateLabels[state])}</Tag>;
}
