import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, type InputRef, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { meQueryKey } from '../../access/use-me';
import { ApiError, isApiError } from '../../api/api-error';
import { authApi } from '../../api/auth';
import { applyFieldErrors } from '../../api/form-errors';
import { usePageTitle } from '../../components/use-page-title';
import { useFormat } from '../../i18n/format';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { destinationAfterSignIn } from './after-sign-in';

interface LoginValues {
  username: string;
  password: string;
  totpCode?: string;
}

/** When a locked account opens again, from the 423 answer's `Retry-After` seconds. */
function lockedUntil(err: ApiError): Date | null {
  return err.retryAfter ? new Date(Date.now() + err.retryAfter * 1000) : null;
}

/** Staff sign-in: username and password; the one-time code field appears when the server asks. */
export default function LoginPage() {
  const t = useT();
  const { locale } = useLocale();
  const fmt = useFormat();
  const [form] = Form.useForm<LoginValues>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [needsTotp, setNeedsTotp] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const totpRef = useRef<InputRef>(null);
  usePageTitle(t('login.title'));

  useEffect(() => {
    if (needsTotp) totpRef.current?.focus();
  }, [needsTotp]);

  // Whoever arrives here is (re)signing in: forget the cached session of an expired one.
  useEffect(() => {
    queryClient.removeQueries({ queryKey: meQueryKey });
  }, [queryClient]);

  const login = useMutation({
    mutationFn: (v: LoginValues) => authApi.login({ username: v.username.trim(), password: v.password, totpCode: v.totpCode || undefined }),
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      navigate(destinationAfterSignIn(me, params.get('next')), { replace: true });
    },
    onError: (err) => {
      if (!isApiError(err)) return setProblem(String(err));
      if (err.code === 'TOTP_REQUIRED') {
        setProblem(needsTotp ? err.text(locale) : null);
        setNeedsTotp(true);
        return;
      }
      if (err.code === 'ACCOUNT_LOCKED') {
        // The server's message already names the time (Beijing time); the computed local time is the fallback.
        const until = lockedUntil(err);
        return setProblem(err.text(locale) || (until ? t('login.locked', { time: fmt.dateTime(until) }) : t('login.lockedNoTime')));
      }
      const unplaced = applyFieldErrors(form, err, locale);
      if (unplaced.length || (!err.field && !err.issues.length)) setProblem(err.text(locale));
      else setProblem(null);
    },
  });

  return (
    <Card className="tp-auth-card">
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('login.title')}
      </Typography.Title>
      {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
      {needsTotp && !problem && <Alert type="info" showIcon title={t('login.totpHint')} style={{ marginBottom: 16 }} />}
      <Form form={form} name="staff-login" layout="vertical" requiredMark={false} onFinish={(v) => login.mutate(v)}>
        <Form.Item
          name="username"
          label={t('login.username')}
          rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
        </Form.Item>
        {needsTotp && (
          <Form.Item
            name="totpCode"
            label={t('login.totpCode')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.codeFormat') }]}
          >
            <Input
              ref={totpRef}
              prefix={<SafetyOutlined aria-hidden />}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              size="large"
            />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/portal">{t('login.toPortal')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
