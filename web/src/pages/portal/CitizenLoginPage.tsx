import { mobilePattern } from '@tianping/common/validation/phone';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Space, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { portalApi } from '../../api/portal';
import { useApiErrorHandler } from '../../api/use-api-error';
import { submitForm } from '../../components/submit-form';
import { usePageTitle } from '../../components/use-page-title';
import { useT } from '../../i18n/use-t';
import { citizenQueryKey, rememberCitizen } from '../../layout/portal/use-citizen';
import { safeNext } from '../auth/after-sign-in';
import { useCountdown } from './use-countdown';

/** The wait before another code may be requested, matching the SMS gateway's per-phone limit. */
const resendSeconds = 60;

interface Values {
  phone: string;
  code: string;
}

/** Citizen sign-in: phone → SMS code (POST /citizen/sms-code) → POST /citizen/login. */
export default function CitizenLoginPage() {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const [secondsLeft, startCountdown] = useCountdown();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  usePageTitle(t('citizen.title'));

  const sendCode = useMutation({
    mutationFn: portalApi.sendSmsCode,
    onSuccess: () => {
      startCountdown(resendSeconds);
      message.success(t('citizen.sent'));
    },
    onError: (e) => {
      if (isApiError(e) && e.status === 429 && e.retryAfter) startCountdown(Math.min(e.retryAfter, resendSeconds));
      onError(e, form);
    },
  });
  const login = useMutation({
    mutationFn: (v: Values) => portalApi.login({ phone: v.phone.trim(), code: v.code.trim() }),
    onSuccess: (res) => {
      rememberCitizen(true);
      queryClient.setQueryData(citizenQueryKey, res.citizen);
      message.success(t('citizen.success'));
      navigate(safeNext(params.get('next')) ?? '/portal', { replace: true });
    },
    onError: (e) => onError(e, form),
  });

  const requestCode = () => submitForm(form, ({ phone }) => sendCode.mutate(phone.trim()), ['phone']);

  return (
    <div className="tp-portal-form">
      <Typography.Title level={1} style={{ fontSize: '1.5em' }}>
        {t('citizen.title')}
      </Typography.Title>
      <Form form={form} name="citizen-login" layout="vertical" requiredMark={false} size="large" onFinish={(v) => login.mutate(v)}>
        <Form.Item
          name="phone"
          label={t('citizen.phone')}
          rules={[{ required: true, pattern: mobilePattern, message: t('citizen.phoneInvalid') }]}
        >
          <Input inputMode="tel" autoComplete="tel-national" maxLength={11} />
        </Form.Item>
        <Form.Item label={t('citizen.code')} required htmlFor="citizen-login_code">
          <Space.Compact block>
            <Form.Item name="code" noStyle rules={[{ required: true, pattern: /^\d{6}$/, message: t('citizen.codeInvalid') }]}>
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
            </Form.Item>
            <Button
              onClick={requestCode}
              disabled={secondsLeft > 0}
              loading={sendCode.isPending}
              aria-live="polite"
              style={{ flexShrink: 0 }}
            >
              {secondsLeft > 0 ? t('citizen.resendIn', { n: secondsLeft }) : t('citizen.sendCode')}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('citizen.submit')}
        </Button>
      </Form>
    </div>
  );
}
