import { Spin } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { QueryError } from '../components/QueryError';
import { useT } from '../i18n/use-t';
import { StaffContext } from './can';
import { useMe } from './use-me';

interface Props {
  /** Defaults to the nested routes (`<Outlet />`). */
  children?: ReactNode;
  /** The password-change and second-factor pages themselves must stay reachable. */
  allowPendingSteps?: boolean;
}

/**
 * Guards staff pages: not signed in → /login?next=…, password change or second factor
 * outstanding → those pages first. Provides the session to `useStaff()` / `useCan()`.
 */
export function RequireStaff({ children, allowPendingSteps = false }: Props) {
  const t = useT();
  const location = useLocation();
  const meQuery = useMe();
  const me = meQuery.data;
  const session = useMemo(() => (me ? { me, permissions: new Set(me.permissions) } : null), [me]);

  if (meQuery.isPending) {
    return (
      <div className="tp-center-fill" role="status">
        <Spin size="large" description={t('common.loading')} />
      </div>
    );
  }
  if (meQuery.isError) return <QueryError error={meQuery.error} onRetry={() => meQuery.refetch()} />;
  if (!me || !session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (!allowPendingSteps && me.user.mustChangePassword) return <Navigate to="/change-password" replace />;
  if (!allowPendingSteps && me.user.totpRequired && !me.user.totpEnabled) return <Navigate to="/totp-setup" replace />;
  return <StaffContext.Provider value={session}>{children ?? <Outlet />}</StaffContext.Provider>;
}
