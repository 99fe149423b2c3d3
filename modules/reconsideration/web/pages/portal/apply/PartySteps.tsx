import { Alert, Button, Card, Form, Input, Radio, Select, Upload } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { useCitizen } from '../../../../../../web/src/layout/portal/use-citizen';
import { reconPortalApi, useBodies, useRespondents } from '../../../api/portal';
import { useReconPortalT } from '../../../portal-i18n';
import type { ApplyFormValues } from './apply-form';

/** Step 1: the applicant (person or organisation, 第十四条至第十六条). */
export function ApplicantStep() {
  const t = useReconPortalT();
  const { citizen } = useCitizen();
  const kind = Form.useWatch<ApplyFormValues['applicant']['kind']>(['applicant', 'kind']);
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <>
      <Form.Item name={['applicant', 'kind']} label={t('applicant.kind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: t('applicant.person') },
            { value: 'organisation', label: t('applicant.organisation') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name={['applicant', 'name']}
        label={kind === 'organisation' ? t('applicant.orgName') : t('applicant.name')}
        rules={required(t('applicant.nameRequired'))}
      >
        <Input maxLength={200} autoComplete={kind === 'organisation' ? 'organization' : 'name'} />
      </Form.Item>
      {kind === 'organisation' ? (
        <>
          <Form.Item name={['applicant', 'creditCode']} label={t('applicant.creditCode')} rules={required(t('applicant.idRequired'))}>
            <Input maxLength={18} style={{ textTransform: 'uppercase' }} />
          </Form.Item>
          <Form.Item
            name={['applicant', 'representative']}
            label={t('applicant.representative')}
            rules={required(t('applicant.nameRequired'))}
          >
            <Input maxLength={100} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name={['applicant', 'idNumber']} label={t('applicant.idNumber')} rules={required(t('applicant.idRequired'))}>
          <Input maxLength={18} inputMode="text" />
        </Form.Item>
      )}
      <Form.Item
        name={['applicant', 'phone']}
        label={t('applicant.phone')}
        extra={citizen ? t('applicant.phoneHint', { phone: citizen.phoneMasked }) : undefined}
      >
        <Input maxLength={11} inputMode="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item name={['applicant', 'address']} label={t('applicant.address')}>
        <Input.TextArea rows={2} maxLength={200} autoComplete="street-address" />
      </Form.Item>
    </>
  );
}

/** The agent's letter of authorisation, uploaded before the application exists (owner `reconDraft`). */
function LetterUpload({
  draftId,
  value,
  onChange,
  id,
}: {
  draftId: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
}) {
  const t = useReconPortalT();
  const onError = useApiErrorHandler();
  const [name, setName] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <Upload
      maxCount={1}
      showUploadList={false}
      customRequest={({ file }) => {
        setBusy(true);
        reconPortalApi
          .uploadDraft(draftId, file as File)
          .then((f) => {
            setName(f.fileName);
            onChange?.(f.id);
          })
          .catch((e: unknown) => onError(e))
          .finally(() => setBusy(false));
      }}
    >
      <Button id={id} loading={busy}>
        {value ? `✓ ${name ?? t('agents.letter')}` : t('materials.pick')}
      </Button>
    </Upload>
  );
}

/** Step 2: up to two agents, each with a letter of authorisation (第十七条). */
export function AgentsStep({ draftId }: { draftId: string }) {
  const t = useReconPortalT();
  return (
    <>
      <Alert type="info" showIcon title={t('agents.intro')} style={{ marginBottom: 16 }} />
      <Form.List name="agents">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, i) => (
              <Card
                key={f.key}
                size="small"
                title={t('agents.item', { n: i + 1 })}
                extra={
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    {t('agents.remove')}
                  </Button>
                }
                style={{ marginBottom: 12 }}
              >
                <Form.Item
                  name={[f.name, 'name']}
                  label={t('agents.name')}
                  rules={[{ required: true, whitespace: true, message: t('applicant.nameRequired') }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
                <Form.Item name={[f.name, 'agentKind']} label={t('agents.kind')} initialValue="other">
                  <Select
                    options={(['lawyer', 'legalWorker', 'other'] as const).map((k) => ({ value: k, label: t(`agents.kind.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'idNumber']} label={t('agents.idNumber')}>
                  <Input maxLength={18} />
                </Form.Item>
                <Form.Item name={[f.name, 'phone']} label={t('agents.phone')}>
                  <Input maxLength={11} inputMode="tel" />
                </Form.Item>
                <Form.Item
                  name={[f.name, 'authorisationLetterAttachmentId']}
                  label={t('agents.letter')}
                  rules={[{ required: true, message: t('agents.letterRequired') }]}
                >
                  <LetterUpload draftId={draftId} />
                </Form.Item>
              </Card>
            ))}
            {fields.length < 2 ? (
              <Button type="dashed" block onClick={() => add({ agentKind: 'other' })}>
                + {t('agents.add')}
              </Button>
            ) : (
              <p>{t('agents.max')}</p>
            )}
          </>
        )}
      </Form.List>
    </>
  );
}

/** Step 3: the respondent agency (searched among 行政执法部门, or typed) and the reconsideration body. */
export function RespondentStep({ onRespondentName }: { onRespondentName: (name: string | undefined) => void }) {
  const t = useReconPortalT();
  const [q, setQ] = useState('');
  const respondents = useRespondents(q);
  const bodies = useBodies();
  const form = Form.useFormInstance<ApplyFormValues>();
  const atLeastOne = {
    validator: async () => {
      const v = form.getFieldsValue(['respondentOrgId', 'respondentName']);
      if (!v.respondentOrgId && !v.respondentName?.trim()) throw new Error(t('respondent.required'));
    },
  };
  return (
    <>
      <Form.Item name="respondentOrgId" label={t('respondent.search')} extra={t('respondent.searchHint')} rules={[atLeastOne]}>
        <Select
          showSearch={{ filterOption: false, onSearch: setQ }}
          allowClear
          loading={respondents.isFetching}
          notFoundContent={t('respondent.notFound')}
          options={respondents.data?.items.map((r) => ({ value: r.id, label: r.name }))}
          onChange={(id: string | undefined) => {
            onRespondentName(respondents.data?.items.find((r) => r.id === id)?.name);
            void form.validateFields(['respondentName']).catch(() => undefined);
          }}
        />
      </Form.Item>
      <Form.Item name="respondentName" label={t('respondent.name')} dependencies={['respondentOrgId']} rules={[atLeastOne]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="orgId"
        label={t('respondent.body')}
        extra={t('respondent.bodyHint')}
        rules={[{ required: true, message: t('respondent.bodyRequired') }]}
      >
        <Select loading={bodies.isPending} options={bodies.data?.items.map((b) => ({ value: b.id, label: b.name }))} />
      </Form.Item>
    </>
  );
}
