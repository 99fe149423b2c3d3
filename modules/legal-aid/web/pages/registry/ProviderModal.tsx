import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { providerKindLabels, providerKinds, type ProviderKind } from '../../../contract/enums';
import { specialities, specialityLabels, type ProviderDetail, type Speciality } from '../../../contract/provider';
import { useAidMutation } from '../../api/keys';
import { registryApi } from '../../api/registry';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useOptions } from '../../components/labels';
import { useAidT } from '../../i18n';

interface Values {
  kind: ProviderKind;
  name: string;
  specialities: Speciality[];
  licenceNo?: string;
  practiceSince?: Dayjs;
  relevantCriminalYears?: number;
  contactPhone?: string;
  idNumber?: string;
  note?: string;
}
const t = (s?: string) => s?.trim() || undefined;

const editable = (v: Values) => ({
  name: v.name.trim(),
  specialities: v.specialities,
  licenceNo: t(v.licenceNo) ?? null,
  practiceSince: v.practiceSince?.format('YYYY-MM-DD') ?? null,
  relevantCriminalYears: v.relevantCriminalYears ?? 0,
  contactPhone: t(v.contactPhone) ?? null,
  note: t(v.note) ?? null,
});

/**
 * Registers a provider (kind, specialities, practice years for 第二十六条, contact), or edits one
 * (`provider` given: kind and ID number stay as registered; the version guards a concurrent edit).
 */
export function ProviderModal({ open, onClose, provider }: { open: boolean; onClose(): void; provider?: ProviderDetail }) {
  const tr = useAidT();
  const options = useOptions();
  const [form] = Form.useForm<Values>();
  const save = useAidMutation((v: Values) =>
    provider
      ? registryApi.patchProvider(provider.id, { ...editable(v), version: provider.version })
      : registryApi.createProvider({ ...editable(v), kind: v.kind, idNumber: t(v.idNumber) }),
  );
  return (
    <FormModal
      open={open}
      title={tr(provider ? 'prov.editTitle' : 'prov.add')}
      formName={provider ? 'aid-prov-edit' : 'aid-prov'}
      form={form}
      busy={save.isPending}
      onClose={onClose}
      initialValues={
        provider
          ? {
              kind: provider.kind,
              name: provider.name,
              specialities: provider.specialities,
              licenceNo: provider.licenceNo ?? undefined,
              practiceSince: provider.practiceSince ? dayjs(provider.practiceSince) : undefined,
              relevantCriminalYears: provider.relevantCriminalYears,
              contactPhone: provider.contactPhone ?? undefined,
              note: provider.note ?? undefined,
            }
          : { kind: 'lawyer', specialities: [] }
      }
      onSubmit={(v) => save.mutateAsync(v)}
    >
      <Form.Item name="kind" label={tr('prov.kind')}>
        <Select disabled={provider !== undefined} options={options(providerKinds, providerKindLabels)} />
      </Form.Item>
      <Form.Item name="name" label={tr('prov.name')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="specialities" label={tr('prov.specialities')}>
        <Select mode="multiple" options={options(specialities, specialityLabels)} />
      </Form.Item>
      <Form.Item name="licenceNo" label={tr('prov.licence')}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="practiceSince" label={tr('prov.since')}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="relevantCriminalYears" label={tr('prov.criminalYears')}>
        <InputNumber min={0} max={70} precision={0} />
      </Form.Item>
      <Form.Item name="contactPhone" label={tr('prov.phone')}>
        <Input maxLength={20} />
      </Form.Item>
      {!provider && (
        <Form.Item name="idNumber" label={tr('intake.idNumber')}>
          <Input maxLength={18} />
        </Form.Item>
      )}
      <Form.Item name="note" label={tr('common.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
