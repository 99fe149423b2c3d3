import './bell.css';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@tianping/common/contract/notifications';
import { Badge, Button, Dropdown, Empty, List, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useFormat } from '../i18n/format';
import { useLocale } from '../i18n/locale-context';
import { useT } from '../i18n/use-t';
import { notificationPollMs, todoApi, todoKeys } from './api';

const shown = 8;

/** Workbench header: unread count (polled every 60 s) and a dropdown of the newest notifications. */
export function NotificationBell() {
  const t = useT();
  const { locale } = useLocale();
  const fmt = useFormat();
  const navigate = useNavigate();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: todoKeys.notifications,
    queryFn: () => todoApi.notifications(shown),
    refetchInterval: notificationPollMs,
  });
  const refresh = () => void client.invalidateQueries({ queryKey: todoKeys.notifications });
  const read = useMutation({ mutationFn: todoApi.markRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: todoApi.markAllRead, onSettled: refresh });
  const unread = list.data?.unread ?? 0;

  const open = (n: Notification) => {
    if (!n.readAt) read.mutate(n.id);
    if (n.link) void navigate(n.link);
  };

  const panel = (
    <div className="tp-bell-panel" role="dialog" aria-label={t('notifications.title')}>
      <div className="tp-bell-head">
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button type="link" size="small" disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
          {t('notifications.readAll')}
        </Button>
      </div>
      {list.data?.items.length ? (
        <List<Notification>
          size="small"
          dataSource={list.data.items}
          renderItem={(n) => (
            <List.Item className={n.readAt ? 'tp-bell-read' : 'tp-bell-unread'} onClick={() => open(n)} style={{ cursor: 'pointer' }}>
              <List.Item.Meta title={locale === 'en' ? n.titleEn : n.titleZh} description={fmt.dateTime(n.createdAt)} />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.none')} />
      )}
    </div>
  );

  return (
    <Dropdown trigger={['click']} popupRender={() => panel} placement="bottomRight">
      <Button type="text" aria-label={t('notifications.unread', { n: unread })}>
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined aria-hidden style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Dropdown>
  );
}
