import { useMutation } from '@tanstack/react-query';
import { App, Button, Descriptions, Popconfirm, Space } from 'antd';
import { allowed, useCan } from '../../access/can';
import type { UserDetail } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { usersApi } from '../api/users';
import { useShowSecret } from '../components/use-show-secret';
import { useAdminT } from '../i18n/use-admin-t';
import { UserStateTags } from './UserStateTags';

/** A user's account data and the account actions: reset password, unlock, deactivate / activate. */
export function UserProfile({ user, onChanged }: { user: UserDetail; onChanged(): void }) {
  const t = useT();
  const ta = useAdminT();
  const fmt = useFormat();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const showSecret = useShowSecret();
  const mayUpdate = can('identity.user.update');
  const canEdit = allowed(user.abilities, 'canEdit', mayUpdate);

  const act = useMutation({
    mutationFn: (action: 'reset' | 'unlock' | 'deactivate' | 'activate') => {
      if (action === 'reset') return usersApi.resetPassword(user.id);
      if (action === 'unlock') return usersApi.unlock(user.id);
      return action === 'deactivate' ? usersApi.deactivate(user.id) : usersApi.activate(user.id);
    },
    onSuccess: (res, action) => {
      onChanged();
      const temporaryPassword = (res as { temporaryPassword?: string }).temporaryPassword;
      if (action === 'reset' && temporaryPassword) {
        showSecret({
          title: ta('user.resetPassword'),
          label: ta('user.temporaryPassword'),
          value: temporaryPassword,
          notice: ta('user.oneTimeNotice'),
        });
      } else if (action !== 'reset') {
        message.success(ta(action === 'unlock' ? 'user.unlocked' : action === 'activate' ? 'user.activated' : 'user.deactivated'));
      }
    },
    onError: (e) => onError(e),
  });

  const confirm = (title: string, action: Parameters<typeof act.mutate>[0], label: string, danger = false) => (
    <Popconfirm
      title={title}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      onConfirm={() => act.mutateAsync(action).catch(() => undefined)}
    >
      <Button danger={danger}>{label}</Button>
    </Popconfirm>
  );

  return (
    <div className="tp-stack">
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'username', label: ta('user.username'), children: user.username },
          { key: 'name', label: ta('user.displayName'), children: user.displayName },
          { key: 'org', label: ta('user.org'), children: user.orgName },
          { key: 'phone', label: ta('user.phone'), children: user.phoneMasked ?? '—' },
          { key: 'state', label: ta('user.state'), children: <UserStateTags user={user} lockedUntil={user.lockedUntil} /> },
          { key: 'last', label: ta('user.lastLogin'), children: user.lastLoginAt ? fmt.dateTime(user.lastLoginAt) : ta('user.never') },
        ]}
      />
      <Space wrap>
        {canEdit && confirm(ta('user.resetConfirm', { name: user.displayName }), 'reset', ta('user.resetPassword'))}
        {user.locked && canEdit && (
          <Button onClick={() => act.mutate('unlock')} loading={act.isPending && act.variables === 'unlock'}>
            {ta('user.unlock')}
          </Button>
        )}
        {user.active &&
          canEdit &&
          confirm(ta('user.deactivateConfirm', { name: user.displayName }), 'deactivate', ta('user.deactivate'), true)}
        {!user.active && canEdit && (
          <Button onClick={() => act.mutate('activate')} loading={act.isPending && act.variables === 'activate'}>
            {ta('user.activate')}
          </Button>
        )}
      </Space>
    </div>
  );
}
