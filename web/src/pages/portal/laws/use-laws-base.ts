import { useLocation } from 'react-router';

const portalBase = '/portal/laws';
const workbenchBase = '/workbench/laws';

/**
 * The law library is browsed from the portal and from the workbench with the same pages;
 * links stay inside whichever layout the reader is in. Server-made links (search hits)
 * point to the portal and are rebased.
 */
export function useLawsBase(): { base: string; rebase(url: string): string } {
  const { pathname } = useLocation();
  const base = pathname.startsWith('/workbench') ? workbenchBase : portalBase;
  return { base, rebase: (url) => (url.startsWith(portalBase) ? base + url.slice(portalBase.length) : url) };
}
