import './cockpit.css';
import { ConfigProvider } from 'antd';
import { Link, Outlet } from 'react-router';
import { useStaff } from '../../access/can';
import { activeAssignment } from '../../access/use-me';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { mainContentId, SkipLink } from '../../components/SkipLink';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { cockpitTheme } from '../../theme';
import { useNow } from './use-now';

/** Full-screen dark shell for leadership dashboards: title bar, then a grid the boards fill. */
export function CockpitLayout() {
  const t = useT();
  const fmt = useFormat();
  const { me } = useStaff();
  const now = useNow();
  const active = activeAssignment(me);

  return (
    <ConfigProvider theme={cockpitTheme}>
      <div className="tp-cockpit">
        <SkipLink />
        <header className="tp-cockpit-bar">
          <div>{active?.orgName ?? ''}</div>
          <h1>{t('app.cockpit')}</h1>
          <div className="tp-cockpit-right">
            <time dateTime={now.toISOString()}>{fmt.dateTime(now, true)}</time>
            <LanguageSwitch />
            <Link to="/workbench">{t('cockpit.toWorkbench')}</Link>
          </div>
        </header>
        <main id={mainContentId} tabIndex={-1} className="tp-cockpit-grid">
          <Outlet />
        </main>
      </div>
    </ConfigProvider>
  );
}
