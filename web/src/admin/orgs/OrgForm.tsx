import { Form, type FormInstance, Input, Select } from 'antd';
import type { Org } from '../../api/types';
import { RegionTreeSelect } from '../components/RegionTreeSelect';
import { useOrgTypes } from '../components/use-org-types';
import { useAdminT } from '../i18n/use-admin-t';

export interface OrgFormValues {
  name: string;
  shortName?: string;
  type: string;
  regionCode: string;
  code?: string;
}

interface Props {
  form: FormInstance<OrgFormValues>;
  /** Unique form name (field ids derive from it). */
  name: string;
  /** The organisation being edited; absent when creating. */
  org?: Org;
}

export function orgFormInitial(org: Org): OrgFormValues {
  return { name: org.name, shortName: org.shortName ?? undefined, type: org.type, regionCode: org.regionCode };
}

/** Name, short name, type, region (and code when creating) of an organisation. */
export function OrgForm({ form, name, org }: Props) {
  const ta = useAdminT();
  const { options } = useOrgTypes();
  return (
    <Form form={form} name={name} layout="vertical" initialValues={org ? orgFormInitial(org) : undefined}>
      <Form.Item
        name="name"
        label={ta('org.name')}
        rules={[{ required: true, whitespace: true, message: ta('org.nameRequired') }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="shortName" label={ta('org.shortName')} rules={[{ max: 50 }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="type" label={ta('org.type')} rules={[{ required: true, message: ta('org.typeRequired') }]}>
        <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item name="regionCode" label={ta('org.region')} rules={[{ required: true, message: ta('org.regionRequired') }]}>
        <RegionTreeSelect valueLabel={org?.regionName ?? undefined} />
      </Form.Item>
      {!org && (
        <Form.Item name="code" label={ta('org.code')} extra={ta('org.codeHint')} rules={[{ max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
      )}
    </Form>
  );
}

/** Only the fields that changed, so the audit diff shows the real edit. */
export function changedOrgFields(org: Org, v: OrgFormValues) {
  const out: { name?: string; shortName?: string | null; type?: string; regionCode?: string } = {};
  const shortName = v.shortName?.trim() || null;
  if (v.name.trim() !== org.name) out.name = v.name.trim();
  if (shortName !== org.shortName) out.shortName = shortName;
  if (v.type !== org.type) out.type = v.type;
  if (v.regionCode !== org.regionCode) out.regionCode = v.regionCode;
  return out;
}
