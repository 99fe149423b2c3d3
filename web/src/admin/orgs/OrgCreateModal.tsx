import { useMutation } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import type { Org } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { orgsApi } from '../api/orgs';
import { useAdminT } from '../i18n/use-admin-t';
import { OrgForm, type OrgFormValues } from './OrgForm';
import { submitForm } from '../../components/submit-form';

interface Props {
  parent: Org;
  open: boolean;
  onClose(): void;
  onCreated(org: Org): void;
}

/** POST /orgs with the selected organisation as parent. */
export function OrgCreateModal({ parent, open, onClose, onCreated }: Props) {
  const ta = useAdminT();
  const [form] = Form.useForm<OrgFormValues>();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const create = useMutation({
    mutationFn: (v: OrgFormValues) =>
      orgsApi.create({
        name: v.name.trim(),
        shortName: v.shortName?.trim() || undefined,
        type: v.type,
        regionCode: v.regionCode,
        parentId: parent.id,
        code: v.code?.trim() || undefined,
      }),
    onSuccess: (org) => {
      message.success(ta('org.created'));
      form.resetFields();
      onCreated(org);
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Modal
      open={open}
      title={ta('org.createChildOf', { name: parent.name })}
      onOk={() => submitForm(form, (v) => create.mutate(v))}
      confirmLoading={create.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <OrgForm form={form} name="org-create" />
    </Modal>
  );
}
