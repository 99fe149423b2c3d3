import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import { useStaff } from '../../access/can';
import { authApi } from '../../api/auth';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useT } from '../../i18n/use-t';

/** The signed-in user's name, opening: change password, second factor, sign out (here / everywhere). */
export function UserMenu() {
  const { me } = useStaff();
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { modal } = App.useApp();
  const onError = useApiErrorHandler();

  const signOut = async (everywhere: boolean) => {
    try {
      await (everywhere ? authApi.logoutAll() : authApi.logout());
    } catch (e) {
      onError(e);
      return;
    }
    queryClient.clear();
    navigate('/login', { replace: true });
  };

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined />, label: t('user.changePassword'), onClick: () => navigate('/change-password') },
    { key: 'totp', icon: <SafetyOutlined />, label: t('user.totp'), onClick: () => navigate('/totp-setup') },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined />, label: t('user.logout'), onClick: () => void signOut(false) },
    {
      key: 'logout-all',
      icon: <LogoutOutlined />,
      danger: true,
      label: t('user.logoutAll'),
      onClick: () =>
        modal.confirm({
          title: t('user.logoutAll'),
          content: t('user.logoutAllConfirm'),
          okText: t('common.ok'),
          cancelText: t('common.cancel'),
          okButtonProps: { danger: true },
          onOk: () => signOut(true),
        }),
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']}>
      <Button type="text" icon={<UserOutlined />} aria-label={`${t('user.menu')}：${me.user.displayName}`}>
        {me.user.displayName}
        <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
