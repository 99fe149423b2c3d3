import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Table } from 'antd';
import { useState } from 'react';
import { useCan } from '../../access/can';
import type { UserSummary } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { adminKeys } from '../api/keys';
import { type UserListQuery, usersApi } from '../api/users';
import { OrgTreeSelect } from '../components/OrgTreeSelect';
import { useAdminT } from '../i18n/use-admin-t';
import { UserCreateModal } from './UserCreateModal';
import { UserDrawer } from './UserDrawer';
import { UserStateTags } from './UserStateTags';
import { pagedTableProps } from '../components/paged-table';

/** /workbench/admin/users — the users within the administrator's scope, by organisation and keyword. */
export default function UsersPage() {
  const t = useT();
  const ta = useAdminT();
  const fmt = useFormat();
  const can = useCan();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ orgId?: string; q?: string }>();
  const [query, setQuery] = useState<UserListQuery>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useQuery({
    queryKey: [...adminKeys.users, 'list', query],
    queryFn: () => usersApi.list(query),
    placeholderData: (prev) => prev,
  });
  const reload = () => void queryClient.invalidateQueries({ queryKey: [...adminKeys.users, 'list'] });

  return (
    <>
      <PageHeading
        title={ta('menu.users')}
        extra={
          can('identity.user.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {ta('user.create')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Form
          form={form}
          name="user-filters"
          layout="inline"
          aria-label={ta('filter.title')}
          onFinish={(f) => setQuery({ ...query, orgId: f.orgId, q: f.q?.trim() || undefined, page: 1 })}
        >
          <Form.Item name="orgId" label={ta('user.org')} style={{ minWidth: 280 }}>
            <OrgTreeSelect allowClear />
          </Form.Item>
          <Form.Item name="q" label={ta('filter.q')}>
            <Input placeholder={ta('user.qPlaceholder')} allowClear />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
        <Table<UserSummary>
          rowKey="id"
          {...pagedTableProps(list, query, setQuery, (n) => ta('list.total', { n }))}
          scroll={{ x: 900 }}
          columns={[
            {
              key: 'username',
              title: ta('user.username'),
              render: (_, u) => (
                <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(u.id)}>
                  {u.username}
                </Button>
              ),
            },
            { key: 'name', title: ta('user.displayName'), dataIndex: 'displayName' },
            { key: 'org', title: ta('user.org'), dataIndex: 'orgName' },
            { key: 'phone', title: ta('user.phone'), render: (_, u) => u.phoneMasked ?? '—' },
            { key: 'state', title: ta('user.state'), render: (_, u) => <UserStateTags user={u} /> },
            {
              key: 'last',
              title: ta('user.lastLogin'),
              render: (_, u) => (u.lastLoginAt ? fmt.dateTime(u.lastLoginAt) : ta('user.never')),
            },
          ]}
        />
      </div>
      <UserCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          reload();
        }}
      />
      <UserDrawer userId={openId} onClose={() => setOpenId(null)} onChanged={reload} />
    </>
  );
}
