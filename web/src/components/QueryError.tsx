import { Alert, Button } from 'antd';
import { isApiError } from '../api/api-error';
import { useLocale } from '../i18n/locale-context';
import { useT } from '../i18n/use-t';

/** An inline error for a failed query, in the current language, with the request id to quote. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  if (isApiError(error) && error.redirected) return null;
  const text = isApiError(error) ? error.text(locale) : error instanceof Error ? error.message : t('error.loadFailed');
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('error.loadFailed')}
      description={requestId ? `${text}（${t('error.requestId', { id: requestId })}）` : text}
      action={onRetry ? <Button onClick={onRetry}>{t('common.refresh')}</Button> : undefined}
    />
  );
}
