import { useT } from '../i18n/use-t';

export const mainContentId = 'main-content';

/** First focusable element of every layout: jumps keyboard users past the navigation. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="tp-skip-link" href={`#${mainContentId}`}>
      {t('a11y.skipToMain')}
    </a>
  );
}
