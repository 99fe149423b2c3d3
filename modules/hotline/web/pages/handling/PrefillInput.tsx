import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../../../../web/src/api/client';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { TransferDestination } from '../../../contract/enums';
import { hlKeys } from '../../api/keys';
import { prefillField } from './prefill-fields';
import { PrefillList, PrefillRecord } from './PrefillShape';

interface Option {
  value: string;
  label: string;
}

type Named = { items: { id: string; name: string }[] };
const byId = (r: unknown) => ((r as Named).items ?? []).map((o) => ({ value: o.id, label: o.name }));

/**
 * The public or readable lists of organisations a pre-fill field names (`<destination>:<field>`, their
 * modules' routes); `search`: the list is searched on the server as the agent types (a long register).
 */
const orgSources: Record<string, { path: (q: string) => string; pick: (r: unknown) => Option[]; search?: boolean }> = {
  'legalAid:orgId': { path: () => '/citizen/legal-aid/centres', pick: byId },
  'reconsideration:orgId': { path: () => '/reconsideration/bodies', pick: byId },
  'reconsideration:respondentOrgId': {
    path: (q) => `/reconsideration/respondents${q ? `?q=${encodeURIComponent(q)}` : ''}`,
    pick: byId,
    search: true,
  },
  // The portal's public list (the agent needs no mediation permission), searched as the agent types.
  'mediation:orgId': {
    path: (q) => `/mediation/committees/options${q ? `?q=${encodeURIComponent(q)}` : ''}`,
    pick: byId,
    search: true,
  },
};

function OrgInput({ source: key, id, value, onChange }: { source: string; id?: string; value?: string; onChange?: (v: string) => void }) {
  const source = orgSources[key];
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<Option>();
  const query = source?.search ? q.trim() : '';
  const orgs = useQuery({
    queryKey: hlKeys.part('handoffOrgs', { key, q: query }),
    queryFn: () => api<unknown>(source!.path(query), { authRedirect: false }),
    enabled: !!source,
    retry: false,
    staleTime: 600_000,
    placeholderData: keepPreviousData,
  });
  if (!source || orgs.isError) return <Input id={id} value={value} onChange={(e) => onChange?.(e.target.value)} maxLength={40} />;
  const options = orgs.data ? source.pick(orgs.data) : [];
  if (picked && picked.value === value && !options.some((o) => o.value === value)) options.unshift(picked);
  return (
    <Select
      id={id}
      value={value}
      onChange={(v: string, o) => {
        setPicked(Array.isArray(o) ? undefined : (o as Option | undefined));
        onChange?.(v);
      }}
      allowClear
      loading={orgs.isFetching}
      showSearch={source.search ? { filterOption: false, onSearch: setQ } : { optionFilterProp: 'label' }}
      options={options}
    />
  );
}

/** One pre-fill field of a hand-off target, entered by its kind (select, number, yes/no, list, record, text). */
export function PrefillInput({ destination, field }: { destination: TransferDestination; field: string }) {
  const lt = useLocalText();
  const { label, input } = prefillField(destination, field);
  const name = ['prefill', ...field.split('.')];
  switch (input.kind) {
    case 'org':
      return (
        <Form.Item name={name} label={lt(label)}>
          <OrgInput source={`${destination}:${field}`} />
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
    case 'shape':
      return input.shape.kind === 'list' ? (
        <PrefillList field={field} shape={input.shape} />
      ) : (
        <PrefillRecord field={field} shape={input.shape} />
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
