import { Alert, App, Button, Form, Grid, Progress, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../../../web/src/api/api-error';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { newDraftId, reconPortalApi, useApply } from '../../api/portal';
import { useReconPortalT } from '../../portal-i18n';
import { ActStep, MaterialsStep, RequestsStep } from './apply/ActSteps';
import { type ApplyFormValues, applySteps, initialApplyValues, stepOfField, toApplicationBody } from './apply/apply-form';
import { AgentsStep, ApplicantStep, RespondentStep } from './apply/PartySteps';
import { ReviewStep } from './apply/ReviewStep';
import { CitizenGate, PortalTitle } from './CitizenGate';

/**
 * /portal/reconsideration/apply — the online application (行政复议法 第二十二条), one step at a time.
 * Every step's fields stay mounted (hidden when not current), so server field errors land on their
 * field and the wizard jumps to the step that shows them.
 */
export default function ApplyPage() {
  const t = useReconPortalT();
  usePageTitle(t('title.apply'));
  return (
    <CitizenGate
      heading={<PortalTitle back={{ to: '/portal/reconsideration', label: t('title.landing') }}>{t('title.apply')}</PortalTitle>}
    >
      <ApplyWizard />
    </CitizenGate>
  );
}

function ApplyWizard() {
  const t = useReconPortalT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<ApplyFormValues>();
  const [step, setStep] = useState(0);
  const [draftId] = useState(newDraftId);
  const [files, setFiles] = useState<File[]>([]);
  const [respondentLabel, setRespondentLabel] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const apply = useApply();
  const last = applySteps.length - 1;

  const goTo = (n: number) => {
    setStep(n);
    document.getElementById('recon-apply-step')?.focus();
  };

  /** The registered fields (full name paths) shown on the given steps. */
  const fieldsOf = (steps: number[]) =>
    form
      .getFieldsError()
      .map((f) => f.name)
      .filter((name) => steps.some((s) => applySteps[s]!.fields.includes(String(name[0]))));

  const next = async () => {
    try {
      await form.validateFields(fieldsOf([step]));
      goTo(step + 1);
    } catch {
      // The errors are shown under the fields of this step.
    }
  };

  const firstStepWithError = (names: (string | number)[][]) => Math.min(...names.map((n) => stepOfField(n.join('.')) ?? last), last);

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      goTo(
        firstStepWithError(
          form
            .getFieldsError()
            .filter((f) => f.errors.length)
            .map((f) => f.name),
        ),
      );
      message.warning(t('wizard.fixErrors'));
      return;
    }
    let created: { id: string };
    try {
      created = await apply.mutateAsync(toApplicationBody(form.getFieldsValue(true)));
    } catch (e) {
      onError(e, form);
      if (isApiError(e)) {
        const fields = e.issues.length ? e.issues.map((i) => i.field) : e.field ? [e.field] : [];
        const target = Math.min(...fields.map((f) => stepOfField(f) ?? last), last);
        if (fields.length) {
          goTo(target);
          message.warning(t('wizard.fixErrors'));
        }
      }
      return;
    }
    setUploading(true);
    for (const file of files) {
      try {
        await reconPortalApi.uploadToCase(created.id, file);
      } catch (e) {
        message.error(t('materials.uploadFailed', { name: file.name, error: isApiError(e) ? e.text(locale) : String(e) }));
      }
    }
    setUploading(false);
    message.success(t('wizard.submitted'));
    void navigate(`/portal/reconsideration/cases/${created.id}`);
  };

  const stepName = t(applySteps[step]!.key);
  const panels = [
    <ApplicantStep key="applicant" />,
    <AgentsStep key="agents" draftId={draftId} />,
    <RespondentStep key="respondent" onRespondentName={setRespondentLabel} />,
    <ActStep key="act" />,
    <RequestsStep key="requests" />,
    <MaterialsStep key="materials" files={files} onChange={setFiles} />,
    step === last ? (
      <ReviewStep key="review" values={form.getFieldsValue(true)} respondentLabel={respondentLabel} files={files} goTo={goTo} />
    ) : null,
  ];

  return (
    <div className="tp-portal-hero">
      {screens.md ? (
        <Steps size="small" current={step} items={applySteps.map((s) => ({ title: t(s.key) }))} style={{ marginBottom: 24 }} />
      ) : (
        <Progress percent={Math.round(((step + 1) / applySteps.length) * 100)} showInfo={false} aria-hidden />
      )}
      <h2 id="recon-apply-step" tabIndex={-1} style={{ fontSize: '1.2em' }}>
        {t('step.progress', { n: step + 1, total: applySteps.length, name: stepName })}
      </h2>
      <Form form={form} name="recon-apply" layout="vertical" initialValues={initialApplyValues} requiredMark scrollToFirstError>
        {panels.map((panel, i) => (
          <div key={i} hidden={i !== step}>
            {panel}
          </div>
        ))}
      </Form>
      {uploading && <Alert type="info" showIcon title={t('materials.uploading')} style={{ marginBottom: 12 }} />}
      <div style={{ display: 'flex', gap: 12, justifyContent: 'space-between', marginTop: 16 }}>
        <Button size="large" disabled={step === 0} onClick={() => goTo(step - 1)}>
          {t('wizard.prev')}
        </Button>
        {step < last ? (
          <Button size="large" type="primary" onClick={() => void next()}>
            {t('wizard.next')}
          </Button>
        ) : (
          <Button size="large" type="primary" loading={apply.isPending || uploading} onClick={() => void submit()}>
            {t('wizard.submit')}
          </Button>
        )}
      </div>
    </div>
  );
}
