import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { api } from '../../../../../web/src/api/client';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { TransferDestination } from '../../../contract/enums';
import { hlKeys } from '../../api/keys';
import { useDeskT } from '../../desk-i18n';
import { prefillField } from './prefill-fields';

interface Option {
  value: string;
  label: string;
}

/** The public or readable lists of receiving organisations of each destination (their modules' routes). */
const orgSources: Partial<Record<TransferDestination, { path: string; pick: (r: unknown) => Option[] }>> = {
  legalAid: {
    path: '/citizen/legal-aid/centres',
    pick: (r) => ((r as { items: { id: string; name: string }[] }).items ?? []).map((o) => ({ value: o.id, label: o.name })),
  },
  reconsideration: {
    path: '/reconsideration/bodies',
    pick: (r) => ((r as { items: { id: string; name: string }[] }).items ?? []).map((o) => ({ value: o.id, label: o.name })),
  },
  mediation: {
    path: '/mediation/committees?pageSize=200',
    pick: (r) => ((r as { items: { orgId: string; name: string }[] }).items ?? []).map((o) => ({ value: o.orgId, label: o.name })),
  },
};

function OrgInput({
  destination,
  id,
  value,
  onChange,
}: {
  destination: TransferDestination;
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const source = orgSources[destination];
  const orgs = useQuery({
    queryKey: hlKeys.part('handoffOrgs', { destination }),
    queryFn: () => api<unknown>(source!.path, { authRedirect: false }),
    enabled: !!source,
    retry: false,
    staleTime: 600_000,
  });
  if (!source || orgs.isError) return <Input id={id} value={value} onChange={(e) => onChange?.(e.target.value)} maxLength={40} />;
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={orgs.isLoading}
      showSearch={{ optionFilterProp: 'label' }}
      options={orgs.data ? source.pick(orgs.data) : []}
    />
  );
}

/** One pre-fill field of a hand-off target, entered by its kind (select, number, yes/no, JSON, text). */
export function PrefillInput({ destination, field }: { destination: TransferDestination; field: string }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const { label, input } = prefillField(field);
  const name = ['prefill', ...field.split('.')];
  switch (input.kind) {
    case 'org':
      return (
        <Form.Item name={name} label={lt(label)}>
          <OrgInput destination={destination} />
        </Form.Item>
      );
    case 'select':
      return (
        <Form.Item name={name} label={lt(label)}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={input.options.map((o) => ({ value: o.value, label: lt(o.label) }))}
          />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item name={name} label={lt(label)}>
          <InputNumber min={0} style={{ width: 200 }} />
        </Form.Item>
      );
    case 'boolean':
      return (
        <Form.Item name={name} valuePropName="checked">
          <Checkbox>{lt(label)}</Checkbox>
        </Form.Item>
      );
    case 'json':
      return (
        <Form.Item name={name} label={lt(label)} extra={tr('transfer.jsonHint', { example: input.example })}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
      );
    case 'textarea':
      return (
        <Form.Item name={name} label={lt(label)}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name={name} label={lt(label)}>
          <Input maxLength={200} />
        </Form.Item>
      );
  }
}
