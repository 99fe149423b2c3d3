import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { type Access, useCan } from '../access/can';
import { isApiError } from '../api/api-error';
import { auditTimelineApi, parseDiff } from '../api/audit';
import { useFormat } from '../i18n/format';
import { useT } from '../i18n/use-t';
import { AuditDiffTable } from './AuditDiffTable';
import { QueryError } from './QueryError';
import { useActionLabel } from './use-action-label';

interface Props {
  entityType: string;
  entityId: string;
  /** Who may read this history; the core timeline needs the audit-reading permission. */
  access?: Access;
  /** Heading level of the "变更记录" title inside the host page. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The audit history of one record (GET /api/audit/entity/:type/:id), shown newest first.
 * Modules drop it into their detail pages: `<EntityTimeline entityType="organisation" entityId={id} />`.
 */
export function EntityTimeline({ entityType, entityId, access = 'audit.event.read', headingLevel = 3 }: Props) {
  const t = useT();
  const fmt = useFormat();
  const actionLabel = useActionLabel();
  const canRead = useCan()(access);
  const query = useQuery({
    queryKey: ['audit', 'entity', entityType, entityId],
    queryFn: () => auditTimelineApi.entity(entityType, entityId),
    enabled: canRead,
  });
  const events = query.data ? [...query.data.items].reverse() : undefined;

  // No right to see this record's history: the host page simply shows none.
  if (!canRead || (isApiError(query.error) && query.error.status === 403)) return null;

  return (
    <section aria-label={t('timeline.title')} className="tp-timeline">
      <Typography.Title level={headingLevel}>{t('timeline.title')}</Typography.Title>
      {query.isPending && <Skeleton active />}
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {events && events.length === 0 && <Empty description={t('timeline.empty')} />}
      {events && events.length > 0 && (
        <Timeline
          items={events.map((e) => ({
            key: e.id,
            title: <time dateTime={e.occurredAt}>{fmt.dateTime(e.occurredAt, true)}</time>,
            content: (
              <div>
                <Typography.Text strong>
                  {t('timeline.by', { actor: e.actorName ?? e.actorType, action: actionLabel(e.action) })}
                </Typography.Text>
                {e.reason && (
                  <div>
                    {t('common.reason')}：{e.reason}
                  </div>
                )}
                <AuditDiffTable diff={parseDiff(e.diff)} />
              </div>
            ),
          }))}
        />
      )}
      {query.data?.truncated && <Typography.Paragraph type="secondary">{t('timeline.truncated')}</Typography.Paragraph>}
    </section>
  );
}
