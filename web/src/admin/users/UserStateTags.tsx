import { Space, Tag } from 'antd';
import type { UserSummary } from '../../api/types';
import { useFormat } from '../../i18n/format';
import { StatusBadge } from '../../components/StatusBadge';
import { useAdminT } from '../i18n/use-admin-t';

/** 启用/停用, plus 已锁定 (until when, if known) and 待修改密码 when they apply. */
export function UserStateTags({ user, lockedUntil }: { user: UserSummary; lockedUntil?: string | null }) {
  const ta = useAdminT();
  const fmt = useFormat();
  return (
    <Space size={4} wrap>
      <StatusBadge active={user.active} />
      {user.locked && (
        <Tag color="red">{lockedUntil ? ta('user.lockedUntil', { time: fmt.dateTime(lockedUntil) }) : ta('user.locked')}</Tag>
      )}
      {user.mustChangePassword && <Tag color="purple">{ta('user.mustChange')}</Tag>}
    </Space>
  );
}
