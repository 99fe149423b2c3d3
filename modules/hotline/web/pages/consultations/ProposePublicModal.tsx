import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../web/src/components/submit-form';
import type { ProposePublicBody, StaffConsultation } from '../../../contract/consultation';
import { useProposePublic } from '../../api/consultations';
import { CategorySelect } from '../../components/CategorySelect';
import { useKnowledgeT } from '../../knowledge-i18n';

/** Masks what looks like a mobile or ID number, as a starting point for the anonymised text. */
function scrub(text: string): string {
  return text.replace(/\d{17}[\dXx]|\d{15}/g, '（身份证号已隐去）').replace(/1[3-9]\d{9}/g, '（手机号已隐去）');
}

/** Proposes the consultation, anonymised in an editor, for the public Q&A (a reviewer publishes it). */
export function ProposePublicModal({ c, open, onClose }: { c: StaffConsultation; open: boolean; onClose: () => void }) {
  const tr = useKnowledgeT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<ProposePublicBody>();
  const propose = useProposePublic(c.id);
  useEffect(() => {
    if (open) form.setFieldsValue({ category: c.category, question: scrub(c.question), answer: scrub(c.answer ?? '') });
  }, [open, form, c]);
  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await propose.mutateAsync({ category: v.category, question: v.question.trim(), answer: v.answer.trim() });
        message.success(tr('cq.proposed'));
        onClose();
      } catch (e) {
        onError(e, form);
      }
    });
  return (
    <Modal
      open={open}
      width={760}
      title={tr('cq.proposeTitle')}
      okText={tr('cq.propose')}
      onOk={() => void submit()}
      confirmLoading={propose.isPending}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Alert type="warning" showIcon title={tr('cq.proposeHelp')} style={{ marginBottom: 16 }} />
      <Form form={form} name="hl-propose-public" layout="vertical">
        <Form.Item name="category" label={tr('common.category')}>
          <CategorySelect style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="question" label={tr('cq.proposeQuestion')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="answer" label={tr('cq.proposeAnswer')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={8} maxLength={8000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
