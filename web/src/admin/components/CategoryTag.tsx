import { Tag } from 'antd';
import type { PermissionCategory } from '../../api/types';
import { useAdminT } from '../i18n/use-admin-t';

/** Tag colours chosen for ≥ 4.5:1 text contrast (antd's green/orange/cyan tags fall short). */
const colours: Record<PermissionCategory, string | undefined> = {
  business: 'blue',
  system: 'geekblue',
  security: 'purple',
  audit: 'magenta',
  common: undefined,
};

export function CategoryTag({ category }: { category: PermissionCategory }) {
  const ta = useAdminT();
  return <Tag color={colours[category]}>{ta(`cat.${category}`)}</Tag>;
}
