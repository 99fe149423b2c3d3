import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { OrgTreeSelect } from '../../../../../web/src/admin/components/OrgTreeSelect';
import { useCan, useStaff } from '../../../../../web/src/access/can';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { useCaseList } from '../../api/cases';
import { useCreateLitigation } from '../../api/litigation';
import { useStageT } from '../../i18n/stages';
import { toLocalDate, useRequired } from '../case-handling/parts';

interface Values {
  orgId: string;
  court: string;
  courtCaseNumber: string;
  plaintiff: string;
  defendant: string;
  coDefendant: boolean;
  cause: string;
  complaintServedOn: Dayjs;
  reconCaseId?: string;
}

/** /workbench/reconsideration/litigations/new — records a lawsuit; the defence is due 15 days after service. */
export default function LitigationNewPage() {
  const st = useStageT();
  const required = useRequired();
  const can = useCan();
  const { me } = useStaff();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const create = useCreateLitigation();
  const [form] = Form.useForm<Values>();
  const active = me.assignments.find((a) => a.id === me.activeAssignmentId) ?? me.assignments[0];
  const orgOptions = [...new Map(me.assignments.map((a) => [a.orgId, { value: a.orgId, label: a.orgName }])).values()];

  const submit = () =>
    submitForm(form, async (v) => {
      try {
        const created = await create.mutateAsync({
          ...v,
          complaintServedOn: toLocalDate(v.complaintServedOn),
          reconCaseId: v.reconCaseId || null,
        });
        void navigate(`/workbench/reconsideration/litigations/${created.id}`);
      } catch (e) {
        onError(e, form);
      }
    });

  return (
    <>
      <PageHeading title={st('l.new')} />
      <Card>
        <Alert type="info" showIcon title={st('l.defenceHint')} style={{ marginBottom: 16 }} />
        <Form<Values>
          form={form}
          name="litigation-new"
          layout="vertical"
          style={{ maxWidth: 720 }}
          initialValues={{ orgId: active?.orgId, coDefendant: false }}
        >
          <Form.Item name="orgId" label={st('l.org')} rules={[{ required: true, message: st('common.required', { field: st('l.org') }) }]}>
            {can('org.organisation.read') ? <OrgTreeSelect valueLabel={active?.orgName} /> : <Select options={orgOptions} />}
          </Form.Item>
          <Form.Item name="court" label={st('l.court')} rules={required(st('l.court'))}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="courtCaseNumber" label={st('l.courtCaseNumber')} rules={required(st('l.courtCaseNumber'))}>
            <Input maxLength={100} placeholder="（2025）津0103行初123号" />
          </Form.Item>
          <Form.Item name="plaintiff" label={st('l.plaintiff')} rules={required(st('l.plaintiff'))}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="defendant" label={st('l.defendant')} rules={required(st('l.defendant'))}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="coDefendant" valuePropName="checked">
            <Checkbox>{st('l.coDefendant')}</Checkbox>
          </Form.Item>
          <Form.Item name="cause" label={st('l.cause')} rules={required(st('l.cause'))}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="complaintServedOn"
            label={st('l.complaintServedOn')}
            rules={[{ required: true, message: st('common.required', { field: st('l.complaintServedOn') }) }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="reconCaseId" label={st('l.reconCase')}>
            {can('reconsideration.case.read') ? <CasePicker /> : <Input maxLength={26} />}
          </Form.Item>
          <Space>
            <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
              {st('common.submit')}
            </Button>
            <Button onClick={() => void navigate('/workbench/reconsideration/litigations')}>{st('common.cancel')}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}

/** Searches the reconsideration cases in scope by number or name. */
function CasePicker({ id, value, onChange }: { id?: string; value?: string; onChange?(v: string | undefined): void }) {
  const [q, setQ] = useState('');
  const list = useCaseList({ q: q || undefined, page: 1, pageSize: 20 });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={list.isFetching}
      options={(list.data?.items ?? []).map((c) => ({
        value: c.id,
        label: `${c.caseNumber ?? c.id} · ${c.applicantName} · ${c.respondentName}`,
      }))}
    />
  );
}
