import { App, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../../../web/src/components/FormModal';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { FollowUpDraw, FollowUpRecordBody, FollowUpView } from '../../../contract/followup';
import { satisfactionLabels, satisfactionRatings } from '../../../contract/survey';
import { followUpApi } from '../../api/followups';
import { useHlMutation } from '../../api/keys';
import { useDeskT } from '../../desk-i18n';

interface DrawValues {
  range: [Dayjs, Dayjs];
  percent?: number;
  publishedValue?: string;
}

/** 抽取回访样本: closed tickets of a period, a share (default: the local setting), an optional published value. */
export function DrawModal({ open, onClose, onDrawn }: { open: boolean; onClose(): void; onDrawn(d: FollowUpDraw): void }) {
  const tr = useDeskT();
  const { message } = App.useApp();
  const [form] = Form.useForm<DrawValues>();
  const draw = useHlMutation((v: DrawValues) =>
    followUpApi.draw({
      from: v.range[0].format('YYYY-MM-DD'),
      to: v.range[1].format('YYYY-MM-DD'),
      percent: v.percent ?? undefined,
      publishedValue: v.publishedValue?.trim() || undefined,
    }),
  );
  return (
    <FormModal<DrawValues>
      open={open}
      title={tr('follow.draw')}
      formName="hl-followup-draw"
      form={form}
      busy={draw.isPending}
      okText={tr('follow.draw')}
      onSubmit={async (v) => {
        const d = await draw.mutateAsync(v);
        message.success(tr('follow.drawn', { n: d.items.length, population: d.populationCount }));
        onDrawn(d);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="range"
        label={`${tr('field.from')} – ${tr('field.to')}`}
        rules={[{ required: true, message: tr('common.required') }]}
      >
        <DatePicker.RangePicker />
      </Form.Item>
      <Form.Item name="percent" label={tr('follow.percent')} extra={tr('follow.percentHint')}>
        <InputNumber min={1} max={100} precision={0} />
      </Form.Item>
      <Form.Item name="publishedValue" label={tr('follow.publishedValue')} extra={tr('follow.publishedValueHint')}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** 登记回访: reached or not, satisfaction when reached, a note. */
export function RecordVisitModal({ followUp, onClose }: { followUp: FollowUpView; onClose(): void }) {
  const tr = useDeskT();
  const lt = useLocalText();
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpRecordBody>();
  const reached = Form.useWatch('reached', form);
  const save = useHlMutation((v: FollowUpRecordBody) =>
    followUpApi.record(followUp.id, { reached: v.reached, satisfaction: v.reached ? v.satisfaction : undefined, note: v.note.trim() }),
  );
  return (
    <FormModal<FollowUpRecordBody>
      open
      title={`${tr('follow.record')} · ${followUp.ticketNumber}`}
      formName={`hl-followup-${followUp.id}`}
      form={form}
      busy={save.isPending}
      okText={tr('common.save')}
      onSubmit={async (v) => {
        await save.mutateAsync(v);
        message.success(tr('follow.recorded'));
      }}
      onClose={onClose}
    >
      <Form.Item name="reached" label={tr('follow.reached')} rules={[{ required: true, message: tr('common.required') }]}>
        <Radio.Group
          options={[
            { value: true, label: tr('common.yes') },
            { value: false, label: tr('common.no') },
          ]}
        />
      </Form.Item>
      {reached && (
        <Form.Item name="satisfaction" label={tr('follow.satisfaction')} rules={[{ required: true, message: tr('common.required') }]}>
          <Select options={satisfactionRatings.map((r) => ({ value: r, label: lt(satisfactionLabels[r]) }))} />
        </Form.Item>
      )}
      <Form.Item name="note" label={tr('common.note')} rules={[{ required: true, whitespace: true, message: tr('common.required') }]}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
