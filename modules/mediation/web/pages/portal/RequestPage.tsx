import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { disputeKindLabels, disputeKinds, genderLabels, genders, partyKindLabels, partyKinds } from '../../../contract/enums';
import { ApiError, isApiError } from '../../../../../web/src/api/api-error';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { type CitizenRequest, useCommitteeOptions, useRequestMediation } from '../../api/portal';
import { newDraftId } from '../../api/upload';
import { useEnumOptions } from '../../components/CaseStateTag';
import { PhotoInput, type UploadedPhoto } from '../../components/PhotoInput';
import { useMedPortalT } from '../../i18n/portal';
import { portalBase, portalCasePath } from '../../paths';
import { CitizenGate, PortalTitle, Section } from './CitizenGate';

type Party = CitizenRequest['parties'][number];
interface Values {
  orgId: string;
  me: Pick<Party, 'name' | 'gender' | 'idNumber' | 'phone' | 'address'>;
  others: Pick<Party, 'name' | 'kind' | 'phone' | 'address'>[];
  kind: CitizenRequest['kind'];
  title: string;
  facts: string;
  amountYuan?: number | null;
  files?: UploadedPhoto[];
}

const blank = (v?: string | null) => (v?.trim() ? v.trim() : undefined);

/** `parties.0.phone` → `me.phone`, `parties.2.name` → `others.1.name`: the server's fields onto this form's. */
export function requestField(field: string): string {
  const m = /^(?:body\.)?parties\.(\d+)(\..*)?$/.exec(field);
  if (!m) return field;
  const i = Number(m[1]);
  return i === 0 ? `me${m[2] ?? ''}` : `others.${i - 1}${m[2] ?? ''}`;
}

function onRequestForm(e: unknown): unknown {
  if (!isApiError(e)) return e;
  return new ApiError(
    e.status,
    {
      ...e.details,
      code: e.code,
      message: e.messageZh,
      messageEn: e.messageEn,
      field: e.field === undefined ? undefined : requestField(e.field),
      issues: e.issues.map((i) => ({ ...i, field: requestField(i.field) })),
    },
    e.requestId,
  );
}

/**
 * /portal/mediation/request — a party asks a committee to mediate (人民调解法 第十七条), phone-first: the
 * committee, about me, the other party, the dispute, photos or papers. The citizen is the first applicant.
 */
export default function RequestPage() {
  const t = useMedPortalT();
  usePageTitle(t('title.request'));
  return (
    <>
      <PortalTitle back={{ to: portalBase, label: t('title.landing') }}>{t('title.request')}</PortalTitle>
      <CitizenGate>
        <RequestForm />
      </CitizenGate>
    </>
  );
}

function RequestForm() {
  const t = useMedPortalT();
  const options = useEnumOptions();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const [draftId] = useState(newDraftId);
  const committees = useCommitteeOptions(q);
  const request = useRequestMediation();
  const req = [{ required: true, whitespace: true, message: t('req.required') }];

  const submit = () =>
    submitForm(form, async (v) => {
      const body: CitizenRequest = {
        orgId: v.orgId,
        kind: v.kind,
        title: v.title.trim(),
        facts: v.facts.trim(),
        amountYuan: v.amountYuan ?? undefined,
        draftId: v.files?.length ? draftId : undefined,
        parties: [
          {
            role: 'applicant',
            kind: 'person',
            name: v.me.name.trim(),
            gender: v.me.gender,
            idNumber: blank(v.me.idNumber),
            phone: blank(v.me.phone),
            address: blank(v.me.address),
          },
          ...v.others.map((o) => ({
            role: 'respondent' as const,
            kind: o.kind,
            name: o.name.trim(),
            phone: blank(o.phone),
            address: blank(o.address),
          })),
        ],
      };
      try {
        const c = await request.mutateAsync(body);
        message.success(t('req.submitted'));
        void navigate(portalCasePath(c.id));
      } catch (e) {
        onError(onRequestForm(e), form);
      }
    });

  return (
    <Form<Values>
      form={form}
      name="med-request"
      layout="vertical"
      initialValues={{ others: [{ name: '', kind: 'person' }], files: [] }}
      size="large"
    >
      <Section id="med-req-where" title={t('req.where')}>
        <Form.Item
          name="orgId"
          label={t('req.committee')}
          extra={t('req.committeeHelp')}
          rules={[{ required: true, message: t('req.required') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            loading={committees.isFetching}
            options={(committees.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
      </Section>
      <Section id="med-req-me" title={t('req.me')}>
        <Form.Item name={['me', 'name']} label={t('req.name')} rules={req}>
          <Input maxLength={200} autoComplete="name" />
        </Form.Item>
        <Form.Item name={['me', 'gender']} label={t('req.gender')}>
          <Select allowClear options={options(genders, genderLabels)} />
        </Form.Item>
        <Form.Item name={['me', 'idNumber']} label={t('req.idNumber')}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name={['me', 'phone']} label={t('req.phone')}>
          <Input maxLength={11} inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item name={['me', 'address']} label={t('req.address')}>
          <Input maxLength={200} autoComplete="street-address" />
        </Form.Item>
      </Section>
      <Form.List name="others">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Section key={field.key} id={`med-req-other-${field.key}`} title={`${t('req.other')}${fields.length > 1 ? ` ${i + 1}` : ''}`}>
                <Form.Item name={[field.name, 'kind']} label={t('req.partyKind')}>
                  <Select options={options(partyKinds, partyKindLabels)} />
                </Form.Item>
                <Form.Item name={[field.name, 'name']} label={t('req.name')} rules={req}>
                  <Input maxLength={200} autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'phone']} label={t('req.phone')}>
                  <Input maxLength={11} inputMode="tel" autoComplete="off" />
                </Form.Item>
                <Form.Item name={[field.name, 'address']} label={t('req.address')}>
                  <Input maxLength={200} autoComplete="off" />
                </Form.Item>
                {fields.length > 1 && (
                  <Button type="link" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                    {t('req.removeOther')}
                  </Button>
                )}
              </Section>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', kind: 'person' })} block style={{ marginBottom: 16 }}>
              {t('req.addOther')}
            </Button>
          </>
        )}
      </Form.List>
      <Section id="med-req-dispute" title={t('req.dispute')}>
        <Form.Item name="kind" label={t('req.kind')} rules={[{ required: true, message: t('req.required') }]}>
          <Select options={options(disputeKinds, disputeKindLabels)} />
        </Form.Item>
        <Form.Item name="title" label={t('req.title')} rules={req}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="facts" label={t('req.facts')} rules={req}>
          <Input.TextArea rows={5} maxLength={20000} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('req.amount')}>
          <InputNumber min={0} style={{ width: '100%' }} inputMode="decimal" />
        </Form.Item>
        <Form.Item name="files" label={t('req.attachments')}>
          <PhotoInput caseId={draftId} entityType="medDraft" anyFile label={t('req.addFile')} />
        </Form.Item>
      </Section>
      <Alert type="info" showIcon title={t('req.consentNote')} style={{ marginBottom: 16 }} />
      <Button type="primary" size="large" block loading={request.isPending} onClick={() => void submit()}>
        {t('req.submit')}
      </Button>
    </Form>
  );
}
