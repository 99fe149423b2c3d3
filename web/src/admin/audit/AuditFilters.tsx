import { Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../i18n/use-t';
import { useAdminT } from '../i18n/use-admin-t';

export interface AuditFilterValues {
  actorName?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

interface FormValues {
  actorName?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function trimmed(v?: string): string | undefined {
  return v?.trim() || undefined;
}

/** Actor, entity type and id, action (or its prefix) and a date range (whole local days) for GET /audit/events. */
export function AuditFilters({ onSearch }: { onSearch(filters: AuditFilterValues): void }) {
  const t = useT();
  const ta = useAdminT();
  const [form] = Form.useForm<FormValues>();
  const submit = (v: FormValues) =>
    onSearch({
      actorName: trimmed(v.actorName),
      entityType: trimmed(v.entityType),
      entityId: trimmed(v.entityId),
      action: trimmed(v.action),
      from: v.range?.[0]?.startOf('day').toISOString(),
      // `to` is exclusive: the start of the day after the last chosen day.
      to: v.range?.[1]?.add(1, 'day').startOf('day').toISOString(),
    });

  return (
    <Form form={form} name="audit-filters" layout="inline" aria-label={ta('filter.title')} onFinish={submit} style={{ rowGap: 12 }}>
      <Form.Item name="actorName" label={ta('audit.actorName')}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="entityType" label={ta('audit.entityType')}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="entityId" label={ta('audit.entityId')}>
        <Input allowClear />
      </Form.Item>
      <Form.Item name="action" label={ta('audit.action')}>
        <Input allowClear placeholder="org.organisation.update" />
      </Form.Item>
      <Form.Item name="range" label={ta('audit.range')}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t('common.search')}
      </Button>
      <Button
        onClick={() => {
          form.resetFields();
          submit({});
        }}
      >
        {t('common.reset')}
      </Button>
    </Form>
  );
}
