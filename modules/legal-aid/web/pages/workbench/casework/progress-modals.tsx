import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  closureResultLabels,
  closureResults,
  progressKindLabels,
  progressKinds,
  type ClosureResult,
  type ProgressKind,
} from '../../../../contract/casework';
import { caseStageLabels, caseStages, type CaseStage } from '../../../../contract/subsidy';
import { useAidMutation } from '../../../api/keys';
import { workApi } from '../../../api/work';
import { CaseFilesInput } from '../../../components/CaseFilesInput';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useOptions } from '../../../components/labels';
import { useAidT } from '../../../i18n';

interface P {
  caseId: string;
  open: boolean;
  onClose(): void;
}
interface ProgressValues {
  kind: ProgressKind;
  occurredOn: Dayjs;
  time?: string;
  place?: string;
  title: string;
  content: string;
  attachmentIds?: string[];
}
const req = (message: string) => [{ required: true, whitespace: true, message }];
const opt = (s?: string) => s?.trim() || undefined;

/** 办理进展: a note, a meeting, a hearing date or a document filed, with files. */
export function ProgressModal({ caseId, open, onClose }: P) {
  const tr = useAidT();
  const options = useOptions();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgressValues>();
  const m = useAidMutation((v: ProgressValues) =>
    workApi.progress(caseId, {
      kind: v.kind,
      occurredOn: v.occurredOn.format('YYYY-MM-DD'),
      time: opt(v.time),
      place: opt(v.place),
      title: v.title.trim(),
      content: v.content.trim(),
      attachmentIds: v.attachmentIds ?? [],
    }),
  );
  return (
    <FormModal
      open={open}
      title={tr('work.addProgress')}
      formName="aid-progress"
      form={form}
      busy={m.isPending}
      onClose={onClose}
      initialValues={{ kind: 'note', occurredOn: dayjs() }}
      onSubmit={async (v) => {
        await m.mutateAsync(v);
        message.success(tr('common.done'));
      }}
    >
      <Form.Item name="kind" label={tr('work.kind')}>
        <Select options={options(progressKinds, progressKindLabels)} />
      </Form.Item>
      <Form.Item name="occurredOn" label={tr('work.occurredOn')} rules={[{ required: true, message: tr('common.required') }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="time" label={tr('work.time')} rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: 'HH:MM' }]}>
        <Input placeholder="09:30" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="place" label={tr('work.place')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="title" label={tr('work.title')} rules={req(tr('common.required'))}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="content" label={tr('work.content')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={4} maxLength={10000} />
      </Form.Item>
      <Form.Item name="attachmentIds" label={tr('common.files')}>
        <CaseFilesInput caseId={caseId} />
      </Form.Item>
    </FormModal>
  );
}

interface ClosureValues {
  closedOn: Dayjs;
  result: ClosureResult;
  stages: CaseStage[];
  summary: string;
  documentAttachmentIds?: string[];
}

/** 第五十条: the closure report with copies of the legal documents; the subsidy is computed from it. */
export function ClosureModal({ caseId, open, onClose }: P) {
  const tr = useAidT();
  const options = useOptions();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClosureValues>();
  const m = useAidMutation((v: ClosureValues) =>
    workApi.closure(caseId, {
      closedOn: v.closedOn.format('YYYY-MM-DD'),
      result: v.result,
      stages: v.stages,
      summary: v.summary.trim(),
      documentAttachmentIds: v.documentAttachmentIds ?? [],
    }),
  );
  return (
    <FormModal
      open={open}
      title={tr('work.close')}
      formName="aid-closure"
      form={form}
      busy={m.isPending}
      onClose={onClose}
      initialValues={{ closedOn: dayjs(), stages: [] }}
      onSubmit={async (v) => {
        await m.mutateAsync(v);
        message.success(tr('common.done'));
      }}
    >
      <Form.Item name="closedOn" label={tr('work.closedOn')} rules={[{ required: true, message: tr('common.required') }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="result" label={tr('work.result')} rules={[{ required: true, message: tr('common.required') }]}>
        <Select options={options(closureResults, closureResultLabels)} />
      </Form.Item>
      <Form.Item
        name="stages"
        label={tr('work.stages')}
        rules={[{ required: true, type: 'array', min: 1, message: tr('common.required') }]}
      >
        <Select mode="multiple" options={options(caseStages, caseStageLabels)} />
      </Form.Item>
      <Form.Item name="summary" label={tr('work.summary')} rules={req(tr('common.required'))}>
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
      <Form.Item
        name="documentAttachmentIds"
        label={tr('work.closureDocs')}
        rules={[{ required: true, type: 'array', min: 1, message: tr('common.required') }]}
      >
        <CaseFilesInput caseId={caseId} />
      </Form.Item>
    </FormModal>
  );
}
