import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Form, Popconfirm, Select, Table } from 'antd';
import { allowed, useCan } from '../../access/can';
import type { Assignment, DataScope, UserDetail } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { adminKeys } from '../api/keys';
import { rolesApi } from '../api/roles';
import { usersApi } from '../api/users';
import { OrgTreeSelect } from '../components/OrgTreeSelect';
import { ScopeSelect } from '../components/ScopeSelect';
import { useAdminT } from '../i18n/use-admin-t';

interface Values {
  roleId: string;
  orgId: string;
  scope: DataScope;
}

/** A user's roles: each held in an organisation with a data scope; grant (POST) and remove (DELETE). */
export function UserAssignments({ user, onChanged }: { user: UserDetail; onChanged(): void }) {
  const t = useT();
  const ta = useAdminT();
  const { locale } = useLocale();
  const can = useCan();
  const canAssign = allowed(user.abilities, 'canAssign', can('identity.role.assign'));
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const roles = useQuery({ queryKey: adminKeys.roles, queryFn: rolesApi.list, enabled: canAssign });

  const add = useMutation({
    mutationFn: (v: Values) => usersApi.addAssignment(user.id, v),
    onSuccess: () => {
      message.success(ta('assign.added'));
      form.resetFields();
      onChanged();
    },
    onError: (e) => onError(e, form),
  });
  const remove = useMutation({
    mutationFn: (a: Assignment) => usersApi.removeAssignment(user.id, a.id),
    onSuccess: () => {
      message.success(ta('assign.removed'));
      onChanged();
    },
    onError: (e) => onError(e),
  });

  const roleName = (a: Assignment) => (locale === 'en' ? a.roleNameEn || a.roleName : a.roleName);

  return (
    <div className="tp-stack">
      <Table<Assignment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={user.assignments}
        locale={{ emptyText: ta('assign.none') }}
        columns={[
          { key: 'role', title: ta('assign.role'), render: (_, a) => roleName(a) },
          { key: 'org', title: ta('assign.org'), dataIndex: 'orgName' },
          { key: 'scope', title: ta('assign.scope'), render: (_, a) => t(`scope.${a.scope}`) },
          ...(canAssign
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, a: Assignment) => (
                    <Popconfirm
                      title={ta('assign.removeConfirm')}
                      okText={t('common.ok')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => remove.mutateAsync(a).catch(() => undefined)}
                    >
                      <Button type="link" danger style={{ padding: 0 }}>
                        {ta('assign.remove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canAssign && roles.isError && <QueryError error={roles.error} onRetry={() => roles.refetch()} />}
      {canAssign && (
        <Form
          form={form}
          name="assignment-add"
          layout="vertical"
          initialValues={{ orgId: user.orgId, scope: 'own' }}
          onFinish={(v) => add.mutate(v)}
        >
          <Form.Item name="roleId" label={ta('assign.role')} rules={[{ required: true, message: ta('assign.roleRequired') }]}>
            <Select
              loading={roles.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              options={(roles.data ?? []).map((r) => ({ value: r.id, label: locale === 'en' ? r.nameEn || r.name : r.name }))}
            />
          </Form.Item>
          <Form.Item name="orgId" label={ta('assign.org')} rules={[{ required: true, message: ta('user.orgRequired') }]}>
            <OrgTreeSelect valueLabel={user.orgName} />
          </Form.Item>
          <Form.Item name="scope" label={ta('assign.scope')} rules={[{ required: true, message: ta('assign.scopeRequired') }]}>
            <ScopeSelect />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {ta('assign.add')}
          </Button>
        </Form>
      )}
    </div>
  );
}
