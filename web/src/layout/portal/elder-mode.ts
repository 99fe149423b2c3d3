import { useCallback, useEffect, useState } from 'react';

const storageKey = 'tp.elderMode';
/** The class on <html> that switches the portal's CSS to 长辈模式. */
export const elderModeClass = 'tp-elder';

function stored(): boolean {
  try {
    return localStorage.getItem(storageKey) === '1';
  } catch {
    return false;
  }
}

/**
 * 长辈模式 (senior mode) for the portal: persisted in the browser, reflected as a class on
 * <html> while a portal page is shown (and removed when leaving the portal).
 */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);

  useEffect(() => {
    document.documentElement.classList.toggle(elderModeClass, on);
    return () => document.documentElement.classList.remove(elderModeClass);
  }, [on]);

  const set = useCallback((next: boolean) => {
    try {
      localStorage.setItem(storageKey, next ? '1' : '0');
    } catch {
      // Storage refused (private mode): the mode still applies to this visit.
    }
    setOn(next);
  }, []);

  return [on, set];
}
