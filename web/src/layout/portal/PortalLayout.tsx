import './portal.css';
import { ConfigProvider, Switch } from 'antd';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { mainContentId, SkipLink } from '../../components/SkipLink';
import { useT } from '../../i18n/use-t';
import { elderTheme, portalTheme } from '../../theme';
import { BrandLink } from '../BrandLink';
import { CitizenStatus } from './CitizenStatus';
import { useElderMode } from './elder-mode';

/** Public portal, phone first: brand, 长辈模式, language and sign-in in the header. */
export function PortalLayout() {
  const t = useT();
  const [elder, setElder] = useElderMode();

  return (
    <ConfigProvider theme={elder ? elderTheme : portalTheme}>
      <div className="tp-portal">
        <SkipLink />
        <header className="tp-portal-header">
          <BrandLink to="/portal" text={`${t('app.name')} · ${t('app.portal')}`} />
          <div className="tp-portal-tools">
            <span>
              <Switch id="elder-mode" checked={elder} onChange={setElder} /> <label htmlFor="elder-mode">{t('portal.elderMode')}</label>
            </span>
            <LanguageSwitch />
            <CitizenStatus />
          </div>
        </header>
        <main id={mainContentId} tabIndex={-1} className="tp-portal-main">
          <Outlet />
        </main>
        <footer className="tp-portal-footer">
          <nav aria-label={t('portal.nav')}>
            <Link to="/portal">{t('portal.home')}</Link>
            {' · '}
            <Link to="/login">{t('portal.staffLogin')}</Link>
          </nav>
        </footer>
      </div>
    </ConfigProvider>
  );
}
