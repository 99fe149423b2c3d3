import { Alert, App } from 'antd';
import { useCallback } from 'react';
import { CopyableSecret } from '../../components/CopyableSecret';
import { useT } from '../../i18n/use-t';

/** Shows a one-time value (initial password, token secret) in a modal with a copy button. */
export function useShowSecret() {
  const { modal } = App.useApp();
  const t = useT();
  return useCallback(
    (opts: { title: string; label: string; value: string; notice: string }) =>
      modal.success({
        title: opts.title,
        width: 560,
        okText: t('common.close'),
        content: (
          <div className="tp-stack">
            <Alert type="warning" showIcon title={opts.notice} />
            <div>
              <div>{opts.label}</div>
              <CopyableSecret value={opts.value} label={opts.label} />
            </div>
          </div>
        ),
      }),
    [modal, t],
  );
}
