import { festivals, jointFestival } from '@tianping/common/calendar/festivals';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApiErrorHandler } from '../../api/use-api-error';
import { submitForm } from '../../components/submit-form';
import { pickText, useLocale } from '../../i18n/locale-context';
import { calendarApi } from './calendar-api';
import { useCalendarT } from './calendar-i18n';
import './calendar.css';

/** The festivals of 全国年节及纪念日放假办法 第二条, and the joint block the notices use in years they coincide. */
const festivalChoices = { ...festivals, midAutumnNationalDay: jointFestival(festivals.midAutumn, festivals.nationalDay) };
type FestivalKey = keyof typeof festivalChoices;

interface Values {
  year: number;
  sourceTitle: string;
  documentNumber?: string;
  publishedOn: Dayjs;
  correctsOfficial?: boolean;
  holidays: { festival: FestivalKey; from: Dayjs; to: Dayjs }[];
  makeUpWorkdays: { festival: FestivalKey; date: Dayjs }[];
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** POST /calendar/years; the server's field errors land on the matching rows (holidays.2.to, makeUpWorkdays.0.date …). */
export function YearEntryModal({ open, onClose, onSaved }: { open: boolean; onClose(): void; onSaved(year: number): void }) {
  const tc = useCalendarT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const options = (Object.keys(festivalChoices) as FestivalKey[]).map((key) => ({
    value: key,
    label: pickText(festivalChoices[key], locale),
  }));
  const save = useMutation({
    mutationFn: (v: Values) =>
      calendarApi.enter({
        year: v.year,
        sourceTitle: v.sourceTitle.trim(),
        documentNumber: v.documentNumber?.trim() || null,
        publishedOn: iso(v.publishedOn),
        ...(v.correctsOfficial ? { correctsOfficial: true } : {}),
        holidays: (v.holidays ?? []).map((h) => ({ name: festivalChoices[h.festival], from: iso(h.from), to: iso(h.to) })),
        makeUpWorkdays: (v.makeUpWorkdays ?? []).map((m) => ({ name: festivalChoices[m.festival], date: iso(m.date) })),
      }),
    onSuccess: (detail) => {
      message.success(tc('form.saved'));
      form.resetFields();
      onSaved(detail.year);
    },
    onError: (e) => onError(e, form),
  });

  return (
    <Modal
      open={open}
      width={760}
      title={tc('years.enter')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() => submitForm(form, (v) => save.mutate(v))}
      destroyOnHidden
    >
      <Form form={form} name="calendar-year" layout="vertical" initialValues={{ holidays: [{}], makeUpWorkdays: [] }}>
        <Space wrap>
          <Form.Item name="year" label={tc('form.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="publishedOn" label={tc('form.publishedOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="documentNumber" label={tc('form.documentNumber')}>
            <Input maxLength={100} placeholder="国办发明电〔2026〕N号" />
          </Form.Item>
        </Space>
        <Form.Item name="sourceTitle" label={tc('form.sourceTitle')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={300} placeholder="国务院办公厅关于2027年部分节假日安排的通知" />
        </Form.Item>
        <Form.Item name="correctsOfficial" valuePropName="checked">
          <Checkbox>{tc('form.correctsOfficial')}</Checkbox>
        </Form.Item>
        <fieldset className="tp-cal-fieldset">
          <legend>{tc('form.holidays')}</legend>
          <Form.List name="holidays">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'festival']} label={tc('form.festival')} rules={[{ required: true }]}>
                      <Select options={options} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'from']} label={tc('form.range')} rules={[{ required: true }]}>
                      <DatePicker />
                    </Form.Item>
                    <Form.Item name={[field.name, 'to']} label=" " rules={[{ required: true }]}>
                      <DatePicker />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="remove" onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {tc('form.add')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
        <fieldset className="tp-cal-fieldset">
          <legend>{tc('form.makeUpWorkdays')}</legend>
          <Form.List name="makeUpWorkdays">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="baseline" wrap>
                    <Form.Item name={[field.name, 'festival']} label={tc('form.festival')} rules={[{ required: true }]}>
                      <Select options={options} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'date']} label={tc('form.date')} rules={[{ required: true }]}>
                      <DatePicker />
                    </Form.Item>
                    <MinusCircleOutlined aria-label="remove" onClick={() => remove(field.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {tc('form.add')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
      </Form>
    </Modal>
  );
}
