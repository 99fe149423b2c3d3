import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { disputeKindLabels, disputeKinds, type DisputeKind } from '../../../contract/enums';
import {
  disciplineMeasureLabels,
  disciplineMeasures,
  employmentKinds,
  employmentLabels,
  mediatorProhibitionLabels,
  mediatorProhibitions,
  mediatorStatusLabels,
  type DisciplineMeasure,
  type Employment,
  type MediatorDetail,
  type MediatorProhibition,
} from '../../../contract/organisation';
import type { DisciplineRequest, MediatorUpdateRequest, TrainingRequest } from '../../api/organisation';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useOrgT } from '../../i18n/organisation';

type Mutation<B> = UseMutationResult<MediatorDetail, Error, B>;
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

interface EditValues {
  name: string;
  employment: Employment;
  specialities: DisputeKind[];
  phone?: string;
  status: 'active' | 'suspended';
}

/** Name, employment, specialities, phone, active/suspended (dismissal only through discipline, 第十五条). */
export function MediatorEditModal({
  open,
  mediator,
  mutation,
  onClose,
}: {
  open: boolean;
  mediator: MediatorDetail;
  mutation: Mutation<MediatorUpdateRequest>;
  onClose(): void;
}) {
  const tr = useOrgT();
  const text = useLocalText();
  const [form] = Form.useForm<EditValues>();
  return (
    <FormModal<EditValues>
      open={open}
      title={tr('mediator.edit')}
      formName="mediator-edit"
      form={form}
      busy={mutation.isPending}
      initialValues={{
        name: mediator.name,
        employment: mediator.employment,
        specialities: mediator.specialities,
        phone: mediator.phone ?? undefined,
        status: mediator.status === 'suspended' ? 'suspended' : 'active',
      }}
      onClose={onClose}
      onSubmit={(v) => mutation.mutateAsync({ version: mediator.version, ...v, phone: v.phone || null })}
    >
      <Form.Item name="name" label={tr('mediator.name')} rules={[{ required: true, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="employment" label={tr('mediator.employment')} rules={[{ required: true }]}>
        <Select options={employmentKinds.map((k) => ({ value: k, label: text(employmentLabels[k]) }))} />
      </Form.Item>
      <Form.Item name="specialities" label={tr('mediator.specialities')}>
        <Select mode="multiple" options={disputeKinds.map((k) => ({ value: k, label: text(disputeKindLabels[k]) }))} />
      </Form.Item>
      <Form.Item name="phone" label={tr('mediator.phone')} rules={[{ max: 40 }]}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="status" label={tr('mediator.status')} rules={[{ required: true }]}>
        <Select options={(['active', 'suspended'] as const).map((s) => ({ value: s, label: text(mediatorStatusLabels[s]) }))} />
      </Form.Item>
    </FormModal>
  );
}

interface TrainingValues {
  title: string;
  organiser: string;
  startedOn: Dayjs;
  endedOn?: Dayjs | null;
  hours: number;
  passed: boolean;
}

/** 第十四条第二款: a training attended (县级司法行政部门定期培训). */
export function TrainingModal({ open, mutation, onClose }: { open: boolean; mutation: Mutation<TrainingRequest>; onClose(): void }) {
  const tr = useOrgT();
  const [form] = Form.useForm<TrainingValues>();
  return (
    <FormModal<TrainingValues>
      open={open}
      title={tr('training.add')}
      formName="mediator-training"
      form={form}
      busy={mutation.isPending}
      initialValues={{ startedOn: dayjs(), hours: 8, passed: true }}
      onClose={onClose}
      onSubmit={(v) => mutation.mutateAsync({ ...v, startedOn: day(v.startedOn), endedOn: v.endedOn ? day(v.endedOn) : null })}
    >
      <Form.Item name="title" label={tr('training.title')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="organiser" label={tr('training.organiser')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="startedOn" label={tr('training.started')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="endedOn" label={tr('training.ended')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="hours" label={tr('training.hours')} rules={[{ required: true }]}>
        <InputNumber min={1} max={2000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="passed" label={tr('training.passed')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

interface DisciplineValues {
  ground: MediatorProhibition;
  measure: DisciplineMeasure;
  facts: string;
  decidedOn: Dayjs;
}

/** 第十五条: the conduct, the measure (criticism, order to correct, dismissal) and the facts. */
export function DisciplineModal({ open, mutation, onClose }: { open: boolean; mutation: Mutation<DisciplineRequest>; onClose(): void }) {
  const tr = useOrgT();
  const text = useLocalText();
  const [form] = Form.useForm<DisciplineValues>();
  const measure = Form.useWatch('measure', form);
  return (
    <FormModal<DisciplineValues>
      open={open}
      title={tr('discipline.add')}
      formName="mediator-discipline"
      form={form}
      danger={measure === 'dismissal'}
      busy={mutation.isPending}
      initialValues={{ measure: 'criticism', decidedOn: dayjs() }}
      onClose={onClose}
      onSubmit={(v) => mutation.mutateAsync({ ...v, decidedOn: day(v.decidedOn) })}
    >
      <Form.Item name="ground" label={tr('discipline.ground')} rules={[{ required: true }]}>
        <Select options={mediatorProhibitions.map((g) => ({ value: g, label: text(mediatorProhibitionLabels[g]) }))} />
      </Form.Item>
      <Form.Item name="measure" label={tr('discipline.measure')} rules={[{ required: true }]}>
        <Select options={disciplineMeasures.map((g) => ({ value: g, label: text(disciplineMeasureLabels[g]) }))} />
      </Form.Item>
      {measure === 'dismissal' && (
        <Alert type="warning" showIcon message={tr('discipline.dismissalWarning')} style={{ marginBottom: 12 }} />
      )}
      <Form.Item name="facts" label={tr('discipline.facts')} rules={[{ required: true, max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="decidedOn" label={tr('discipline.decided')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
