import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import type { DuplicateRulesBody } from '../../../contract/referral';
import { useCan } from '../../../../../web/src/access/can';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { useDuplicateRules, useReminderSettings, useSaveDuplicateRules, useSaveReminderSettings } from '../../api/referrals';
import { MedPage } from '../../components/MedPage';
import { useMedT } from '../../i18n';

/**
 * /workbench/mediation/settings/rules — two local rules (本地规则（可配置）; the law sets neither): the
 * duplicate-registration check (window and facts-similarity thresholds) and how many days before the
 * 30-day judicial-confirmation window (人民调解法 第三十三条) closes the mediator is reminded. City-wide.
 */
export default function RulesPage() {
  const tr = useMedT();
  return (
    <MedPage>
      <PageHeading title={tr('rules.page')} />
      <div className="tp-stack">
        <Typography.Paragraph type="secondary">{tr('rules.cityOnly')}</Typography.Paragraph>
        <DuplicateRulesCard />
        <ReminderCard />
      </div>
    </MedPage>
  );
}

function DuplicateRulesCard() {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const rules = useDuplicateRules();
  const save = useSaveDuplicateRules();
  const [form] = Form.useForm<DuplicateRulesBody>();
  const editable = can('mediation.settings.manage');

  useEffect(() => {
    if (rules.data) {
      const { windowDays, factsLikely, factsLikelyManyParties, factsAlone } = rules.data;
      form.setFieldsValue({ windowDays, factsLikely, factsLikelyManyParties, factsAlone });
    }
  }, [form, rules.data]);

  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await save.mutateAsync(v);
        message.success(tr('common.saved'));
      } catch (e) {
        onError(e, form);
      }
    });

  const ratio = (name: keyof DuplicateRulesBody, label: string) => (
    <Col xs={24} md={12}>
      <Form.Item name={name} label={label} rules={[{ required: true, message: tr('common.required') }]}>
        <InputNumber min={0} max={1} step={0.05} precision={2} style={{ width: '100%' }} disabled={!editable} />
      </Form.Item>
    </Col>
  );

  return (
    <Card size="small" title={<h2 className="tp-card-title">{tr('rules.dup')}</h2>}>
      {rules.isPending && <Skeleton active />}
      {rules.isError && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.data && (
        <>
          <Alert type="warning" showIcon title={tr('common.localRule')} description={text(rules.data.note)} style={{ marginBottom: 16 }} />
          <Form<DuplicateRulesBody> form={form} name="med-duplicate-rules" layout="vertical">
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="windowDays" label={tr('rules.windowDays')} rules={[{ required: true, message: tr('common.required') }]}>
                  <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} disabled={!editable} />
                </Form.Item>
              </Col>
              {ratio('factsLikely', tr('rules.factsLikely'))}
              {ratio('factsLikelyManyParties', tr('rules.factsLikelyMany'))}
              {ratio('factsAlone', tr('rules.factsAlone'))}
            </Row>
            {rules.data.updatedAt && (
              <Typography.Paragraph type="secondary">
                {tr('set.updatedAt', { at: fmt.dateTime(rules.data.updatedAt) })}
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
  );
}

function ReminderCard() {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const reminder = useReminderSettings();
  const save = useSaveReminderSettings();
  const [form] = Form.useForm<{ daysBefore: number }>();
  const editable = can('mediation.settings.manage');

  useEffect(() => {
    if (reminder.data) form.setFieldsValue({ daysBefore: reminder.data.daysBefore });
  }, [form, reminder.data]);

  const submit = () =>
    submitForm(form, async (v) => {
      try {
        await save.mutateAsync({ daysBefore: v.daysBefore });
        message.success(tr('common.saved'));
      } catch (e) {
        onError(e, form);
      }
    });

  return (
    <Card size="small" title={<h2 className="tp-card-title">{tr('rules.reminder')}</h2>}>
      {reminder.isPending && <Skeleton active />}
      {reminder.isError && <QueryError error={reminder.error} onRetry={() => void reminder.refetch()} />}
      {reminder.data && (
        <>
          <Alert
            type="warning"
            showIcon
            title={tr('common.localRule')}
            description={text(reminder.data.note)}
            style={{ marginBottom: 16 }}
          />
          <Form<{ daysBefore: number }> form={form} name="med-confirmation-reminder" layout="vertical">
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="daysBefore" label={tr('rules.daysBefore')} rules={[{ required: true, message: tr('common.required') }]}>
                  <InputNumber min={1} max={29} precision={0} style={{ width: '100%' }} disabled={!editable} />
                </Form.Item>
              </Col>
            </Row>
            {reminder.data.updatedAt && (
              <Typography.Paragraph type="secondary">
                {tr('set.updatedAt', { at: fmt.dateTime(reminder.data.updatedAt) })}
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
  );
}
