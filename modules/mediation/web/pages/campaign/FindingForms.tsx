import { DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { Finding } from '../../../contract/campaign';
import { disputeKindLabels, disputeKinds, riskLevelLabels, riskLevels, type DisputeKind, type RiskLevel } from '../../../contract/enums';
import { useCampaignActions } from '../../api/campaign';
import { useCommittees, useMediators } from '../../api/organisation';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useCampaignT } from '../../i18n/campaign';

type Actions = ReturnType<typeof useCampaignActions>;
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

interface NewValues {
  title: string;
  description: string;
  regionCode: string;
  riskLevel: RiskLevel;
  kind: DisputeKind;
  partiesCount: number;
  foundOn: Dayjs;
}

/** A dispute found: place, risk level (第二十五条), kind, people involved. */
export function FindingCreateModal({
  open,
  regionCode,
  actions,
  onClose,
}: {
  open: boolean;
  regionCode: string;
  actions: Actions;
  onClose(): void;
}) {
  const tr = useCampaignT();
  const text = useLocalText();
  const [form] = Form.useForm<NewValues>();
  return (
    <FormModal<NewValues>
      open={open}
      title={tr('finding.add')}
      formName="finding-create"
      form={form}
      busy={actions.addFinding.isPending}
      initialValues={{ regionCode, riskLevel: 'low', kind: 'neighbour', partiesCount: 2, foundOn: dayjs() }}
      onClose={onClose}
      onSubmit={(v) => actions.addFinding.mutateAsync({ ...v, foundOn: day(v.foundOn) })}
    >
      <Form.Item name="title" label={tr('finding.title')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={tr('finding.description')} rules={[{ required: true, max: 4000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={tr('finding.region')}
        extra={tr('campaign.regionHint')}
        rules={[{ required: true, pattern: /^\d{6}(\d{3}(\d{3})?)?$/ }]}
      >
        <Input inputMode="numeric" />
      </Form.Item>
      <Form.Item name="riskLevel" label={tr('finding.risk')} rules={[{ required: true }]}>
        <Select options={riskLevels.map((r) => ({ value: r, label: text(riskLevelLabels[r]) }))} />
      </Form.Item>
      <Form.Item name="kind" label={tr('finding.kind')} rules={[{ required: true }]}>
        <Select options={disputeKinds.map((k) => ({ value: k, label: text(disputeKindLabels[k]) }))} />
      </Form.Item>
      <Form.Item name="partiesCount" label={tr('finding.parties')} rules={[{ required: true }]}>
        <InputNumber min={2} max={10000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="foundOn" label={tr('finding.found')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

interface AssignValues {
  orgId: string;
  mediatorId?: string;
}

/** Assigns a finding to a committee in scope and, optionally, one of its active mediators. */
export function AssignModal({ finding, actions, onClose }: { finding: Finding | null; actions: Actions; onClose(): void }) {
  const tr = useCampaignT();
  const [form] = Form.useForm<AssignValues>();
  const orgId = Form.useWatch('orgId', form);
  const committees = useCommittees({ page: 1, pageSize: 200 });
  const mediators = useMediators({ orgId, status: 'active', page: 1, pageSize: 200 }, Boolean(orgId));
  return (
    <FormModal<AssignValues>
      open={Boolean(finding)}
      title={tr('finding.assignTitle', { title: finding?.title ?? '' })}
      formName="finding-assign"
      form={form}
      busy={actions.assign.isPending}
      initialValues={{ orgId: finding?.assignedOrgId ?? undefined, mediatorId: finding?.assignedMediatorId ?? undefined }}
      onClose={onClose}
      onSubmit={(v) =>
        actions.assign.mutateAsync({
          fid: finding!.id,
          body: { version: finding!.version, orgId: v.orgId, mediatorId: v.mediatorId ?? null },
        })
      }
    >
      <Form.Item name="orgId" label={tr('finding.committee')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          onChange={() => form.setFieldValue('mediatorId', undefined)}
          options={committees.data?.items.map((c) => ({ value: c.orgId, label: c.name }))}
        />
      </Form.Item>
      <Form.Item name="mediatorId" label={tr('finding.mediator')}>
        <Select allowClear disabled={!orgId} options={mediators.data?.items.map((m) => ({ value: m.id, label: m.name }))} />
      </Form.Item>
    </FormModal>
  );
}

interface ResolveValues {
  resolution: string;
  resolvedOn: Dayjs;
}

export function ResolveModal({ finding, actions, onClose }: { finding: Finding | null; actions: Actions; onClose(): void }) {
  const tr = useCampaignT();
  const [form] = Form.useForm<ResolveValues>();
  return (
    <FormModal<ResolveValues>
      open={Boolean(finding)}
      title={tr('finding.resolve')}
      formName="finding-resolve"
      form={form}
      busy={actions.resolve.isPending}
      initialValues={{ resolvedOn: dayjs() }}
      onClose={onClose}
      onSubmit={(v) =>
        actions.resolve.mutateAsync({
          fid: finding!.id,
          body: { version: finding!.version, resolution: v.resolution, resolvedOn: day(v.resolvedOn) },
        })
      }
    >
      <Form.Item name="resolution" label={tr('finding.resolution')} rules={[{ required: true, max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="resolvedOn" label={tr('finding.resolvedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

interface ConvertParty {
  name: string;
  phone?: string;
}

interface ConvertValues {
  /** [applicant, respondent]: named like the request body, so a server error on `parties.0.name` lands under its field. */
  parties: [ConvertParty, ConvertParty];
}

const convertRoles = ['applicant', 'respondent'] as const;

/** 主动调解 (第十七条): the assigned committee registers the dispute as a case with both parties. */
export function ConvertModal({ finding, actions, onClose }: { finding: Finding | null; actions: Actions; onClose(): void }) {
  const tr = useCampaignT();
  const [form] = Form.useForm<ConvertValues>();
  const labels = {
    applicant: { name: tr('finding.applicant'), phone: tr('finding.applicantPhone') },
    respondent: { name: tr('finding.respondent'), phone: tr('finding.respondentPhone') },
  };
  return (
    <FormModal<ConvertValues>
      open={Boolean(finding)}
      title={tr('finding.convert')}
      formName="finding-convert"
      form={form}
      busy={actions.convert.isPending}
      initialValues={{ parties: [{ name: '' }, { name: '' }] }}
      onClose={onClose}
      onSubmit={(v) =>
        actions.convert.mutateAsync({
          fid: finding!.id,
          body: {
            version: finding!.version,
            parties: convertRoles.map((role, i) => {
              const p = v.parties[i] ?? { name: '' };
              const phone = p.phone?.trim();
              return { role, name: p.name.trim(), ...(phone ? { phone } : {}) };
            }),
          },
        })
      }
    >
      <Typography.Paragraph type="secondary">{tr('finding.convertHint')}</Typography.Paragraph>
      {convertRoles.map((role, i) => (
        <div key={role}>
          <Form.Item name={['parties', i, 'name']} label={labels[role].name} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name={['parties', i, 'phone']} label={labels[role].phone}>
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
        </div>
      ))}
    </FormModal>
  );
}
