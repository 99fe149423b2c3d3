import { citizenInboxPath, serviceChannelLabels, type InboxItem } from '@tianping/common/contract/service';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, List, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { portalApi } from '../../api/portal';
import { useApiErrorHandler } from '../../api/use-api-error';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../components/use-page-title';
import { useFormat } from '../../i18n/format';
import { useLocalText } from '../../i18n/locale-context';
import { useT } from '../../i18n/use-t';
import { useCitizen } from '../../layout/portal/use-citizen';

const inboxQueryKey = ['citizen', 'inbox'] as const;

/**
 * /portal/inbox — the documents served on the signed-in citizen (GET /citizen/inbox). Opening an
 * unacknowledged document first acknowledges it (POST …/acknowledge, CSRF-protected, after the
 * citizen confirms, because it completes the service), then the browser opens the file (GET …/file).
 */
export default function CitizenInboxPage() {
  const t = useT();
  const text = useLocalText();
  const { dateTime } = useFormat();
  const { citizen, isLoading } = useCitizen();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const onError = useApiErrorHandler();
  usePageTitle(t('inbox.title'));
  const inbox = useQuery({ queryKey: inboxQueryKey, queryFn: portalApi.inbox, enabled: Boolean(citizen) });
  const acknowledge = useMutation({
    mutationFn: portalApi.acknowledge,
    onSuccess: (item) => {
      queryClient.setQueryData<{ items: InboxItem[] }>(inboxQueryKey, (old) =>
        old ? { items: old.items.map((i) => (i.id === item.id ? item : i)) } : old,
      );
      message.success(t('inbox.acknowledged'));
      window.location.assign(portalApi.documentUrl(item.id));
    },
    onError: (e) => onError(e),
  });

  const confirmAndOpen = (item: InboxItem) =>
    modal.confirm({
      title: t('inbox.confirmTitle', { name: item.fileName }),
      content: t('inbox.confirmText'),
      okText: t('inbox.acknowledge'),
      onOk: () => acknowledge.mutateAsync(item.id).catch(() => undefined),
    });

  const heading = (
    <>
      <Typography.Title level={1} style={{ fontSize: '1.5em' }}>
        {t('inbox.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('inbox.intro')}</Typography.Paragraph>
    </>
  );

  if (isLoading) return <Skeleton active />;
  if (!citizen) {
    return (
      <>
        {heading}
        <Alert
          type="info"
          showIcon
          message={t('inbox.signIn')}
          action={<Link to={`/portal/login?next=${encodeURIComponent(citizenInboxPath)}`}>{t('portal.citizenLogin')}</Link>}
        />
      </>
    );
  }

  return (
    <>
      {heading}
      {inbox.isError && <QueryError error={inbox.error} onRetry={() => inbox.refetch()} />}
      <List<InboxItem>
        loading={inbox.isPending}
        dataSource={inbox.data?.items}
        locale={{ emptyText: t('inbox.empty') }}
        renderItem={(item) => (
          <List.Item
            actions={[
              item.acknowledgedAt ? (
                <a key="view" href={portalApi.documentUrl(item.id)}>
                  {t('inbox.view')}
                </a>
              ) : (
                <Button
                  key="acknowledge"
                  type="primary"
                  loading={acknowledge.isPending && acknowledge.variables === item.id}
                  onClick={() => confirmAndOpen(item)}
                >
                  {t('inbox.acknowledge')}
                </Button>
              ),
            ]}
          >
            <List.Item.Meta
              title={item.fileName}
              description={
                <>
                  <div>
                    {t('inbox.issuer')}：{item.issuer ?? '—'} · {t('inbox.channel')}：{text(serviceChannelLabels[item.channel])}
                  </div>
                  <div>
                    {t('inbox.sentAt')}：{dateTime(item.sentAt)}{' '}
                    {item.acknowledgedAt ? (
                      <Tag color="success">{t('inbox.acknowledgedAt', { at: dateTime(item.acknowledgedAt) })}</Tag>
                    ) : (
                      <Tag color="warning">{t('inbox.pending')}</Tag>
                    )}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
