import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Select, Typography } from 'antd';
import { useStaff } from '../../access/can';
import { meQueryKey } from '../../access/use-me';
import { authApi } from '../../api/auth';
import type { Assignment } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';

function useAssignmentLabel() {
  const { locale } = useLocale();
  return (a: Assignment) => `${a.orgName} · ${locale === 'en' ? a.roleNameEn || a.roleName : a.roleName}`;
}

/** Which organisation and role the user is acting as (POST /api/auth/switch); data is refetched after. */
export function AssignmentSwitcher() {
  const { me } = useStaff();
  const t = useT();
  const label = useAssignmentLabel();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();

  const switchTo = useMutation({
    mutationFn: authApi.switchAssignment,
    onSuccess: async (next) => {
      queryClient.setQueryData(meQueryKey, next);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      const active = next.assignments.find((a) => a.id === next.activeAssignmentId);
      if (active) message.success(t('workbench.switched', { org: active.orgName, role: label(active).split(' · ')[1] ?? '' }));
    },
    onError: (e) => onError(e),
  });

  if (me.assignments.length === 0) return null;
  if (me.assignments.length === 1) {
    const only = me.assignments[0]!;
    return <Typography.Text ellipsis>{label(only)}</Typography.Text>;
  }
  return (
    <Select
      aria-label={t('workbench.switch')}
      value={me.activeAssignmentId ?? undefined}
      loading={switchTo.isPending}
      disabled={switchTo.isPending}
      onChange={(id: string) => switchTo.mutate(id)}
      popupMatchSelectWidth={false}
      style={{ maxWidth: 360, minWidth: 200 }}
      options={me.assignments.map((a) => ({ value: a.id, label: label(a) }))}
    />
  );
}
