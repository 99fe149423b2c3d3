import type { DeadlineResponse } from '@tianping/common/contract/calendar';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useApiErrorHandler } from '../../api/use-api-error';
import { PageHeading } from '../../components/PageHeading';
import { QueryError } from '../../components/QueryError';
import { pickText, useLocale } from '../../i18n/locale-context';
import { calendarApi, calendarKeys } from './calendar-api';
import { useCalendarT, type CalendarMessageKey } from './calendar-i18n';
import './calendar.css';

const units = ['day', 'workday', 'month', 'year'] as const;
const kinds = ['correction', 'suspension', 'appraisal', 'hearing', 'forceMajeure', 'other'] as const;

interface Values {
  mode: 'catalogue' | 'custom';
  periodId?: string;
  amount?: number;
  unit?: (typeof units)[number];
  law?: string;
  article?: string;
  start: Dayjs;
  excluded?: { kind: string; range: [Dayjs, Dayjs] }[];
  extensions?: { amount: number; unit: string; approvedOn: Dayjs }[];
}

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** /workbench/tools/deadline — any staff member: a statutory or custom period from a start day, with its derivation. */
export default function DeadlinePage() {
  const tc = useCalendarT();
  const { locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'catalogue';
  const onError = useApiErrorHandler();
  const catalogue = useQuery({ queryKey: calendarKeys.periods, queryFn: calendarApi.periods, staleTime: Infinity });
  const compute = useMutation<DeadlineResponse, unknown, Values>({
    mutationFn: (v) =>
      calendarApi.deadline({
        ...(v.mode === 'catalogue'
          ? { periodId: v.periodId! }
          : { period: { amount: v.amount!, unit: v.unit!, legalBasis: { law: v.law!.trim(), article: v.article!.trim() } } }),
        start: iso(v.start),
        excluded: (v.excluded ?? []).map((e) => ({ kind: e.kind, from: iso(e.range[0]), to: iso(e.range[1]) })),
        extensions: (v.extensions ?? []).map((e) => ({ amount: e.amount, unit: e.unit, approvedOn: iso(e.approvedOn) })),
      }),
    onError: (e) => onError(e, form),
  });
  const groups = (catalogue.data?.modules ?? []).map((m) => ({
    label: pickText(m.name, locale),
    options: (catalogue.data?.items ?? [])
      .filter((p) => p.module === m.id)
      .map((p) => ({ value: p.id, label: `${pickText(p.name, locale)} — ${pickText(p.citation, locale)}` })),
  }));
  const unitOptions = units.map((u) => ({ value: u, label: tc(`deadline.unit.${u}` as CalendarMessageKey) }));
  const result = compute.data;
  const lines = result ? (locale === 'en' ? result.explanation.en : result.explanation.zh) : [];

  return (
    <>
      <PageHeading title={tc('deadline.title')} />
      <div className="tp-stack">
        {catalogue.isError && <QueryError error={catalogue.error} onRetry={() => catalogue.refetch()} />}
        <Card>
          <Form
            form={form}
            name="deadline"
            layout="vertical"
            initialValues={{ mode: 'catalogue', unit: 'day' }}
            onFinish={(v) => compute.mutate(v)}
          >
            <Form.Item name="mode" label={tc('deadline.mode')}>
              <Radio.Group
                options={[
                  { value: 'catalogue', label: tc('deadline.mode.catalogue') },
                  { value: 'custom', label: tc('deadline.mode.custom') },
                ]}
              />
            </Form.Item>
            {mode === 'catalogue' ? (
              <Form.Item name="periodId" label={tc('deadline.period')} rules={[{ required: true }]}>
                <Select showSearch optionFilterProp="label" options={groups} loading={catalogue.isLoading} />
              </Form.Item>
            ) : (
              <Space wrap>
                <Form.Item name={['amount']} label={tc('deadline.amount')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={3650} />
                </Form.Item>
                <Form.Item name="unit" label={tc('deadline.unit')} rules={[{ required: true }]}>
                  <Select options={unitOptions} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name="law" label={tc('deadline.law')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={100} placeholder="行政复议法" />
                </Form.Item>
                <Form.Item name="article" label={tc('deadline.article')} rules={[{ required: true, whitespace: true }]}>
                  <Input maxLength={100} placeholder="第三十条" />
                </Form.Item>
              </Space>
            )}
            <Form.Item name="start" label={tc('deadline.start')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.List name="excluded">
              {(fields, { add, remove }) => (
                <fieldset className="tp-cal-fieldset">
                  <legend>{tc('deadline.excluded')}</legend>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'kind']} label={tc('deadline.kind')} rules={[{ required: true }]}>
                        <Select style={{ width: 160 }} options={kinds.map((k) => ({ value: k, label: tc(`kind.${k}`) }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'range']} label={tc('form.range')} rules={[{ required: true }]}>
                        <DatePicker.RangePicker />
                      </Form.Item>
                      <MinusCircleOutlined aria-label="remove" onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'correction' })}>
                    {tc('form.add')}
                  </Button>
                </fieldset>
              )}
            </Form.List>
            <Form.List name="extensions">
              {(fields, { add, remove }) => (
                <fieldset className="tp-cal-fieldset">
                  <legend>{tc('deadline.extensions')}</legend>
                  {fields.map((field) => (
                    <Space key={field.key} align="baseline" wrap>
                      <Form.Item name={[field.name, 'amount']} label={tc('deadline.amount')} rules={[{ required: true }]}>
                        <InputNumber min={1} max={3650} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'unit']} label={tc('deadline.unit')} rules={[{ required: true }]}>
                        <Select options={unitOptions} style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'approvedOn']} label={tc('deadline.approvedOn')} rules={[{ required: true }]}>
                        <DatePicker />
                      </Form.Item>
                      <MinusCircleOutlined aria-label="remove" onClick={() => remove(field.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ unit: 'day' })}>
                    {tc('form.add')}
                  </Button>
                </fieldset>
              )}
            </Form.List>
            <Button type="primary" htmlType="submit" loading={compute.isPending} style={{ marginTop: 16 }}>
              {tc('deadline.compute')}
            </Button>
          </Form>
        </Card>
        {result && (
          <Card title={tc('deadline.due')} aria-live="polite">
            {result.provisional && (
              <Alert
                type="warning"
                showIcon
                message={tc('deadline.provisional')}
                description={result.provisionalReasons.map((r) => pickText(r.text, locale)).join(' ')}
                style={{ marginBottom: 16 }}
              />
            )}
            <Descriptions column={1} size="small">
              <Descriptions.Item label={tc('deadline.due')}>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  {result.dueDateTime ?? result.dueDate}
                </Typography.Title>
              </Descriptions.Item>
              {result.label && <Descriptions.Item label={tc('deadline.period')}>{pickText(result.label, locale)}</Descriptions.Item>}
            </Descriptions>
            <Typography.Title level={4}>{tc('deadline.explanation')}</Typography.Title>
            <ol>
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ol>
            <Typography.Text type="secondary">{tc('deadline.calendarVersion', { v: result.calendarVersion })}</Typography.Text>
          </Card>
        )}
      </div>
    </>
  );
}
