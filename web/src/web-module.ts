import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { Access } from './access/can';
import type { LocalText } from './i18n/locale-context';

export type LayoutName = 'workbench' | 'portal' | 'cockpit';

/** One entry of the workbench side menu; groups have children, leaves have a path. */
export interface WebMenuItem {
  key: string;
  label: LocalText;
  icon?: ReactNode;
  /** Absolute path, e.g. `/workbench/admin/orgs`. */
  path?: string;
  /** Hidden unless the active role has it; a group is hidden when no child is visible. */
  access?: Access;
  children?: WebMenuItem[];
}

/** A page a module contributes to one of the three layouts. */
export interface WebRoute {
  layout: LayoutName;
  /** Relative to the layout's base (`/workbench`, `/portal`, `/cockpit`), e.g. `admin/orgs`. */
  path: string;
  title: LocalText;
  /** Permission the page needs (staff layouts); portal pages are public when omitted. */
  access?: Access;
  page: LazyExoticComponent<ComponentType>;
}

/** What a module's `web/module.tsx` exports, listed explicitly in `web/src/modules.ts`. */
export interface WebModule {
  id: string;
  label: LocalText;
  menu?: WebMenuItem[];
  routes: WebRoute[];
}

export function defineWebModule(m: WebModule): WebModule {
  return m;
}

/** Fails at start-up on a duplicate module id or page path, like the server's module list. */
export function checkWebModules(modules: readonly WebModule[]): readonly WebModule[] {
  const ids = new Set<string>();
  const paths = new Set<string>();
  for (const m of modules) {
    if (ids.has(m.id)) throw new Error(`Duplicate web module id "${m.id}"`);
    ids.add(m.id);
    for (const r of m.routes) {
      const full = `${r.layout}:${r.path}`;
      if (paths.has(full)) throw new Error(`Web route "${full}" registered twice (module ${m.id})`);
      paths.add(full);
    }
  }
  return modules;
}
