import { CheckCircleFilled, CloseCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../../i18n/use-t';
import type { PolicyCheck } from './password-policy';

function Rule({ ok, text }: { ok: boolean | null; text: string }) {
  const t = useT();
  const icon = ok === null ? <InfoCircleOutlined /> : ok ? <CheckCircleFilled style={{ color: '#237804' }} /> : <CloseCircleOutlined />;
  return (
    <li>
      <span aria-hidden>{icon}</span> {text}
      {ok !== null && <span className="tp-visually-hidden">{ok ? t('password.met') : t('password.unmet')}</span>}
    </li>
  );
}

/** The policy as a checklist that ticks while the user types. */
export function PasswordRules({ check }: { check: PolicyCheck }) {
  const t = useT();
  return (
    <div className="tp-password-rules">
      <Typography.Text strong>{t('password.policyTitle')}</Typography.Text>
      <ul>
        <Rule ok={check.length} text={t('password.ruleLength')} />
        <Rule ok={check.classes} text={t('password.ruleClasses')} />
        <Rule ok={check.username} text={t('password.ruleUsername')} />
        <Rule ok={null} text={t('password.ruleHistory')} />
      </ul>
    </div>
  );
}
