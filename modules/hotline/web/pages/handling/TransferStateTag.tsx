import { Tag } from 'antd';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { type TransferState, transferStateLabels } from '../../../contract/transfer';

const colors: Record<TransferState, string> = { sent: 'blue', accepted: 'cyan', rejected: 'orange', completed: 'green', failed: 'red' };

export function TransferStateTag({ state }: { state: TransferState }) {
  const lt = useLocalText();
  return <Tag color={colors[state]}>{lt(transferStateLabels[state])}</Tag>;
}
