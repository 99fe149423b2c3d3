import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/** The filters every case list has: paging, a keyword, a deadline filter and the received-date range. */
export interface CaseListFilterBase {
  page: number;
  pageSize: number;
  q?: string;
  deadline?: 'overdue' | 'dueSoon';
  receivedFrom?: string;
  receivedTo?: string;
}

/** The module dictionary's strings the form names (each module's `filter.*` keys). */
export type CaseFilterKey =
  | 'filter.title'
  | 'filter.q'
  | 'filter.qPlaceholder'
  | 'filter.deadline'
  | 'filter.overdue'
  | 'filter.dueSoon'
  | 'filter.receivedFrom'
  | 'filter.receivedTo';

const day = (v?: string) => (v ? dayjs(v) : undefined);
const iso = (v?: Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined);

interface Props<F extends CaseListFilterBase> {
  /** The form's name (ids of its fields) and class. */
  name: string;
  className?: string;
  value: F;
  onChange(q: F): void;
  tr(key: CaseFilterKey): string;
  /** What the list keeps from `value` when searching again (filters set elsewhere, e.g. from the URL). */
  keep?: Partial<F>;
  /** The module's own filters (`<Form.Item name=…>`), after the keyword. */
  children?: ReactNode;
  /** Filters after the deadline filter. */
  afterDeadline?: ReactNode;
}

/**
 * The case list's filter form (inline; one column on a phone): keyword, the module's own filters,
 * deadline, received from/to, search and reset. Submitting starts again at page 1.
 */
export function CaseListFilterForm<F extends CaseListFilterBase>({
  name,
  className,
  value,
  onChange,
  tr,
  keep,
  children,
  afterDeadline,
}: Props<F>) {
  const t = useT();
  const [form] = Form.useForm<Record<string, unknown>>();

  useEffect(() => {
    form.setFieldsValue({
      ...(value as Record<string, unknown>),
      receivedFrom: day(value.receivedFrom),
      receivedTo: day(value.receivedTo),
    });
  }, [form, value]);

  const submit = ({ q, receivedFrom, receivedTo, ...own }: Record<string, unknown>) =>
    onChange({
      ...own,
      ...keep,
      page: 1,
      pageSize: value.pageSize,
      q: (q as string | undefined)?.trim() || undefined,
      receivedFrom: iso(receivedFrom as Dayjs | null | undefined),
      receivedTo: iso(receivedTo as Dayjs | null | undefined),
    } as F);

  return (
    <Form form={form} name={name} layout="inline" aria-label={tr('filter.title')} onFinish={submit} className={className}>
      <Form.Item name="q" label={tr('filter.q')}>
        <Input placeholder={tr('filter.qPlaceholder')} allowClear style={{ width: 220 }} />
      </Form.Item>
      {children}
      <Form.Item name="deadline" label={tr('filter.deadline')}>
        <Select
          allowClear
          style={{ width: 120 }}
          options={[
            { value: 'overdue', label: tr('filter.overdue') },
            { value: 'dueSoon', label: tr('filter.dueSoon') },
          ]}
        />
      </Form.Item>
      {afterDeadline}
      <Form.Item name="receivedFrom" label={tr('filter.receivedFrom')}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="receivedTo" label={tr('filter.receivedTo')}>
        <DatePicker />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({ page: 1, pageSize: value.pageSize } as F);
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
