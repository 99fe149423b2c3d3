import { type RefObject, useEffect, useRef } from 'react';

/**
 * Makes the horizontally scrolling body of the antd tables inside the returned ref's element
 * reachable by keyboard (tabindex 0, a named region), so a table without links or buttons can be
 * scrolled without a mouse (axe: scrollable-region-focusable).
 */
export function useFocusableScroll<T extends HTMLElement>(label: string): RefObject<T | null> {
  const ref = useRef<T | null>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const apply = () => {
      for (const el of root.querySelectorAll<HTMLElement>('.ant-table-content')) {
        if (!el.hasAttribute('tabindex')) {
          el.setAttribute('tabindex', '0');
          el.setAttribute('role', 'region');
          el.setAttribute('aria-label', label);
        }
      }
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
  return ref;
}
