import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../i18n/use-t';

/** Last resort for a page that failed to render or whose code chunk failed to load. */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main id="main-content" className="tp-center-fill">
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t('notFound.title') : t('error.pageCrashed')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.refresh')}
          </Button>
        }
      />
    </main>
  );
}
