import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Badge, Button, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ApiToken } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { PageHeading } from '../../components/PageHeading';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { adminKeys } from '../api/keys';
import { tokensApi } from '../api/tokens';
import { useAdminT } from '../i18n/use-admin-t';
import { TokenCreateModal } from './TokenCreateModal';

type TokenState = 'active' | 'revoked' | 'expired';

function tokenState(token: ApiToken, now = Date.now()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** /workbench/admin/tokens — API tokens for other systems: list, create (secret shown once), revoke. */
export default function TokensPage() {
  const t = useT();
  const ta = useAdminT();
  const fmt = useFormat();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: adminKeys.tokens, queryFn: tokensApi.list });
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => tokensApi.revoke(token.id),
    onSuccess: () => {
      message.success(ta('token.revokedDone'));
      void list.refetch();
    },
    onError: (e) => onError(e),
  });

  return (
    <>
      <PageHeading
        title={ta('menu.tokens')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {ta('token.create')}
          </Button>
        }
      />
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      <Table<ApiToken>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data}
        scroll={{ x: 1000 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (tk) => (
            <div>
              <Typography.Text strong>{ta('token.permissions')}：</Typography.Text>
              {tk.permissions.map((p) => (
                <Typography.Text code key={p}>
                  {p}
                </Typography.Text>
              ))}
            </div>
          ),
        }}
        columns={[
          { key: 'name', title: ta('token.name'), dataIndex: 'name' },
          { key: 'prefix', title: ta('token.prefix'), render: (_, tk) => <Typography.Text code>{`tp_${tk.prefix}_…`}</Typography.Text> },
          { key: 'org', title: ta('token.org'), dataIndex: 'orgName' },
          { key: 'scope', title: ta('token.scope'), render: (_, tk) => t(`scope.${tk.scope}`) },
          {
            key: 'state',
            title: ta('token.state'),
            render: (_, tk) => {
              const state = tokenState(tk);
              return <Badge status={state === 'active' ? 'success' : 'default'} text={ta(`token.${state}`)} />;
            },
          },
          { key: 'expires', title: ta('token.expiresAt'), render: (_, tk) => (tk.expiresAt ? fmt.date(tk.expiresAt) : '—') },
          {
            key: 'used',
            title: ta('token.lastUsed'),
            render: (_, tk) => (tk.lastUsedAt ? fmt.dateTime(tk.lastUsedAt) : ta('token.never')),
          },
          { key: 'created', title: ta('token.createdAt'), render: (_, tk) => fmt.dateTime(tk.createdAt) },
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_, tk) =>
              tokenState(tk) !== 'revoked' && (
                <Popconfirm
                  title={ta('token.revokeConfirm', { name: tk.name })}
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => revoke.mutateAsync(tk).catch(() => undefined)}
                >
                  <Button type="link" danger style={{ padding: 0 }}>
                    {ta('token.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <TokenCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          void list.refetch();
        }}
      />
    </>
  );
}
