import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, QRCode, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useStaff } from '../../access/can';
import { fetchMe, meQueryKey } from '../../access/use-me';
import { authApi } from '../../api/auth';
import { useApiErrorHandler } from '../../api/use-api-error';
import { CopyableSecret } from '../../components/CopyableSecret';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/use-t';
import { destinationAfterSignIn } from './after-sign-in';

const codeRule = /^\d{6}$/;

/** Second factor: POST /auth/totp/setup shows the secret, POST /auth/totp/enable confirms it with a code. */
export default function TotpSetupPage() {
  const t = useT();
  const { me } = useStaff();
  const [form] = Form.useForm<{ code: string }>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  usePageTitle(t('totp.title'));

  const refreshMe = () => queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
  const setup = useMutation({ mutationFn: authApi.totpSetup, onError: (e) => onError(e) });
  const enable = useMutation({
    mutationFn: (v: { code: string }) => authApi.totpEnable(v.code),
    onSuccess: async () => {
      message.success(t('totp.enabled'));
      const fresh = await refreshMe();
      navigate(fresh ? destinationAfterSignIn(fresh, null) : '/login', { replace: true });
    },
    onError: (e) => onError(e, form),
  });
  const disable = useMutation({
    mutationFn: (v: { code: string }) => authApi.totpDisable(v.code),
    onSuccess: async () => {
      message.success(t('totp.disabled'));
      form.resetFields();
      await refreshMe();
    },
    onError: (e) => onError(e, form),
  });

  const codeItem = (
    <Form.Item name="code" label={t('totp.code')} rules={[{ required: true, pattern: codeRule, message: t('login.codeFormat') }]}>
      <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} style={{ maxWidth: 200 }} />
    </Form.Item>
  );

  return (
    <Card className="tp-auth-card tp-wide">
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('totp.title')}
      </Typography.Title>
      {me.user.totpEnabled ? (
        <>
          <Alert type="success" showIcon title={t('totp.alreadyEnabled')} style={{ marginBottom: 16 }} />
          {!me.user.totpRequired && (
            <Form form={form} name="totp-disable" layout="vertical" onFinish={(v) => disable.mutate(v)}>
              {codeItem}
              <Button danger htmlType="submit" loading={disable.isPending}>
                {t('totp.disable')}
              </Button>
            </Form>
          )}
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
            <Link to="/workbench">{t('totp.continue')}</Link>
          </Typography.Paragraph>
        </>
      ) : (
        <>
          {me.user.totpRequired && <Alert type="warning" showIcon title={t('totp.requiredNotice')} style={{ marginBottom: 16 }} />}
          <Typography.Paragraph>{t('totp.intro')}</Typography.Paragraph>
          {!setup.data ? (
            <Button type="primary" onClick={() => setup.mutate()} loading={setup.isPending}>
              {t('totp.start')}
            </Button>
          ) : (
            <>
              <figure style={{ margin: '0 0 16px' }}>
                <QRCode value={setup.data.otpauthUrl} type="svg" size={180} bordered={false} />
                <figcaption className="tp-visually-hidden">{t('totp.url')}</figcaption>
              </figure>
              <Descriptions
                column={1}
                bordered
                size="small"
                style={{ marginBottom: 16 }}
                items={[
                  {
                    key: 'secret',
                    label: t('totp.secret'),
                    children: <CopyableSecret value={setup.data.secret} label={t('totp.secret')} groupSize={4} />,
                  },
                  { key: 'url', label: t('totp.url'), children: <CopyableSecret value={setup.data.otpauthUrl} label={t('totp.url')} /> },
                ]}
              />
              <Form form={form} name="totp-enable" layout="vertical" onFinish={(v) => enable.mutate(v)}>
                {codeItem}
                <Button type="primary" htmlType="submit" loading={enable.isPending}>
                  {t('totp.enable')}
                </Button>
              </Form>
            </>
          )}
        </>
      )}
    </Card>
  );
}
