import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Col, Empty, Row, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { useCan } from '../../access/can';
import type { Role } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { QueryError } from '../../components/QueryError';
import { useLocale } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { adminKeys } from '../api/keys';
import { rolesApi } from '../api/roles';
import { CategoryTag } from '../components/CategoryTag';
import { useAdminT } from '../i18n/use-admin-t';
import { RoleEditor } from './RoleEditor';

/** Selected role id, or `new` while creating one. */
type Selection = string | 'new' | null;

/** /workbench/admin/roles — roles on the left, the selected role's permission matrix on the right. */
export default function RolesPage() {
  const t = useT();
  const ta = useAdminT();
  const { locale } = useLocale();
  const can = useCan();
  const canManage = can('identity.role.manage');
  const queryClient = useQueryClient();
  const [selection, setSelection] = useState<Selection>(null);
  const roles = useQuery({ queryKey: adminKeys.roles, queryFn: rolesApi.list });
  const permissions = useQuery({ queryKey: adminKeys.permissions, queryFn: rolesApi.permissions, staleTime: Infinity });
  const selectedRole = roles.data?.find((r) => r.id === selection) ?? null;

  const onSaved = (role: Role) => {
    void queryClient.invalidateQueries({ queryKey: adminKeys.roles });
    setSelection(role.id);
  };

  return (
    <>
      <PageHeading
        title={ta('menu.roles')}
        extra={
          canManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setSelection('new')}>
              {ta('role.create')}
            </Button>
          )
        }
      />
      {roles.isError && <QueryError error={roles.error} onRetry={() => roles.refetch()} />}
      {permissions.isError && <QueryError error={permissions.error} onRetry={() => permissions.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Table<Role>
            rowKey="id"
            size="small"
            loading={roles.isPending}
            dataSource={roles.data}
            pagination={false}
            rowClassName={(r) => (r.id === selection ? 'ant-table-row-selected' : '')}
            columns={[
              {
                key: 'name',
                title: ta('role.name'),
                render: (_, r) => (
                  <Button type="link" style={{ padding: 0 }} aria-pressed={r.id === selection} onClick={() => setSelection(r.id)}>
                    {locale === 'en' ? r.nameEn || r.name : r.name}
                  </Button>
                ),
              },
              {
                key: 'category',
                title: ta('role.category'),
                render: (_, r) => (
                  <>
                    <CategoryTag category={r.category} />
                    {r.builtin && <Tag>{ta('role.builtin')}</Tag>}
                  </>
                ),
              },
              { key: 'count', title: ta('role.permissions'), render: (_, r) => ta('role.permissionCount', { n: r.permissions.length }) },
              { key: 'totp', title: ta('role.totpShort'), render: (_, r) => (r.requireTotp ? t('common.yes') : t('common.no')) },
            ]}
          />
        </Col>
        <Col xs={24} xl={16}>
          {selection === null && <Empty description={ta('role.selectHint')} />}
          {selection !== null && permissions.isPending && <Skeleton active />}
          {selection !== null && permissions.data && (selection === 'new' || selectedRole) && (
            <RoleEditor key={selection} role={selectedRole} permissions={permissions.data} canManage={canManage} onSaved={onSaved} />
          )}
        </Col>
      </Row>
    </>
  );
}
