import { useCallback } from 'react';
import { isMessageKey, useT } from '../i18n/use-t';

/**
 * A readable label for an audit action: the core's known actions by name
 * (`org.organisation.move` → 移动机构), other modules' by their verb (`…create` → 新建),
 * anything else as written, so nothing is hidden.
 */
export function useActionLabel(): (action: string) => string {
  const t = useT();
  return useCallback(
    (action: string) => {
      const full = `audit.action.${action}`;
      if (isMessageKey(full)) return t(full);
      const verb = `audit.verb.${action.split('.').pop() ?? ''}`;
      return isMessageKey(verb) ? t(verb) : action;
    },
    [t],
  );
}
