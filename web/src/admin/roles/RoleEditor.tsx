import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Space, Switch } from 'antd';
import { useState } from 'react';
import type { PermissionInfo, Role } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useT } from '../../i18n/use-t';
import { type RoleBody, rolesApi } from '../api/roles';
import { CategoryTag } from '../components/CategoryTag';
import { useAdminT } from '../i18n/use-admin-t';
import { PermissionMatrix } from './PermissionMatrix';
import { boundCategory } from './role-category';
import { submitForm } from '../../components/submit-form';

interface Props {
  /** The role being edited; null when creating one. */
  role: Role | null;
  permissions: PermissionInfo[];
  canManage: boolean;
  onSaved(role: Role): void;
}

type HeaderValues = Pick<RoleBody, 'code' | 'name' | 'nameEn' | 'requireTotp'>;

/** Role codes are lower camel case (`caseReviewer`), as the server requires. */
const roleCodePattern = /^[a-z][a-zA-Z0-9]{1,39}$/;

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** A role's names, 2FA requirement and permission matrix; POST /roles or PATCH /roles/:id. */
export function RoleEditor({ role, permissions, canManage, onSaved }: Props) {
  const t = useT();
  const ta = useAdminT();
  const [form] = Form.useForm<HeaderValues>();
  const [selected, setSelected] = useState<string[]>(role?.permissions ?? []);
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const category = boundCategory(role, selected, permissions);
  // Built-in roles: code and permissions are maintained by the system (BUILTIN_ROLE_LOCKED).
  const systemMaintained = !canManage || !!role?.builtin;

  const save = useMutation({
    mutationFn: (v: HeaderValues) => {
      const body: RoleBody = {
        code: v.code.trim(),
        name: v.name.trim(),
        nameEn: v.nameEn?.trim() ?? '',
        requireTotp: !!v.requireTotp,
        permissions: selected,
      };
      if (!role) return rolesApi.create(body);
      const patch: Partial<RoleBody> & { version: number } = { version: role.version };
      if (body.name !== role.name) patch.name = body.name;
      if (body.nameEn !== role.nameEn) patch.nameEn = body.nameEn;
      if (body.requireTotp !== role.requireTotp) patch.requireTotp = body.requireTotp;
      if (!role.builtin && body.code !== role.code) patch.code = body.code;
      if (!role.builtin && !sameSet(selected, role.permissions)) patch.permissions = selected;
      return rolesApi.update(role.id, patch);
    },
    onSuccess: (saved) => {
      message.success(ta('role.saved'));
      onSaved(saved);
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Card
      title={<h2 className="tp-card-title">{role ? role.name : ta('role.create')}</h2>}
      extra={role && <CategoryTag category={role.category} />}
    >
      <div className="tp-stack">
        <Form
          form={form}
          name="role-edit"
          layout="vertical"
          disabled={!canManage}
          initialValues={
            role ? { code: role.code, name: role.name, nameEn: role.nameEn, requireTotp: role.requireTotp } : { requireTotp: false }
          }
        >
          <Space wrap align="start">
            <Form.Item
              name="code"
              label={ta('role.code')}
              rules={[{ required: true, pattern: roleCodePattern, message: ta('role.codeRequired') }]}
            >
              <Input disabled={systemMaintained} maxLength={40} />
            </Form.Item>
            <Form.Item name="name" label={ta('role.name')} rules={[{ required: true, whitespace: true, message: ta('role.nameRequired') }]}>
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item
              name="nameEn"
              label={ta('role.nameEn')}
              rules={[{ required: true, whitespace: true, message: ta('role.nameRequired') }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Space>
          <Form.Item name="requireTotp" label={ta('role.requireTotp')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
        {role?.builtin && <Alert type="info" showIcon title={ta('role.builtinRule')} />}
        <Alert type="info" showIcon title={ta('role.categoryRule')} />
        <PermissionMatrix
          permissions={permissions}
          value={selected}
          onChange={setSelected}
          category={category}
          readOnly={systemMaintained}
        />
        {canManage && (
          <Button type="primary" loading={save.isPending} onClick={() => submitForm(form, (v) => save.mutate(v))}>
            {t('common.save')}
          </Button>
        )}
      </div>
    </Card>
  );
}
