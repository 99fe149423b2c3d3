import { Spin } from 'antd';
import { type ComponentType, type LazyExoticComponent, Suspense } from 'react';
import { useT } from '../i18n/use-t';

export function PageLoading() {
  const t = useT();
  return (
    <div className="tp-center-fill" role="status" aria-live="polite">
      <Spin size="large" description={t('common.loading')} />
    </div>
  );
}

/** Renders a code-split page, with a spinner while its chunk loads. */
export function Lazy({ page: Page }: { page: LazyExoticComponent<ComponentType> }) {
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}
