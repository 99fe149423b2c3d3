import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { disputeKindLabels, disputeKinds, type DisputeKind } from '../../../contract/enums';
import { employmentKinds, employmentLabels, type Employment, type MemberGender } from '../../../contract/organisation';
import { useCommittees, useCreateMediator } from '../../api/organisation';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useOrgT } from '../../i18n/organisation';
import { mediatorPath } from './paths';

interface Values {
  orgId: string;
  name: string;
  gender: MemberGender;
  employment: Employment;
  specialities?: DisputeKind[];
  phone?: string;
  appointedOn?: Dayjs;
}

/** Registers a mediator of a committee (人民调解法 第十三条); opens the new mediator's page. */
export function MediatorCreateModal({ open, orgId, onClose }: { open: boolean; orgId?: string; onClose(): void }) {
  const tr = useOrgT();
  const text = useLocalText();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateMediator();
  const committees = useCommittees({ page: 1, pageSize: 200 });

  return (
    <FormModal<Values>
      open={open}
      title={tr('mediator.register')}
      formName="mediator-create"
      form={form}
      busy={create.isPending}
      initialValues={{ orgId, gender: 'female', employment: 'partTime', specialities: [] }}
      onClose={onClose}
      onSubmit={async (v) => {
        const m = await create.mutateAsync({
          orgId: v.orgId,
          name: v.name,
          gender: v.gender,
          employment: v.employment,
          specialities: v.specialities ?? [],
          phone: v.phone || null,
          appointedOn: v.appointedOn ? v.appointedOn.format('YYYY-MM-DD') : null,
        });
        void navigate(mediatorPath(m.id));
      }}
    >
      <Form.Item name="orgId" label={tr('mediator.committee')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          disabled={Boolean(orgId)}
          loading={committees.isFetching}
          options={committees.data?.items.map((c) => ({ value: c.orgId, label: c.name }))}
        />
      </Form.Item>
      <Form.Item name="name" label={tr('mediator.name')} rules={[{ required: true, max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="gender" label={tr('member.gender')} rules={[{ required: true }]}>
        <Select
          options={[
            { value: 'female', label: tr('member.female') },
            { value: 'male', label: tr('member.male') },
          ]}
        />
      </Form.Item>
      <Form.Item name="employment" label={tr('mediator.employment')} rules={[{ required: true }]}>
        <Select options={employmentKinds.map((k) => ({ value: k, label: text(employmentLabels[k]) }))} />
      </Form.Item>
      <Form.Item name="specialities" label={tr('mediator.specialities')}>
        <Select mode="multiple" options={disputeKinds.map((k) => ({ value: k, label: text(disputeKindLabels[k]) }))} />
      </Form.Item>
      <Form.Item name="phone" label={tr('mediator.phone')} rules={[{ max: 40 }]}>
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item name="appointedOn" label={tr('mediator.appointed')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
