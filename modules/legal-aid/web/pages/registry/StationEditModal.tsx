import { App, Checkbox, Form, Input } from 'antd';
import type { StationView } from '../../../contract/duty';
import { useAidMutation } from '../../api/keys';
import { registryApi } from '../../api/registry';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useAidT } from '../../i18n';

interface Values {
  name: string;
  hostName: string;
  address?: string;
  active: boolean;
}

/** Edits a duty station (name, host, address) or deactivates it; the version guards a concurrent edit (409). */
export function StationEditModal({ station, open, onClose }: { station: StationView; open: boolean; onClose(): void }) {
  const tr = useAidT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const patch = useAidMutation((v: Values) =>
    registryApi.patchStation(station.id, {
      name: v.name.trim(),
      hostName: v.hostName.trim(),
      address: v.address?.trim() || null,
      active: v.active,
      version: station.version,
    }),
  );
  const required = [{ required: true, whitespace: true, message: tr('common.required') }];
  return (
    <FormModal
      open={open}
      title={tr('station.edit')}
      formName="aid-station-edit"
      form={form}
      busy={patch.isPending}
      onClose={onClose}
      initialValues={{ name: station.name, hostName: station.hostName, address: station.address ?? undefined, active: station.active }}
      onSubmit={async (v) => {
        await patch.mutateAsync(v);
        message.success(tr('common.done'));
      }}
    >
      <Form.Item name="name" label={tr('prov.name')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="hostName" label={tr('duty.hostName')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="address" label={tr('duty.address')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="active" valuePropName="checked">
        <Checkbox>{tr('station.active')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
