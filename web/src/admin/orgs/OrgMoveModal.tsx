import { useMutation } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import type { Org } from '../../api/types';
import { useApiErrorHandler } from '../../api/use-api-error';
import { orgsApi } from '../api/orgs';
import { OrgTreeSelect } from '../components/OrgTreeSelect';
import { useAdminT } from '../i18n/use-admin-t';
import { submitForm } from '../../components/submit-form';

interface Props {
  org: Org;
  open: boolean;
  onClose(): void;
  onMoved(org: Org): void;
}

/** POST /orgs/:id/move under a newly picked parent (never under itself). */
export function OrgMoveModal({ org, open, onClose, onMoved }: Props) {
  const ta = useAdminT();
  const [form] = Form.useForm<{ parentId: string }>();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const move = useMutation({
    mutationFn: (v: { parentId: string }) => orgsApi.move(org.id, { parentId: v.parentId, version: org.version }),
    onSuccess: (moved) => {
      message.success(ta('org.moved'));
      onMoved(moved);
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Modal
      open={open}
      title={ta('org.moveTitle', { name: org.name })}
      onOk={() => submitForm(form, (v) => move.mutate(v))}
      confirmLoading={move.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} name="org-move" layout="vertical" initialValues={{ parentId: org.parentId ?? undefined }}>
        <Form.Item name="parentId" label={ta('org.newParent')} rules={[{ required: true, message: ta('org.parentRequired') }]}>
          <OrgTreeSelect excludeId={org.id} valueLabel={org.parentName ?? undefined} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
