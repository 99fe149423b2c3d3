import { useQuery } from '@tanstack/react-query';
import { Descriptions, Table, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../access/can';
import { parseDiff } from '../../api/audit';
import type { AuditEvent } from '../../api/types';
import { AuditDiffTable } from '../../components/AuditDiffTable';
import { PageHeading } from '../../components/PageHeading';
import { QueryError } from '../../components/QueryError';
import { useActionLabel } from '../../components/use-action-label';
import { useFormat } from '../../i18n/format';
import { adminKeys } from '../api/keys';
import { type AuditQuery, auditApi } from '../api/audit';
import { useAdminT } from '../i18n/use-admin-t';
import { AuditFilters } from './AuditFilters';
import { VerifyChain } from './VerifyChain';
import { pagedTableProps } from '../components/paged-table';

function EventDetail({ event }: { event: AuditEvent }) {
  const ta = useAdminT();
  return (
    <div className="tp-stack">
      <AuditDiffTable diff={parseDiff(event.diff)} caption={ta('audit.diff')} />
      <Descriptions
        size="small"
        column={{ xs: 1, lg: 2 }}
        items={[
          { key: 'seq', label: ta('audit.seq'), children: event.seq },
          { key: 'actorType', label: ta('audit.actorType'), children: event.actorType },
          { key: 'request', label: ta('audit.requestId'), children: event.requestId ?? '—' },
          { key: 'ua', label: ta('audit.userAgent'), children: event.userAgent ?? '—' },
        ]}
      />
    </div>
  );
}

/** /workbench/admin/audit — search the audit log (newest first), expand a row for its difference. */
export default function AuditPage() {
  const ta = useAdminT();
  const fmt = useFormat();
  const can = useCan();
  const actionLabel = useActionLabel();
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  const list = useQuery({
    queryKey: [...adminKeys.audit, 'events', query],
    queryFn: () => auditApi.events(query),
    placeholderData: (prev) => prev,
  });

  return (
    <>
      <PageHeading title={ta('menu.audit')} extra={can('audit.chain.verify') && <VerifyChain />} />
      <div className="tp-stack">
        <AuditFilters onSearch={(f) => setQuery({ ...f, page: 1, pageSize: query.pageSize })} />
        {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
        <Table<AuditEvent>
          rowKey="id"
          size="small"
          {...pagedTableProps(list, query, setQuery, (n) => ta('list.total', { n }))}
          scroll={{ x: 1000 }}
          expandable={{ expandedRowRender: (e) => <EventDetail event={e} /> }}
          columns={[
            {
              key: 'time',
              title: ta('audit.time'),
              render: (_, e) => <time dateTime={e.occurredAt}>{fmt.dateTime(e.occurredAt, true)}</time>,
            },
            { key: 'actor', title: ta('audit.actorName'), render: (_, e) => e.actorName ?? e.actorType },
            {
              key: 'action',
              title: ta('audit.action'),
              render: (_, e) => (
                <span>
                  {actionLabel(e.action)} <Typography.Text code>{e.action}</Typography.Text>
                </span>
              ),
            },
            { key: 'org', title: ta('audit.org'), render: (_, e) => e.orgName ?? '—' },
            { key: 'entityType', title: ta('audit.entityType'), dataIndex: 'entityType' },
            { key: 'entityId', title: ta('audit.entityId'), render: (_, e) => e.entityId ?? '—' },
            { key: 'reason', title: ta('audit.reason'), render: (_, e) => e.reason ?? '—' },
            { key: 'ip', title: ta('audit.ip'), render: (_, e) => e.ip ?? '—' },
          ]}
        />
      </div>
    </>
  );
}
