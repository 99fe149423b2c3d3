import { Result } from 'antd';
import type { ReactNode } from 'react';
import { usePageTitle } from '../components/use-page-title';
import { useT } from '../i18n/use-t';
import { type Access, useCan } from './can';

function Forbidden({ title, text }: { title: string; text: string }) {
  usePageTitle(title);
  return <Result status="403" title={<h1 className="tp-h1-plain">{title}</h1>} subTitle={text} />;
}

/** Renders its children only when the active role has the access; otherwise a plain 403. */
export function RequirePermission({ access, children }: { access: Access | undefined; children: ReactNode }) {
  const can = useCan();
  const t = useT();
  if (!can(access)) return <Forbidden title={t('error.forbiddenTitle')} text={t('error.forbiddenText')} />;
  return <>{children}</>;
}
