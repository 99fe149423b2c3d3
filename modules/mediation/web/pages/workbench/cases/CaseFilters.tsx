import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { caseSourceLabels, caseSources, caseStateLabels, caseStates, disputeKindLabels, disputeKinds } from '../../../../contract/enums';
import { useT } from '../../../../../../web/src/i18n/use-t';
import { useEnumOptions } from '../../../components/CaseStateTag';
import { useMedT } from '../../../i18n';
import type { CaseListFilters } from './list-query';

interface Values {
  state?: CaseListFilters['state'];
  kind?: CaseListFilters['kind'];
  source?: CaseListFilters['source'];
  deadline?: CaseListFilters['deadline'];
  q?: string;
  receivedFrom?: Dayjs | null;
  receivedTo?: Dayjs | null;
}

const day = (v?: string) => (v ? dayjs(v) : undefined);
const iso = (v?: Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined);

/** The case list's filters (one column on a phone); submitting starts again at page 1. */
export function CaseFilters({ value, onChange }: { value: CaseListFilters; onChange(q: CaseListFilters): void }) {
  const t = useT();
  const tr = useMedT();
  const options = useEnumOptions();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue({ ...value, receivedFrom: day(value.receivedFrom), receivedTo: day(value.receivedTo) });
  }, [form, value]);

  const submit = (v: Values) =>
    onChange({
      page: 1,
      pageSize: value.pageSize,
      orgId: value.orgId,
      mediatorId: value.mediatorId,
      state: v.state,
      kind: v.kind,
      source: v.source,
      deadline: v.deadline,
      q: v.q?.trim() || undefined,
      receivedFrom: iso(v.receivedFrom),
      receivedTo: iso(v.receivedTo),
    });

  return (
    <Form form={form} name="med-case-filters" layout="inline" aria-label={tr('filter.title')} onFinish={submit} className="med-filters">
      <Form.Item name="q" label={tr('filter.q')}>
        <Input placeholder={tr('filter.qPlaceholder')} allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="state" label={tr('filter.state')}>
        <Select allowClear style={{ width: 170 }} options={options(caseStates, caseStateLabels)} />
      </Form.Item>
      <Form.Item name="kind" label={tr('filter.kind')}>
        <Select allowClear style={{ width: 150 }} options={options(disputeKinds, disputeKindLabels)} />
      </Form.Item>
      <Form.Item name="source" label={tr('filter.source')}>
        <Select allowClear style={{ width: 180 }} options={options(caseSources, caseSourceLabels)} />
      </Form.Item>
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
            onChange({ page: 1, pageSize: value.pageSize });
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
