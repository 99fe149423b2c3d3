import { mobilePattern } from '@tianping/common/validation/phone';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Table } from 'antd';
import { useState } from 'react';
import type { SmsMessage } from '../../api/types';
import { PageHeading } from '../../components/PageHeading';
import { QueryError } from '../../components/QueryError';
import { useFormat } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { adminKeys } from '../api/keys';
import { smsApi } from '../api/sms';
import { useAdminT } from '../i18n/use-admin-t';
import { pagedTableProps } from '../components/paged-table';

/** /workbench/admin/sms — messages handed to the SMS gateway, newest first, filtered by full phone number. */
export default function SmsOutboxPage() {
  const t = useT();
  const ta = useAdminT();
  const fmt = useFormat();
  const [form] = Form.useForm<{ phone?: string }>();
  const [query, setQuery] = useState<{ phone?: string; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const list = useQuery({ queryKey: [...adminKeys.sms, query], queryFn: () => smsApi.outbox(query), placeholderData: (prev) => prev });

  return (
    <>
      <PageHeading title={ta('menu.sms')} />
      <div className="tp-stack">
        <Form
          form={form}
          name="sms-filters"
          layout="inline"
          aria-label={ta('filter.title')}
          onFinish={(v) => setQuery({ ...query, phone: v.phone?.trim() || undefined, page: 1 })}
        >
          <Form.Item name="phone" label={ta('sms.phone')} rules={[{ pattern: mobilePattern, message: ta('user.phoneInvalid') }]}>
            <Input inputMode="tel" maxLength={11} allowClear placeholder={ta('sms.phoneHint')} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button onClick={() => list.refetch()}>{t('common.refresh')}</Button>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => list.refetch()} />}
        <Table<SmsMessage>
          rowKey="id"
          size="small"
          {...pagedTableProps(list, query, setQuery, (n) => ta('list.total', { n }))}
          scroll={{ x: 800 }}
          columns={[
            { key: 'time', title: ta('sms.time'), render: (_, m) => <time dateTime={m.createdAt}>{fmt.dateTime(m.createdAt, true)}</time> },
            { key: 'phone', title: ta('sms.phone'), dataIndex: 'phoneMasked' },
            { key: 'template', title: ta('sms.template'), dataIndex: 'template' },
            { key: 'body', title: ta('sms.body'), dataIndex: 'body' },
            { key: 'status', title: ta('sms.status'), render: (_, m) => ta(`sms.status.${m.status}`) },
          ]}
        />
      </div>
    </>
  );
}
