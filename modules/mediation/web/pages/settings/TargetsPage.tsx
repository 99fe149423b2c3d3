import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Select, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { caseSourceLabels, caseSources, disputeKindLabels, disputeKinds } from '../../../contract/enums';
import type { TargetSettings } from '../../../contract/intake';
import { useCan } from '../../../../../web/src/access/can';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useSaveTargetSettings, useTargetSettings } from '../../api/cases';
import { useEnumOptions } from '../../components/CaseStateTag';
import { Fieldset, MedPage } from '../../components/MedPage';
import { useMedT } from '../../i18n';

interface Values {
  defaultDays: number;
  bySource: { key?: string; days?: number }[];
  byKind: { key?: string; days?: number }[];
}

const toList = (r: Record<string, number>) => Object.entries(r).map(([key, days]) => ({ key, days }));
const toRecord = (l: { key?: string; days?: number }[]) =>
  Object.fromEntries(l.filter((x) => x.key && x.days).map((x) => [x.key as string, x.days as number]));

/**
 * /workbench/mediation/settings — the local time targets (人民调解法 sets no period): a default, per source
 * channel and per dispute kind (labour 15 days, 劳动争议调解仲裁法 第十四条), and the due-soon warning.
 */
export default function TargetsPage() {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const options = useEnumOptions();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const settings = useTargetSettings();
  const save = useSaveTargetSettings();
  const [form] = Form.useForm<Values>();
  const editable = can('mediation.settings.manage');

  useEffect(() => {
    if (settings.data) {
      form.setFieldsValue({
        defaultDays: settings.data.defaultDays,
        bySource: toList(settings.data.bySource),
        byKind: toList(settings.data.byKind),
      });
    }
  }, [form, settings.data]);

  const submit = () =>
    submitForm(form, async (v) => {
      const body = {
        defaultDays: v.defaultDays,
        bySource: toRecord(v.bySource ?? []),
        byKind: toRecord(v.byKind ?? []),
      } as TargetSettings;
      try {
        await save.mutateAsync(body);
        message.success(tr('common.saved'));
      } catch (e) {
        onError(e, form);
      }
    });

  const ruleList = (name: 'bySource' | 'byKind', legend: string, opts: { value: string; label: string }[]) => (
    <Fieldset legend={legend}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Row key={field.key} gutter={8} align="bottom" wrap={false}>
                <Col flex="auto">
                  <Form.Item
                    name={[field.name, 'key']}
                    label={`${tr('set.rule')} ${i + 1}`}
                    rules={[{ required: true, message: tr('common.required') }]}
                  >
                    <Select options={opts} disabled={!editable} />
                  </Form.Item>
                </Col>
                <Col flex="96px">
                  <Form.Item
                    name={[field.name, 'days']}
                    label={tr('set.days')}
                    rules={[{ required: true, message: tr('common.required') }]}
                  >
                    <InputNumber min={1} max={180} style={{ width: '100%' }} disabled={!editable} />
                  </Form.Item>
                </Col>
                {editable && (
                  <Col flex="40px">
                    <Form.Item>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label={tr('set.removeRule', { n: i + 1 })}
                      />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            ))}
            {editable && (
              <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                {tr('set.addRule')}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </Fieldset>
  );

  return (
    <MedPage>
      <PageHeading title={tr('page.settings')} />
      <Card>
        {settings.isPending && <Skeleton active />}
        {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
        {settings.data && (
          <>
            <Alert
              type="warning"
              showIcon
              title={tr('common.localRule')}
              description={text(settings.data.note)}
              style={{ marginBottom: 16 }}
            />
            <Typography.Paragraph>{tr('set.intro')}</Typography.Paragraph>
            <Form<Values> form={form} name="med-targets" layout="vertical">
              <Row gutter={12}>
                <Col xs={24} sm={12} md={8}>
                  <Form.Item name="defaultDays" label={tr('set.default')} rules={[{ required: true, message: tr('common.required') }]}>
                    <InputNumber min={1} max={180} style={{ width: '100%' }} disabled={!editable} />
                  </Form.Item>
                </Col>
              </Row>
              {ruleList('bySource', tr('set.bySource'), options(caseSources, caseSourceLabels))}
              {ruleList('byKind', tr('set.byKind'), options(disputeKinds, disputeKindLabels))}
              {settings.data.updatedAt && (
                <Typography.Paragraph type="secondary">
                  {tr('set.updatedAt', { at: fmt.dateTime(settings.data.updatedAt) })}
                </Typography.Paragraph>
              )}
              {editable && (
                <Button type="primary" loading={save.isPending} onClick={() => void submit()}>
                  {tr('common.save')}
                </Button>
              )}
            </Form>
          </>
        )}
      </Card>
    </MedPage>
  );
}
