import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { mainContentId, SkipLink } from '../../components/SkipLink';
import { useT } from '../../i18n/use-t';
import { BrandLink } from '../BrandLink';

/** Sign-in, password change, second-factor setup and 404: a brand bar and one centred card. */
export function AuthLayout() {
  const t = useT();
  return (
    <div className="tp-auth">
      <SkipLink />
      <header className="tp-auth-header">
        <BrandLink to="/portal" text={t('app.fullName')} />
        <LanguageSwitch />
      </header>
      <main id={mainContentId} tabIndex={-1} className="tp-auth-main">
        <Outlet />
      </main>
    </div>
  );
}
