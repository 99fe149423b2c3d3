import { App, Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CaseDetail } from '../../../../contract/case';
import { denialReasonLabels, denialReasons, type DenialReason } from '../../../../contract/enums';
import { caseApi, useCentres } from '../../../api/cases';
import { useAidMutation } from '../../../api/keys';
import { CaseFilesInput } from '../../../components/CaseFilesInput';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useOptions } from '../../../components/labels';
import { useAidT } from '../../../i18n';

interface P {
  c: CaseDetail;
  open: boolean;
  onClose(): void;
}

const required = (message: string) => [{ required: true, whitespace: true, message }];

export function GrantModal({ c, open, onClose }: P) {
  const tr = useAidT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string; mayCarryLifeOrDeath?: boolean }>();
  const m = useAidMutation((b: { reason?: string; mayCarryLifeOrDeath?: boolean }) => caseApi.grant(c.id, b));
  const lifeOrDeath = c.abilities.canSetLifeOrDeath;
  const needsReason = c.eligibility !== null && c.eligibility.outcome !== 'eligible';
  return (
    <FormModal
      open={open}
      title={tr('review.grant')}
      formName="aid-grant"
      form={form}
      busy={m.isPending}
      onClose={onClose}
      initialValues={{ mayCarryLifeOrDeath: c.mayCarryLifeOrDeath }}
      onSubmit={async (v) => {
        await m.mutateAsync({
          reason: v.reason?.trim() || undefined,
          mayCarryLifeOrDeath: lifeOrDeath ? v.mayCarryLifeOrDeath === true : undefined,
        });
        message.success(tr('review.granted'));
      }}
    >
      <Form.Item name="reason" label={tr('review.grantReason')} rules={needsReason ? required(tr('common.reasonRequired')) : []}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      {lifeOrDeath && (
        <Form.Item name="mayCarryLifeOrDeath" valuePropName="checked">
          <Checkbox>{tr('lifeOrDeath.flag')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}

export function DenyModal({ c, open, onClose }: P) {
  const tr = useAidT();
  const options = useOptions();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reasonKind: DenialReason; reason: string }>();
  const m = useAidMutation((b: { reasonKind: DenialReason; reason: string }) => caseApi.deny(c.id, b));
  const suggested = denialReasons.find((k) => k === c.eligibility?.suggestedDenial);
  return (
    <FormModal
      open={open}
      title={tr('review.deny')}
      formName="aid-deny"
      form={form}
      danger
      busy={m.isPending}
      onClose={onClose}
      initialValues={{ reasonKind: suggested ?? 'other' }}
      onSubmit={async (v) => {
        await m.mutateAsync({ reasonKind: v.reasonKind, reason: v.reason.trim() });
        message.success(tr('review.denied'));
      }}
    >
      <Form.Item name="reasonKind" label={tr('review.denyKind')}>
        <Radio.Group options={options(denialReasons, denialReasonLabels)} />
      </Form.Item>
      <Form.Item name="reason" label={tr('review.denyReason')} rules={required(tr('common.reasonRequired'))}>
        <Input.TextArea rows={5} maxLength={4000} showCount />
      </Form.Item>
    </FormModal>
  );
}

export function RequestMaterialsModal({ c, open, onClose }: P) {
  const tr = useAidT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ items: string; dueOn: Dayjs }>();
  const m = useAidMutation((b: { items: string[]; dueOn: string }) => caseApi.requestMaterials(c.id, b));
  const initial = c.eligibility?.materials.map((x) => x.zh).join('\n');
  return (
    <FormModal
      open={open}
      title={tr('review.request')}
      formName="aid-request"
      form={form}
      busy={m.isPending}
      onClose={onClose}
      initialValues={{ items: initial }}
      onSubmit={async (v) => {
        const items = v.items
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
        await m.mutateAsync({ items, dueOn: v.dueOn.format('YYYY-MM-DD') });
        message.success(tr('review.requested'));
      }}
    >
      <p>{tr('review.requestNote')}</p>
      <Form.Item name="items" label={tr('review.requestItems')} rules={required(tr('common.required'))}>
        <Input.TextArea rows={5} />
      </Form.Item>
      <Form.Item name="dueOn" label={tr('review.requestDue')} rules={[{ required: true, message: tr('common.required') }]}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}

export function RecordMaterialsModal({ c, open, onClose }: P) {
  const tr = useAidT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ answer?: string; attachmentIds?: string[] }>();
  const m = useAidMutation((b: { answer?: string; attachmentIds: string[] }) => caseApi.recordMaterials(c.id, b));
  return (
    <FormModal
      open={open}
      title={tr('review.record')}
      formName="aid-record"
      form={form}
      busy={m.isPending}
      onClose={onClose}
      onSubmit={async (v) => {
        await m.mutateAsync({ answer: v.answer?.trim() || undefined, attachmentIds: v.attachmentIds ?? [] });
        message.success(tr('review.recorded'));
      }}
    >
      <Form.Item name="answer" label={tr('review.answer')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="attachmentIds" label={tr('common.files')}>
        <CaseFilesInput caseId={c.id} />
      </Form.Item>
    </FormModal>
  );
}

export function TransferModal({ c, open, onClose }: P) {
  const tr = useAidT();
  const { message } = App.useApp();
  const centres = useCentres();
  const [form] = Form.useForm<{ targetOrgId: string; reason: string }>();
  const m = useAidMutation((b: { targetOrgId: string; reason: string }) => caseApi.transfer(c.id, b));
  const suggested = c.jurisdiction?.suggestedCentres[0]?.id;
  return (
    <FormModal
      open={open}
      title={tr('review.transfer')}
      formName="aid-transfer"
      form={form}
      busy={m.isPending}
      onClose={onClose}
      initialValues={{ targetOrgId: suggested, reason: c.jurisdiction ? c.jurisdiction.explanation.zh : undefined }}
      onSubmit={async (v) => {
        await m.mutateAsync({ targetOrgId: v.targetOrgId, reason: v.reason.trim() });
        message.success(tr('review.transferred'));
      }}
    >
      <Form.Item name="targetOrgId" label={tr('review.transferTo')} rules={[{ required: true, message: tr('common.required') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={centres.isPending}
          options={(centres.data?.items ?? []).filter((x) => x.id !== c.orgId).map((x) => ({ value: x.id, label: x.name }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={tr('common.reason')} rules={required(tr('common.reasonRequired'))}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

export function PaperworkModal({ c, open, onClose }: P) {
  const tr = useAidT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const m = useAidMutation((b: { note?: string }) => caseApi.paperwork(c.id, b));
  return (
    <FormModal
      open={open}
      title={tr('review.paperwork')}
      formName="aid-paperwork"
      form={form}
      busy={m.isPending}
      onClose={onClose}
      onSubmit={async (v) => {
        await m.mutateAsync({ note: v.note?.trim() || undefined });
        message.success(tr('common.done'));
      }}
    >
      <Form.Item name="note" label={tr('common.note')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
