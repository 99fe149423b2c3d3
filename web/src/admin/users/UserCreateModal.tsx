import { mobilePattern } from '@tianping/common/validation/phone';
import { useMutation } from '@tanstack/react-query';
import { Form, Input, Modal } from 'antd';
import type { UserDetail } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { usersApi } from '../api/users';
import { OrgTreeSelect } from '../components/OrgTreeSelect';
import { useShowSecret } from '../components/use-show-secret';
import { useAdminT } from '../i18n/use-admin-t';
import { submitForm } from '../../components/submit-form';

interface Values {
  username: string;
  displayName: string;
  orgId: string;
  phone?: string;
}

/** POST /users, then shows the one-time initial password. */
export function UserCreateModal({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(user: UserDetail): void }) {
  const ta = useAdminT();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const showSecret = useShowSecret();
  const create = useMutation({
    mutationFn: (v: Values) =>
      usersApi.create({
        username: v.username.trim(),
        displayName: v.displayName.trim(),
        orgId: v.orgId,
        phone: v.phone?.trim() || undefined,
      }),
    onSuccess: (user) => {
      form.resetFields();
      onCreated(user);
      showSecret({
        title: ta('user.created', { name: user.displayName }),
        label: ta('user.initialPassword'),
        value: user.initialPassword,
        notice: ta('user.oneTimeNotice'),
      });
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Modal
      open={open}
      title={ta('user.create')}
      onOk={() => submitForm(form, (v) => create.mutate(v))}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="user-create" layout="vertical">
        <Form.Item
          name="username"
          label={ta('user.username')}
          rules={[{ required: true, whitespace: true, message: ta('user.usernameRequired') }, { max: 50 }]}
        >
          <Input autoComplete="off" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={ta('user.displayName')}
          rules={[{ required: true, whitespace: true, message: ta('user.displayNameRequired') }, { max: 50 }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="orgId" label={ta('user.org')} rules={[{ required: true, message: ta('user.orgRequired') }]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="phone" label={ta('user.phone')} rules={[{ pattern: mobilePattern, message: ta('user.phoneInvalid') }]}>
          <Input inputMode="tel" maxLength={11} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
