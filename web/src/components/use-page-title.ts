import { useEffect } from 'react';
import { useT } from '../i18n/use-t';

/** Sets the document title (read first by screen readers and shown in tabs) in the current language. */
export function usePageTitle(title: string | undefined) {
  const t = useT();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.fullName');
  }, [title, t]);
}
