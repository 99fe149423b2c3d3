import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useStaff } from '../../access/can';
import { fetchMe, meQueryKey } from '../../access/use-me';
import { authApi } from '../../api/auth';
import { useApiErrorHandler } from '../../api/use-api-error';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/use-t';
import { destinationAfterSignIn } from './after-sign-in';
import { checkPassword, passesPolicy } from './password-policy';
import { PasswordRules } from './PasswordRules';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** POST /api/auth/password; forced after the first sign-in or a reset, optional otherwise. */
export default function ChangePasswordPage() {
  const t = useT();
  const { me } = useStaff();
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const check = checkPassword(newPassword, me.user.username);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const forced = me.user.mustChangePassword;
  usePageTitle(t('password.title'));

  const change = useMutation({
    mutationFn: (v: Values) => authApi.changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: async () => {
      message.success(t('password.done'));
      const fresh = await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
      navigate(fresh ? destinationAfterSignIn(fresh, null) : '/login', { replace: true });
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Card className="tp-auth-card">
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('password.title')}
      </Typography.Title>
      {forced && <Alert type="warning" showIcon title={t('password.forced')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="change-password" layout="vertical" onFinish={(v) => change.mutate(v)}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={<PasswordRules check={check} />}
          rules={[
            { required: true, message: t('login.passwordRequired') },
            {
              validator: (_, v: string) =>
                !v || passesPolicy(checkPassword(v, me.user.username))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.policyFailed'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('login.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_, v: string) =>
                !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={change.isPending}>
          {t('password.submit')}
        </Button>
      </Form>
      {!forced && (
        <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
          <Link to="/workbench">{t('cockpit.toWorkbench')}</Link>
        </Typography.Paragraph>
      )}
    </Card>
  );
}
