import { useQuery } from '@tanstack/react-query';
import { Drawer, Skeleton, Tabs } from 'antd';
import { useCan } from '../../access/can';
import { EntityTimeline } from '../../components/EntityTimeline';
import { QueryError } from '../../components/QueryError';
import { adminKeys } from '../api/keys';
import { usersApi } from '../api/users';
import { useAdminT } from '../i18n/use-admin-t';
import { UserAssignments } from './UserAssignments';
import { UserProfile } from './UserProfile';

/** GET /users/:id in a side drawer: profile and actions, role assignments, history. */
export function UserDrawer({ userId, onClose, onChanged }: { userId: string | null; onClose(): void; onChanged(): void }) {
  const ta = useAdminT();
  const canReadAudit = useCan()('audit.event.read');
  const query = useQuery({
    queryKey: [...adminKeys.users, 'detail', userId],
    queryFn: () => usersApi.get(userId!),
    enabled: !!userId,
  });
  const user = query.data;
  const changed = () => {
    void query.refetch();
    onChanged();
  };

  return (
    <Drawer
      open={!!userId}
      onClose={onClose}
      size={640}
      title={user ? `${ta('user.detail')}：${user.displayName}` : ta('user.detail')}
      destroyOnHidden
    >
      {query.isPending && <Skeleton active />}
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {user && (
        <Tabs
          destroyOnHidden
          items={[
            { key: 'profile', label: ta('user.tabProfile'), children: <UserProfile user={user} onChanged={changed} /> },
            { key: 'assignments', label: ta('user.tabAssignments'), children: <UserAssignments user={user} onChanged={changed} /> },
            ...(canReadAudit
              ? [{ key: 'history', label: ta('user.tabHistory'), children: <EntityTimeline entityType="user" entityId={user.id} /> }]
              : []),
          ]}
        />
      )}
    </Drawer>
  );
}
