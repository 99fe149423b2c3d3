import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import type { AssignmentSettingsBody } from '../../../../contract/assignment';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useAidMutation } from '../../../api/keys';
import { registryApi, useRegistry } from '../../../api/registry';
import { AidPage } from '../../../components/AidPage';
import { useLabel } from '../../../components/labels';
import { type AidMessageKey, useAidT } from '../../../i18n';

type Values = Omit<AssignmentSettingsBody, 'version'>;

const weights: { key: keyof Values['weights']; label: AidMessageKey; max: number; precision: number }[] = [
  { key: 'speciality', label: 'rules.speciality', max: 100, precision: 0 },
  { key: 'district', label: 'rules.district', max: 100, precision: 0 },
  { key: 'load', label: 'rules.load', max: 100, precision: 0 },
  { key: 'rotation', label: 'rules.rotation', max: 100, precision: 0 },
  { key: 'loadCap', label: 'rules.loadCap', max: 100, precision: 0 },
];

/**
 * /workbench/legal-aid/settings/assignment — the local rules of the assignment proposal (本地规则，可配置):
 * ranking weights and conflict thresholds. Not law; editing needs legalAid.settings.manage (abilities.canEdit).
 */
export default function AssignmentSettingsPage() {
  const tr = useAidT();
  const fmt = useFormat();
  const label = useLabel();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const settings = useRegistry('assignmentSettings', {}, registryApi.assignmentSettings);
  const save = useAidMutation(registryApi.saveAssignmentSettings);
  const s = settings.data;
  useEffect(() => {
    if (s) form.setFieldsValue({ weights: s.weights, conflictLevels: s.conflictLevels });
  }, [s, form]);
  const canEdit = s?.abilities.canEdit === true;
  const submit = () =>
    submitForm(form, async (v) => {
      if (!s) return;
      try {
        await save.mutateAsync({ ...v, version: s.version });
        message.success(tr('common.done'));
      } catch (e) {
        onError(e, form);
      }
    });
  const number = (max: number, precision: number, step = 1) => (
    <InputNumber min={0} max={max} precision={precision} step={step} disabled={!canEdit} style={{ width: '100%' }} />
  );
  const required = [{ required: true, message: tr('common.required') }];
  return (
    <AidPage>
      <PageHeading title={tr('rules.title')} />
      <div className="tp-stack">
        {settings.isError && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
        <Alert type="warning" showIcon title={tr('rules.notLaw')} />
        {s && (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {label(s.note)}{' '}
            {s.saved && s.updatedAt ? tr('rules.savedAt', { at: fmt.dateTime(s.updatedAt) }) : <Tag>{tr('rules.defaults')}</Tag>}
          </Typography.Paragraph>
        )}
        {s && !canEdit && <Alert type="info" showIcon title={tr('rules.readOnly')} />}
        <Form form={form} name="aid-assignment-settings" layout="vertical" style={{ maxWidth: 880 }} disabled={!s}>
          <Card size="small" title={tr('rules.weights')}>
            <Row gutter={16}>
              {weights.map((w) => (
                <Col key={w.key} xs={12} md={8}>
                  <Form.Item name={['weights', w.key]} label={tr(w.label)} rules={required}>
                    {number(w.max, w.precision)}
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
          <Card size="small" title={tr('rules.conflicts')} style={{ marginTop: 16 }}>
            <Row gutter={16}>
              <Col xs={12} md={8}>
                <Form.Item name={['conflictLevels', 'blockingScore']} label={tr('rules.blocking')} rules={required}>
                  {number(1, 2, 0.05)}
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item name={['conflictLevels', 'noticeScore']} label={tr('rules.notice')} rules={required}>
                  {number(1, 2, 0.05)}
                </Form.Item>
              </Col>
            </Row>
          </Card>
          {canEdit && (
            <Button type="primary" style={{ marginTop: 16 }} loading={save.isPending} onClick={() => void submit()}>
              {tr('rules.save')}
            </Button>
          )}
        </Form>
      </div>
    </AidPage>
  );
}
