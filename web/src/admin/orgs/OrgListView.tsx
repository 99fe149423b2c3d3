import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import type { Org } from '../../api/types';
import { QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n/use-t';
import { adminKeys } from '../api/keys';
import { type OrgListQuery, orgsApi } from '../api/orgs';
import { useOrgTypes } from '../components/use-org-types';
import { useAdminT } from '../i18n/use-admin-t';
import { pagedTableProps } from '../components/paged-table';

interface Filters {
  type?: string;
  q?: string;
  includeInactive?: boolean;
}

/** GET /orgs with type / keyword filters and pagination; a name opens the organisation. */
export function OrgListView({ onOpen }: { onOpen(id: string): void }) {
  const t = useT();
  const ta = useAdminT();
  const { options, typeLabel } = useOrgTypes();
  const [form] = Form.useForm<Filters>();
  const [query, setQuery] = useState<OrgListQuery>({ page: 1, pageSize: 20 });
  const list = useQuery({
    queryKey: [...adminKeys.orgs, 'list', query],
    queryFn: () => orgsApi.list(query),
    placeholderData: (prev) => prev,
  });

  return (
    <div className="tp-stack">
      <Form
        form={form}
        name="org-filters"
        layout="inline"
        aria-label={ta('filter.title')}
        onFinish={(f) => setQuery({ ...query, ...f, q: f.q?.trim() || undefined, page: 1 })}
      >
        <Form.Item name="type" label={ta('org.type')}>
          <Select allowClear options={options} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="q" label={ta('filter.q')}>
          <Input placeholder={ta('org.qPlaceholder')} allowClear />
        </Form.Item>
        <Form.Item name="includeInactive" valuePropName="checked">
          <Checkbox>{ta('org.includeInactive')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form>
      {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
      <Table<Org>
        rowKey="id"
        {...pagedTableProps(list, query, setQuery, (n) => ta('list.total', { n }))}
        scroll={{ x: 800 }}
        columns={[
          {
            key: 'name',
            title: ta('org.name'),
            render: (_, o) => (
              <Button type="link" onClick={() => onOpen(o.id)} style={{ padding: 0 }}>
                {o.name}
              </Button>
            ),
          },
          { key: 'code', title: ta('org.code'), dataIndex: 'code' },
          { key: 'type', title: ta('org.type'), render: (_, o) => typeLabel(o) },
          { key: 'region', title: ta('org.region'), dataIndex: 'regionName' },
          { key: 'parent', title: ta('org.parent'), render: (_, o) => o.parentName ?? '—' },
          { key: 'status', title: t('common.status'), render: (_, o) => <StatusBadge active={o.active} /> },
        ]}
      />
    </div>
  );
}
