import { HomeOutlined } from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useCan } from '../../access/can';
import { useLocalText } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { webModules } from '../../modules';
import type { WebMenuItem } from '../../web-module';
import { menuTrail, visibleMenu } from './menu-items';

type Item = NonNullable<MenuProps['items']>[number];

/** The side menu: home, then every module's entries the active role may use. */
export function SideMenu() {
  const can = useCan();
  const text = useLocalText();
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  const menu = useMemo(
    () =>
      visibleMenu(
        webModules.flatMap((m) => m.menu ?? []),
        can,
      ),
    [can],
  );
  const trail = menuTrail(menu, pathname);
  const selected = trail.at(-1)?.path ?? (pathname === '/workbench' ? '/workbench' : '');
  const [openKeys, setOpenKeys] = useState<string[]>(() => trail.slice(0, -1).map((i) => i.key));

  const toItem = (item: WebMenuItem): Item =>
    item.children
      ? { key: item.key, icon: item.icon, label: text(item.label), children: item.children.map(toItem) }
      : { key: item.path ?? item.key, icon: item.icon, label: text(item.label) };

  const items: Item[] = [{ key: '/workbench', icon: <HomeOutlined />, label: t('workbench.home') }, ...menu.map(toItem)];

  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
      onClick={({ key }) => key.startsWith('/') && navigate(key)}
    />
  );
}
