import { Alert, App, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useCan } from '../../../../../web/src/access/can';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import type { HotlineSettings } from '../../../contract/settings';
import { useHlMutation } from '../../api/keys';
import { settingsApi, useHotlineSettings } from '../../api/settings';
import { type DeskMessageKey, useDeskT } from '../../desk-i18n';
import '../../components/hotline.css';

/** Every setting with its label, help and bounds (a Record: a new setting fails typecheck until listed). */
const fields: Record<keyof HotlineSettings, { label: DeskMessageKey; help?: DeskMessageKey; min: number; max: number }> = {
  answerTargetSeconds: { label: 'settings.answerTargetSeconds', help: 'settings.answerTargetSecondsHelp', min: 5, max: 600 },
  callbackDueHours: { label: 'settings.callbackDueHours', min: 1, max: 168 },
  consultationAnswerWorkingHours: { label: 'settings.consultationAnswerWorkingHours', min: 1, max: 120 },
  followUpSamplePercent: { label: 'settings.followUpSamplePercent', min: 0, max: 100 },
  incomingWindowMinutes: { label: 'settings.incomingWindowMinutes', help: 'settings.incomingWindowMinutesHelp', min: 1, max: 120 },
  surveyLinkDays: { label: 'settings.surveyLinkDays', help: 'settings.surveyLinkDaysHelp', min: 0, max: 30 },
};

/** /workbench/hotline/settings — the hotline's service levels: LOCAL rules (no law sets them), city scope edits. */
export default function SettingsPage() {
  const tr = useDeskT();
  const lt = useLocalText();
  const fmt = useFormat();
  const can = useCan();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const settings = useHotlineSettings();
  const [form] = Form.useForm<HotlineSettings>();
  const save = useHlMutation((v: HotlineSettings) => settingsApi.put(v));
  const editable = can('hotline.settings.manage');

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  const submit = () =>
    void form.validateFields().then(
      async (v) => {
        try {
          await save.mutateAsync(v);
          message.success(tr('common.saved'));
        } catch (e) {
          onError(e, form);
        }
      },
      () => undefined,
    );

  return (
    <div className="hl-page">
      <PageHeading title={tr('page.settings')} />
      <div className="tp-stack">
        <Alert type="info" showIcon title={settings.data ? lt(settings.data.note) : tr('common.localRule')} />
        {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
        <Card size="small" loading={settings.isLoading} style={{ maxWidth: 640 }}>
          <Form form={form} name="hl-settings" layout="vertical" disabled={!editable}>
            {(Object.keys(fields) as (keyof HotlineSettings)[]).map((k) => (
              <Form.Item
                key={k}
                name={k}
                label={tr(fields[k].label)}
                extra={fields[k].help ? tr(fields[k].help) : undefined}
                rules={[{ required: true, message: tr('common.required') }]}
              >
                <InputNumber min={fields[k].min} max={fields[k].max} precision={0} style={{ width: 160 }} />
              </Form.Item>
            ))}
            {editable ? (
              <Button type="primary" loading={save.isPending} onClick={submit}>
                {tr('common.save')}
              </Button>
            ) : (
              <Typography.Text type="secondary">{tr('settings.readOnly')}</Typography.Text>
            )}
          </Form>
          {settings.data?.updatedAt && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              {tr('settings.updatedAt', { at: fmt.dateTime(settings.data.updatedAt) })}
            </Typography.Paragraph>
          )}
        </Card>
      </div>
    </div>
  );
}
