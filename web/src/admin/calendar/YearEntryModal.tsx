import { festivals, jointFestival } from '@tianping/common/calendar/festivals';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarYearDetail } from '@tianping/common/contract/calendar';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { isApiError } from '../../api/api-error';
import { useApiErrorHandler } from '../../api/use-api-error';
import { submitForm } from '../../components/submit-form';
import { pickText, useLocale } from '../../i18n/locale-context';
import { calendarApi, type YearEntry } from './calendar-api';
import { useCalendarT } from './calendar-i18n';
import './calendar.css';

/** The festivals of 全国年节及纪念日放假办法 第二条, and the joint block the notices use in years they coincide. */
const festivalChoices: Record<string, Text> = {
  ...festivals,
  midAutumnNationalDay: jointFestival(festivals.midAutumn, festivals.nationalDay),
};
type Text = { zh: string; en: string };

interface Values {
  year: number;
  sourceTitle: string;
  documentNumber?: string;
  publishedOn: Dayjs;
  correctsOfficial?: boolean;
  holidays: { festival: string; from: Dayjs; to: Dayjs }[];
  makeUpWorkdays: { festival: string; date: Dayjs }[];
  reason?: string;
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/**
 * The festival names a form can choose: the statutory festivals plus, when correcting a year,
 * any other name the stored entry carries (entered through the API), so a correction keeps it.
 */
function nameChoices(detail: CalendarYearDetail | null): Record<string, Text> {
  const choices = { ...festivalChoices };
  const known = new Set(Object.values(festivalChoices).map((t) => t.zh));
  for (const { name } of [...(detail?.holidays ?? []), ...(detail?.makeUpWorkdays ?? [])]) {
    if (!known.has(name.zh)) {
      known.add(name.zh);
      choices[`stored.${name.zh}`] = { zh: name.zh, en: name.en };
    }
  }
  return choices;
}

const keyOf = (choices: Record<string, Text>, name: Text) => Object.keys(choices).find((k) => choices[k]!.zh === name.zh);

/** The stored entry as form values (the year being corrected). */
function valuesOf(detail: CalendarYearDetail, choices: Record<string, Text>): Partial<Values> {
  return {
    year: detail.year,
    sourceTitle: detail.source.title,
    documentNumber: detail.source.documentNumber ?? undefined,
    publishedOn: dayjs(detail.source.issuedOn),
    holidays: detail.holidays.map((h) => ({ festival: keyOf(choices, h.name)!, from: dayjs(h.from), to: dayjs(h.to) })),
    makeUpWorkdays: detail.makeUpWorkdays.map((m) => ({ festival: keyOf(choices, m.name)!, date: dayjs(m.date) })),
  };
}

/**
 * POST /calendar/years, or with `editing` PUT /calendar/years/:year (an administrator's entry,
 * with its version and a reason). The server's field errors land on the matching rows
 * (holidays.2.to, makeUpWorkdays.0.date …); a stale version shows the conflict above the form.
 */
export function YearEntryModal({
  open,
  editing = null,
  onClose,
  onSaved,
  onReload,
}: {
  open: boolean;
  /** The in-force administrator entry being corrected; null enters a new year. */
  editing?: CalendarYearDetail | null;
  onClose(): void;
  onSaved(year: number): void;
  /** After a version conflict: fetch the current entry (key the modal by version to refill the form). */
  onReload?(): void;
}) {
  const tc = useCalendarT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useApiErrorHandler();
  const [conflict, setConflict] = useState<string | null>(null);
  const choices = nameChoices(editing);
  const options = Object.keys(choices).map((key) => ({ value: key, label: pickText(choices[key]!, locale) }));
  const schedule = (v: Values): Omit<YearEntry, 'year' | 'correctsOfficial'> => ({
    sourceTitle: v.sourceTitle.trim(),
    documentNumber: v.documentNumber?.trim() || null,
    publishedOn: iso(v.publishedOn),
    holidays: (v.holidays ?? []).map((h) => ({ name: choices[h.festival]!, from: iso(h.from), to: iso(h.to) })),
    makeUpWorkdays: (v.makeUpWorkdays ?? []).map((m) => ({ name: choices[m.festival]!, date: iso(m.date) })),
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      editing
        ? calendarApi.correct(editing.year, { ...schedule(v), version: editing.version!, reason: v.reason!.trim() })
        : calendarApi.enter({ year: v.year, ...schedule(v), ...(v.correctsOfficial ? { correctsOfficial: true } : {}) }),
    onSuccess: (detail) => {
      message.success(tc('form.saved'));
      setConflict(null);
      form.resetFields();
      onSaved(detail.year);
    },
    onError: (e) => {
      // Someone corrected the year meanwhile: say so where the form is, and offer the current entry.
      if (editing && isApiError(e) && e.code === 'CONFLICT') setConflict(e.text(locale));
      else onError(e, form);
    },
  });
  const reload = () => {
    setConflict(null);
    onReload?.();
  };

  return (
    <Modal
      open={open}
      width={760}
      title={editing ? tc('years.correctTitle', { year: editing.year }) : tc('years.enter')}
      onCancel={() => {
        setConflict(null);
        onClose();
      }}
      confirmLoading={save.isPending}
      onOk={() => submitForm(form, (v) => save.mutate(v))}
      destroyOnHidden
    >
      {conflict && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          message={conflict}
          action={
            onReload && (
              <Button size="small" onClick={reload}>
                {tc('form.reload')}
              </Button>
            )
          }
        />
      )}
      <Form
        form={form}
        name="calendar-year"
        layout="vertical"
        initialValues={editing ? valuesOf(editing, choices) : { holidays: [{}], makeUpWorkdays: [] }}
      >
        <Space wrap>
          <Form.Item name="year" label={tc('form.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} disabled={Boolean(editing)} />
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
        {!editing && (
          <Form.Item name="correctsOfficial" valuePropName="checked">
            <Checkbox>{tc('form.correctsOfficial')}</Checkbox>
          </Form.Item>
        )}
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
        {editing && (
          <Form.Item name="reason" label={tc('form.reason')} rules={[{ required: true, whitespace: true, max: 500 }]}>
            <Input.TextArea rows={2} maxLength={500} placeholder={tc('form.reasonPlaceholder')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
