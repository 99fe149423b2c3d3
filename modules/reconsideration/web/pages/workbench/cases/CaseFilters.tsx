import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { actKindLabels, actKinds, caseStateLabels, caseStates, procedureLabels, procedures } from '../../../../contract/enums';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useT } from '../../../../../../web/src/i18n/use-t';
import type { CaseListFilters } from '../../../api/cases';
import { useReconT } from '../../../i18n';

interface Values {
  state?: CaseListFilters['state'];
  procedure?: CaseListFilters['procedure'];
  actKind?: CaseListFilters['actKind'];
  deadline?: CaseListFilters['deadline'];
  late?: CaseListFilters['late'];
  q?: string;
  receivedFrom?: Dayjs | null;
  receivedTo?: Dayjs | null;
}

const day = (v?: string) => (v ? dayjs(v) : undefined);
const iso = (v?: Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined);

/** The case list's filters; submitting starts again at page 1. */
export function CaseFilters({ value, onChange }: { value: CaseListFilters; onChange(q: CaseListFilters): void }) {
  const t = useT();
  const tr = useReconT();
  const text = useLocalText();
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue({ ...value, receivedFrom: day(value.receivedFrom), receivedTo: day(value.receivedTo) });
  }, [form, value]);

  const submit = (v: Values) =>
    onChange({
      page: 1,
      pageSize: value.pageSize,
      state: v.state,
      procedure: v.procedure,
      actKind: v.actKind,
      deadline: v.deadline,
      late: v.late,
      q: v.q?.trim() || undefined,
      receivedFrom: iso(v.receivedFrom),
      receivedTo: iso(v.receivedTo),
    });

  return (
    <Form form={form} name="recon-case-filters" layout="inline" aria-label={tr('filter.title')} onFinish={submit} className="recon-filters">
      <Form.Item name="q" label={tr('filter.q')}>
        <Input placeholder={tr('filter.qPlaceholder')} allowClear style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="state" label={tr('filter.state')}>
        <Select allowClear style={{ width: 150 }} options={caseStates.map((s) => ({ value: s, label: text(caseStateLabels[s]) }))} />
      </Form.Item>
      <Form.Item name="procedure" label={tr('filter.procedure')}>
        <Select allowClear style={{ width: 120 }} options={procedures.map((p) => ({ value: p, label: text(procedureLabels[p]) }))} />
      </Form.Item>
      <Form.Item name="actKind" label={tr('filter.actKind')}>
        <Select allowClear style={{ width: 160 }} options={actKinds.map((k) => ({ value: k, label: text(actKindLabels[k]) }))} />
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
      <Form.Item name="late" label={tr('filter.late')}>
        <Select
          allowClear
          style={{ width: 150 }}
          options={[
            { value: 'true', label: tr('filter.lateYes') },
            { value: 'false', label: tr('filter.lateNo') },
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
