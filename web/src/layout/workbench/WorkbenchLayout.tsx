import './workbench.css';
import { DashboardOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Layout, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { mainContentId, SkipLink } from '../../components/SkipLink';
import { useT } from '../../i18n/use-t';
import { NotificationBell } from '../../workbench-todo/NotificationBell';
import { AssignmentSwitcher } from './AssignmentSwitcher';
import { SideMenu } from './SideMenu';
import { UserMenu } from './UserMenu';
import { WorkbenchBreadcrumb } from './WorkbenchBreadcrumb';

/** Staff workbench: side menu from the module manifests, header with role switcher and user menu. */
export function WorkbenchLayout() {
  const t = useT();
  const [collapsed, setCollapsed] = useState(false);
  const toggleLabel = collapsed ? t('workbench.expand') : t('workbench.collapse');

  return (
    <Layout className="tp-workbench" hasSider>
      <SkipLink />
      <Layout.Sider width={232} collapsedWidth={64} collapsed={collapsed} breakpoint="lg" onBreakpoint={setCollapsed} trigger={null}>
        <Link to="/workbench" className="tp-brand" aria-label={collapsed ? `${t('app.name')} · ${t('app.workbench')}` : undefined}>
          <img src="/favicon.svg" alt="" width={32} height={32} />
          {!collapsed && <span>{`${t('app.name')} · ${t('app.workbench')}`}</span>}
        </Link>
        <nav aria-label={t('workbench.nav')} id="workbench-nav">
          <SideMenu />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="tp-wb-header" role="banner">
          <Tooltip title={toggleLabel}>
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed(!collapsed)}
              aria-label={toggleLabel}
              aria-expanded={!collapsed}
              aria-controls="workbench-nav"
            />
          </Tooltip>
          <div className="tp-grow">
            <AssignmentSwitcher />
          </div>
          <Link to="/cockpit" className="tp-wb-cockpit" aria-label={t('workbench.cockpit')}>
            <DashboardOutlined aria-hidden /> <span className="tp-wb-cockpit-text">{t('workbench.cockpit')}</span>
          </Link>
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu />
        </Layout.Header>
        <Layout.Content id={mainContentId} tabIndex={-1} className="tp-wb-content">
          <WorkbenchBreadcrumb />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
