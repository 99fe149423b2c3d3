import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { applicationChannelLabels } from '../../../../contract/enums';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useT } from '../../../../../../web/src/i18n/use-t';
import { useIntake } from '../../../api/cases';
import { newDraftId } from '../../../api/upload';
import { ReconPage } from '../../../components/ReconPage';
import { useReconT } from '../../../i18n';
import { casePath, casesPath } from '../../../paths';
import { ActFields, notFuture } from './ActFields';
import { AgentFields } from './AgentFields';
import { ApplicantFields } from './ApplicantFields';
import { type IntakeValues, toIntakeRequest } from './intake-form';
import { RespondentFields } from './RespondentFields';

/** Channels staff record (online applications come through the portal). */
const staffChannels = ['walkIn', 'oral', 'post', 'forwarded'] as const;

/** /workbench/reconsideration/cases/new — 申请登记 of walk-in, oral (申请笔录), postal and forwarded applications. */
export default function CaseIntakePage() {
  const t = useT();
  const tr = useReconT();
  const text = useLocalText();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<IntakeValues>();
  const [draftId] = useState(newDraftId);
  const intake = useIntake();
  const channel = Form.useWatch('channel', form);

  const submit = async (values: IntakeValues) => {
    try {
      const created = await intake.mutateAsync(toIntakeRequest(values));
      message.success(tr('intake.created'));
      void navigate(casePath(created.id));
    } catch (e) {
      onError(e, form);
    }
  };

  return (
    <ReconPage>
      <PageHeading title={tr('page.intake')} />
      <Form<IntakeValues>
        form={form}
        name="recon-intake"
        layout="vertical"
        initialValues={{
          channel: 'walkIn',
          receivedOn: dayjs(),
          applicant: { kind: 'person' },
          respondentMode: 'pick',
          act: { rightsStated: true },
          agents: [],
        }}
        onFinish={submit}
        className="tp-stack"
        scrollToFirstError
      >
        <Card title={<h2 className="tp-card-title">{tr('intake.channel')}</h2>}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="channel" label={tr('intake.channel')} rules={[{ required: true, message: tr('intake.channelRequired') }]}>
                <Select options={staffChannels.map((c) => ({ value: c, label: text(applicationChannelLabels[c]) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="receivedOn"
                label={tr('intake.receivedOn')}
                rules={[{ required: true, message: tr('intake.receivedOnRequired') }]}
              >
                <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {channel === 'forwarded' && (
              <>
                <Col xs={24} md={12}>
                  <Form.Item name="forwardedBy" label={tr('intake.forwardedBy')}>
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="forwardedOn" label={tr('intake.forwardedOn')}>
                    <DatePicker disabledDate={notFuture} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
        </Card>
        <ApplicantFields />
        <AgentFields draftId={draftId} />
        <RespondentFields />
        <ActFields />
        <Card title={<h2 className="tp-card-title">{tr('intake.requests')}</h2>}>
          <Form.Item
            name="requests"
            label={tr('intake.requests')}
            rules={[{ required: true, whitespace: true, message: tr('intake.requestsRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={4000} showCount />
          </Form.Item>
          <Form.Item
            name="factsAndReasons"
            label={tr('intake.facts')}
            rules={[{ required: true, whitespace: true, message: tr('intake.factsRequired') }]}
          >
            <Input.TextArea rows={6} maxLength={20000} showCount />
          </Form.Item>
        </Card>
        <Alert type="info" showIcon title={tr('intake.afterSave')} />
        <Space>
          <Button type="primary" htmlType="submit" loading={intake.isPending}>
            {tr('intake.submit')}
          </Button>
          <Button onClick={() => void navigate(casesPath)}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </ReconPage>
  );
}
