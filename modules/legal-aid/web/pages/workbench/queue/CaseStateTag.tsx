import { Tag } from 'antd';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';

const colours: Record<string, string> = {
  received: 'blue',
  correcting: 'gold',
  granted: 'cyan',
  assigned: 'geekblue',
  closed: 'green',
  denied: 'red',
  withdrawn: 'default',
  terminated: 'magenta',
  transferred: 'purple',
};

/** The case state as a coloured tag (label from the server's view). */
export function CaseStateTag({ state, label }: { state: string; label: { zh: string; en: string } }) {
  const text = useLocalText();
  return <Tag color={colours[state] ?? 'default'}>{text(label)}</Tag>;
}
