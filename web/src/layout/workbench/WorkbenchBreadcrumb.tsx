import { Breadcrumb } from 'antd';
import { Link, useLocation, useMatches } from 'react-router';
import { useCan } from '../../access/can';
import { useLocalText } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { webModules } from '../../modules';
import type { RouteHandle } from '../../router';
import { menuTrail, visibleMenu } from './menu-items';

/** 工作台 / <menu group> / <page>, from the menu entries and the matched route's title. */
export function WorkbenchBreadcrumb() {
  const t = useT();
  const text = useLocalText();
  const can = useCan();
  const { pathname } = useLocation();
  const matches = useMatches();
  const page = [...matches].reverse().find((m) => (m.handle as RouteHandle | undefined)?.title && m.pathname !== '/workbench');
  const trail = menuTrail(
    visibleMenu(
      webModules.flatMap((m) => m.menu ?? []),
      can,
    ),
    pathname,
  );

  const items = [
    { key: 'home', title: pathname === '/workbench' ? t('workbench.home') : <Link to="/workbench">{t('workbench.home')}</Link> },
  ];
  for (const entry of trail.slice(0, -1)) items.push({ key: entry.key, title: text(entry.label) });
  const pageTitle = (page?.handle as RouteHandle | undefined)?.title;
  if (pageTitle) items.push({ key: 'page', title: text(pageTitle) });

  return <Breadcrumb aria-label={t('workbench.breadcrumb')} items={items} />;
}
