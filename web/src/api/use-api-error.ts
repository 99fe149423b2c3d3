import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useLocale } from '../i18n/locale-context';
import { isApiError } from './api-error';
import { applyFieldErrors } from './form-errors';

/**
 * `onError(err, form?)`: shows an API error in the current language. With a form, field
 * errors go under their fields and only what no field can show becomes a toast.
 */
export function useApiErrorHandler() {
  const { message } = App.useApp();
  const { locale } = useLocale();
  return useCallback(
    (err: unknown, form?: FormInstance) => {
      if (!isApiError(err)) {
        message.error(err instanceof Error ? err.message : String(err));
        return;
      }
      if (err.redirected) return;
      if (form && (err.issues.length || err.field)) {
        const unplaced = applyFieldErrors(form, err, locale);
        if (unplaced.length === 0) return;
      }
      message.error(err.text(locale));
    },
    [message, locale],
  );
}
