import type { Access } from '../../access/can';
import type { WebMenuItem } from '../../web-module';

/** Keeps the entries the role may use; drops groups left empty. */
export function visibleMenu(items: readonly WebMenuItem[], can: (a: Access | undefined) => boolean): WebMenuItem[] {
  const out: WebMenuItem[] = [];
  for (const item of items) {
    if (!can(item.access)) continue;
    if (item.children) {
      const children = visibleMenu(item.children, can);
      if (children.length) out.push({ ...item, children });
    } else if (item.path) {
      out.push(item);
    }
  }
  return out;
}

function matches(path: string, pathname: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}

/** The chain of entries leading to the longest menu path that contains `pathname`. */
export function menuTrail(items: readonly WebMenuItem[], pathname: string): WebMenuItem[] {
  let best: WebMenuItem[] = [];
  const walk = (list: readonly WebMenuItem[], parents: WebMenuItem[]) => {
    for (const item of list) {
      const chain = [...parents, item];
      if (item.path && matches(item.path, pathname) && item.path.length > (best.at(-1)?.path?.length ?? 0)) best = chain;
      if (item.children) walk(item.children, chain);
    }
  };
  walk(items, []);
  return best;
}
