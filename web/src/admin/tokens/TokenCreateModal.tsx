import { useMutation, useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCan, useStaff } from '../../access/can';
import type { DataScope, PermissionInfo } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useLocale } from '../../i18n/locale-context';
import { adminKeys } from '../api/keys';
import { rolesApi } from '../api/roles';
import { tokensApi } from '../api/tokens';
import { OrgTreeSelect } from '../components/OrgTreeSelect';
import { ScopeSelect } from '../components/ScopeSelect';
import { useShowSecret } from '../components/use-show-secret';
import { useAdminT } from '../i18n/use-admin-t';
import { submitForm } from '../../components/submit-form';

interface Values {
  name: string;
  orgId: string;
  scope: DataScope;
  permissions: string[];
  expiresAt: Dayjs;
}

/** Default lifetime offered for a new token. The token stays valid to the end of the chosen day,
 * and the server accepts at most one year ahead, so the last choosable day is the day before. */
const defaultLifetimeDays = 90;
const maxLifetimeYears = 1;

/**
 * What a token may carry (common/contract/tokens.ts and the server's token policy), repeated
 * here only to narrow the choices; the server decides. Business and common permissions are
 * granted the way roles are; the read-only administrator ones only by someone who holds them.
 */
const tokenAdminPermissions = ['sms.outbox.read', 'audit.event.read', 'audit.chain.verify'];

function grantable(p: PermissionInfo, held: ReadonlySet<string>): boolean {
  if (p.category === 'business' || p.category === 'common') return true;
  return tokenAdminPermissions.includes(p.key) && held.has(p.key);
}

/** POST /tokens, then shows the secret once with a copy button. */
export function TokenCreateModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(): void }) {
  const ta = useAdminT();
  const { locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const showSecret = useShowSecret();
  const { permissions: held } = useStaff();
  const canReadCatalogue = useCan()('identity.role.read');
  // The catalogue (labels, categories) needs identity.role.read; without it the held keys are offered as they are.
  const catalogue = useQuery({
    queryKey: adminKeys.permissions,
    queryFn: rolesApi.permissions,
    staleTime: Infinity,
    enabled: open && canReadCatalogue,
  });
  const create = useMutation({
    mutationFn: (v: Values) =>
      tokensApi.create({
        name: v.name.trim(),
        orgId: v.orgId,
        scope: v.scope,
        permissions: v.permissions,
        expiresAt: v.expiresAt.endOf('day').toISOString(),
      }),
    onSuccess: (token) => {
      form.resetFields();
      onCreated();
      showSecret({ title: token.name, label: ta('token.secret'), value: token.secret, notice: ta('token.secretNotice') });
    },
    onError: (e) => onError(e, form),
  });

  const options = catalogue.data
    ? catalogue.data.filter((p) => grantable(p, held)).map((p) => ({ value: p.key, label: `${locale === 'en' ? p.en : p.zh}（${p.key}）` }))
    : [...held].sort().map((key) => ({ value: key, label: key }));

  return (
    <Modal
      open={open}
      title={ta('token.create')}
      onOk={() => submitForm(form, (v) => create.mutate(v))}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        name="token-create"
        layout="vertical"
        initialValues={{ scope: 'own', expiresAt: dayjs().add(defaultLifetimeDays, 'day') }}
      >
        <Form.Item name="name" label={ta('token.name')} rules={[{ required: true, whitespace: true, message: ta('token.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="orgId" label={ta('token.org')} rules={[{ required: true, message: ta('user.orgRequired') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="scope" label={ta('token.scope')} rules={[{ required: true, message: ta('assign.scopeRequired') }]}>
          <ScopeSelect />
        </Form.Item>
        <Form.Item
          name="permissions"
          label={ta('token.permissions')}
          rules={[{ required: true, type: 'array', min: 1, message: ta('token.permissionsRequired') }]}
        >
          <Select mode="multiple" options={options} loading={catalogue.isLoading} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="expiresAt" label={ta('token.expiresAt')} rules={[{ required: true, message: ta('token.expiresRequired') }]}>
          <DatePicker
            disabledDate={(d) => !d.isAfter(dayjs(), 'day') || d.isAfter(dayjs().add(maxLifetimeYears, 'year').subtract(1, 'day'), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
