import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import {
  type InstanceOutcome,
  instanceOutcomeLabels,
  instanceOutcomes,
  type LitigationDetail,
  type LitigationResult,
  litigationResultLabels,
  litigationResults,
} from '../../../contract/litigation';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { useUpdateLitigation } from '../../api/litigation';
import { useStageT } from '../../i18n/stages';
import { toLocalDate, useLabel } from '../case-handling/parts';

interface HearingValues {
  on?: Dayjs;
  instance: 'first' | 'second';
  headAppeared: boolean;
  appearedName?: string;
  absenceReason?: string;
}
interface Values {
  defenceSubmittedOn?: Dayjs | null;
  hearings: HearingValues[];
  firstInstanceOutcome?: InstanceOutcome | null;
  secondInstanceOutcome?: InstanceOutcome | null;
  result: LitigationResult;
  closedOn?: Dayjs | null;
}

const day = (v: string | null) => (v ? dayjs(v) : null);
const dateOrNull = (d: Dayjs | null | undefined) => (d ? toLocalDate(d) : null);

function initial(l: LitigationDetail): Values {
  return {
    defenceSubmittedOn: day(l.defenceSubmittedOn),
    hearings: l.hearings.map((h) => ({
      ...h,
      on: dayjs(h.on),
      appearedName: h.appearedName ?? undefined,
      absenceReason: h.absenceReason ?? undefined,
    })),
    firstInstanceOutcome: l.firstInstanceOutcome,
    secondInstanceOutcome: l.secondInstanceOutcome,
    result: l.result,
    closedOn: day(l.closedOn),
  };
}

/** Defence, court hearings with 负责人出庭 (行政诉讼法 第三条第三款) and outcomes; optimistic by version. */
export function LitigationUpdateForm({ litigation }: { litigation: LitigationDetail }) {
  const st = useStageT();
  const label = useLabel();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const update = useUpdateLitigation(litigation.id);
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue(initial(litigation));
  }, [form, litigation]);

  const outcomeOptions = instanceOutcomes.map((o) => ({ value: o, label: label(instanceOutcomeLabels[o]) }));
  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await update.mutateAsync({
          version: litigation.version,
          defenceSubmittedOn: dateOrNull(v.defenceSubmittedOn),
          hearings: (v.hearings ?? []).map((h) => ({
            on: h.on ? toLocalDate(h.on) : '',
            instance: h.instance,
            headAppeared: h.headAppeared,
            appearedName: h.appearedName?.trim() || null,
            absenceReason: h.headAppeared ? null : h.absenceReason?.trim() || null,
          })),
          firstInstanceOutcome: v.firstInstanceOutcome ?? null,
          secondInstanceOutcome: v.secondInstanceOutcome ?? null,
          result: v.result,
          closedOn: dateOrNull(v.closedOn),
        });
        void message.success(st('common.saved'));
      } catch (e) {
        onError(e, form);
      }
    });

  return (
    <Card size="small" title={st('common.edit')}>
      <Form<Values> form={form} name="litigation-update" layout="vertical" initialValues={initial(litigation)}>
        <Form.Item name="defenceSubmittedOn" label={st('l.defenceSubmittedOn')}>
          <DatePicker />
        </Form.Item>
        <Form.List name="hearings">
          {(fields, { add, remove }) => (
            <Form.Item label={st('l.hearings')}>
              {fields.map((field, i) => (
                <Card
                  key={field.key}
                  size="small"
                  type="inner"
                  style={{ marginBottom: 8 }}
                  title={`${st('l.hearings')} ${i + 1}`}
                  extra={
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={`${st('common.remove')} ${i + 1}`}
                      onClick={() => remove(field.name)}
                    />
                  }
                >
                  <Space wrap align="start">
                    <Form.Item
                      name={[field.name, 'on']}
                      label={st('common.date')}
                      rules={[{ required: true, message: st('common.required', { field: st('common.date') }) }]}
                    >
                      <DatePicker />
                    </Form.Item>
                    <Form.Item name={[field.name, 'instance']} label={st('l.instance')}>
                      <Radio.Group options={(['first', 'second'] as const).map((x) => ({ value: x, label: st(`l.instance.${x}`) }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'headAppeared']} label={st('l.headAppearedQ')}>
                      <Radio.Group
                        options={[
                          { value: true, label: st('common.yes') },
                          { value: false, label: st('common.no') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'appearedName']} label={st('l.appearedName')}>
                      <Input maxLength={100} />
                    </Form.Item>
                  </Space>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['hearings', field.name, 'headAppeared']) === false ? (
                        <Form.Item
                          name={[field.name, 'absenceReason']}
                          label={st('l.absenceReason')}
                          rules={[{ required: true, whitespace: true, message: st('l.absenceRequired') }]}
                        >
                          <Input.TextArea rows={2} maxLength={500} />
                        </Form.Item>
                      ) : null
                    }
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ instance: 'first', headAppeared: true })}>
                {st('l.addHearing')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Space wrap align="start">
          <Form.Item name="firstInstanceOutcome" label={st('l.firstOutcome')}>
            <Select allowClear style={{ width: 240 }} options={outcomeOptions} />
          </Form.Item>
          <Form.Item name="secondInstanceOutcome" label={st('l.secondOutcome')}>
            <Select allowClear style={{ width: 240 }} options={outcomeOptions} />
          </Form.Item>
          <Form.Item name="result" label={st('l.result')}>
            <Select
              style={{ width: 160 }}
              options={litigationResults.map((r) => ({ value: r, label: label(litigationResultLabels[r]) }))}
            />
          </Form.Item>
          <Form.Item name="closedOn" label={st('l.closedOn')}>
            <DatePicker />
          </Form.Item>
        </Space>
        <div>
          <Button type="primary" loading={update.isPending} onClick={() => void submit()}>
            {st('common.save')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
