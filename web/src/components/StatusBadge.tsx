import { Badge } from 'antd';
import { useT } from '../i18n/use-t';

/** 启用 / 停用 as a coloured dot with the word, so colour is never the only signal. */
export function StatusBadge({ active }: { active: boolean }) {
  const t = useT();
  return <Badge status={active ? 'success' : 'default'} text={active ? t('common.active') : t('common.inactive')} />;
}
