import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { caseSourceLabels, disputeKindLabels, disputeKinds, referralSources, staffIntakeSources } from '../../../../contract/enums';
import type { PartyInput } from '../../../../contract/intake';
import { isApiError } from '../../../../../../web/src/api/api-error';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { type IntakeRequest, useIntake } from '../../../api/cases';
import { useEnumOptions } from '../../../components/CaseStateTag';
import { Fieldset, MedPage } from '../../../components/MedPage';
import { useMedT } from '../../../i18n';
import { casePath } from '../../../paths';
import { PartyList } from './PartyList';
import { ReferrerSelect } from './ReferrerSelect';

type Source = IntakeRequest['source'];

interface Values {
  source: Source;
  referrerId?: string;
  referrerName?: string;
  externalRef?: string;
  receivedOn: Dayjs;
  kind: IntakeRequest['kind'];
  title: string;
  facts: string;
  amountYuan?: number | null;
  publicSession?: boolean;
  parties: PartyInput[];
  notDuplicateReason?: string;
}

const isReferral = (s: Source | undefined) => (referralSources as readonly string[]).includes(s ?? '');
const blank = (v?: string | null) => (v?.trim() ? v.trim() : undefined);

/**
 * /workbench/mediation/cases/new — staff registration: a walk-in request, the committee's own initiative
 * (主动调解, 第十七条) or a paper referral (第十八条) with the referring body and its reference.
 */
export default function CaseIntakePage() {
  const tr = useMedT();
  const options = useEnumOptions();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const intake = useIntake();
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('source', form);
  const [duplicate, setDuplicate] = useState<string | null>(null);

  const submit = () =>
    submitForm(form, async (v) => {
      const body: IntakeRequest = {
        source: v.source,
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
        kind: v.kind,
        title: v.title.trim(),
        facts: v.facts.trim(),
        amountYuan: v.amountYuan ?? undefined,
        publicSession: Boolean(v.publicSession),
        parties: v.parties.map((p) => ({
          ...p,
          name: p.name.trim(),
          idNumber: blank(p.idNumber),
          creditCode: blank(p.creditCode),
          phone: blank(p.phone),
          address: blank(p.address),
        })),
        ...(isReferral(v.source)
          ? { referrerId: v.referrerId, referrerName: blank(v.referrerName), externalRef: blank(v.externalRef) }
          : {}),
        ...(duplicate ? { confirmNotDuplicate: true, notDuplicateReason: blank(v.notDuplicateReason) } : {}),
      };
      try {
        const c = await intake.mutateAsync(body);
        message.success(tr('intake.done', { n: c.caseNumber }));
        void navigate(casePath(c.id));
      } catch (e) {
        if (isApiError(e) && e.code === 'MED_DUPLICATE_SUSPECTED') {
          const candidate = e.details.candidate as { caseNumber?: string } | undefined;
          setDuplicate(candidate?.caseNumber ?? String(e.details.caseNumber ?? ''));
          return;
        }
        onError(e, form);
      }
    });

  return (
    <MedPage>
      <PageHeading title={tr('page.intake')} />
      <Card>
        <Form<Values>
          form={form}
          name="med-intake"
          layout="vertical"
          initialValues={{
            source: 'walkIn',
            receivedOn: dayjs(),
            publicSession: false,
            parties: [
              { role: 'applicant', kind: 'person', name: '' },
              { role: 'respondent', kind: 'person', name: '' },
            ],
          }}
        >
          <Fieldset legend={tr('intake.source')}>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item name="source" label={tr('intake.source')} extra={tr('intake.sourceHelp')} rules={[{ required: true }]}>
                  <Select options={options(staffIntakeSources, caseSourceLabels)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="receivedOn" label={tr('intake.receivedOn')} rules={[{ required: true, message: tr('common.required') }]}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            {isReferral(source) && (
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name="referrerId" label={tr('intake.referrer')}>
                    <ReferrerSelect source={source} onPick={(name) => form.setFieldValue('referrerName', name)} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="referrerName"
                    label={tr('intake.referrerName')}
                    rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name="externalRef" label={tr('intake.externalRef')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </Fieldset>
          <Fieldset legend={tr('intake.dispute')}>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name="kind" label={tr('intake.kind')} rules={[{ required: true, message: tr('common.required') }]}>
                  <Select showSearch optionFilterProp="label" options={options(disputeKinds, disputeKindLabels)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="title"
                  label={tr('intake.title')}
                  rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="amountYuan" label={tr('intake.amount')}>
                  <InputNumber min={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="facts"
              label={tr('intake.facts')}
              rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
            >
              <Input.TextArea rows={4} maxLength={20000} />
            </Form.Item>
            <Form.Item name="publicSession" valuePropName="checked">
              <Checkbox>{tr('intake.publicSession')}</Checkbox>
            </Form.Item>
          </Fieldset>
          <PartyList />
          {duplicate !== null && (
            <>
              <Alert
                type="warning"
                showIcon
                title={tr('intake.duplicate')}
                description={tr('intake.duplicateText', { n: duplicate })}
                style={{ marginBottom: 12 }}
              />
              <Form.Item
                name="notDuplicateReason"
                label={tr('intake.notDuplicateReason')}
                rules={[{ required: true, whitespace: true, message: tr('common.required') }]}
              >
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </>
          )}
          <Button type="primary" size="large" loading={intake.isPending} onClick={() => void submit()} className="med-full-sm">
            {tr('intake.submit')}
          </Button>
        </Form>
      </Card>
    </MedPage>
  );
}
