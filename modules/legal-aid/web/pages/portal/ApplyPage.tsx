import { Alert, App, Button, Form, Progress } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { EligibilityResultView } from '../../../contract/application';
import { isApiError } from '../../../../../web/src/api/api-error';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import { useAidMutation } from '../../api/keys';
import { portalApi } from '../../api/portal';
import { uploadOwnCaseFile } from '../../api/upload';
import { portalCase, portalHome } from '../../paths';
import { useAidPortalT } from '../../portal-i18n';
import { CitizenGate, PortalTitle } from './portal-parts';
import { ExemptionStep, IncomeStep, MatterStep, PersonStep } from './apply/QuestionSteps';
import { MaterialsStep, ResultStep } from './apply/ResultSteps';
import { initialWizardValues, stepOfField, toApplication, toPrecheck, type WizardValues, wizardSteps } from './apply/wizard-model';

/** /portal/legal-aid/apply — the guided application, one question group at a time, pre-check before submitting. */
export default function ApplyPage() {
  const t = useAidPortalT();
  usePageTitle(t('title.apply'));
  return (
    <CitizenGate heading={<PortalTitle back={{ to: portalHome, label: t('title.landing') }}>{t('title.apply')}</PortalTitle>}>
      <Wizard />
    </CitizenGate>
  );
}

const materialsStep = 4;
const last = wizardSteps.length - 1;

function Wizard() {
  const t = useAidPortalT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [files, setFiles] = useState<File[]>([]);
  const [result, setResult] = useState<EligibilityResultView | null>(null);
  const [uploading, setUploading] = useState(false);
  const precheck = useAidMutation(portalApi.precheck);
  const apply = useAidMutation(portalApi.apply);

  const goTo = (n: number) => {
    setStep(n);
    window.scrollTo({ top: 0 });
    document.getElementById('aid-apply-step')?.focus();
  };
  const fieldsOf = (s: number) =>
    form
      .getFieldsError()
      .map((f) => f.name)
      .filter((name) => wizardSteps[s]?.fields.includes(String(name[0])));

  /** A server error: under its field, on the step that asks it. */
  const showServerError = (e: unknown) => {
    onError(e, form);
    if (!isApiError(e)) return;
    const fields = e.issues.length ? e.issues.map((i) => i.field) : e.field ? [e.field] : [];
    const target = Math.min(...fields.map((f) => stepOfField(f) ?? step), step);
    if (fields.length && target !== step) {
      goTo(target);
      message.warning(t('wizard.fixErrors'));
    }
  };

  const next = async () => {
    try {
      await form.validateFields(fieldsOf(step));
    } catch {
      return;
    }
    if (step === materialsStep - 1) {
      try {
        setResult(await precheck.mutateAsync(toPrecheck(form.getFieldsValue(true))));
      } catch (e) {
        showServerError(e);
        return;
      }
    }
    goTo(step + 1);
  };

  const submit = async () => {
    let created: { id: string };
    try {
      created = await apply.mutateAsync(toApplication(form.getFieldsValue(true)));
    } catch (e) {
      showServerError(e);
      return;
    }
    setUploading(true);
    for (const file of files) {
      try {
        await uploadOwnCaseFile(created.id, file);
      } catch (e) {
        message.error(t('materials.failed', { name: file.name, error: isApiError(e) ? e.text(locale) : String(e) }));
      }
    }
    setUploading(false);
    message.success(t('wizard.submitted'));
    void navigate(portalCase(created.id));
  };

  const panels = [
    <MatterStep key="matter" />,
    <ExemptionStep key="exemption" />,
    <IncomeStep key="income" />,
    <PersonStep key="person" />,
    <MaterialsStep key="materials" result={result} files={files} onFiles={setFiles} />,
    <ResultStep key="result" result={result} />,
  ];

  return (
    <div className="tp-portal-hero">
      <Progress percent={Math.round(((step + 1) / wizardSteps.length) * 100)} showInfo={false} aria-hidden />
      <h2 id="aid-apply-step" tabIndex={-1} style={{ fontSize: '1.2em' }}>
        {t('step.progress', { n: step + 1, total: wizardSteps.length, name: t(wizardSteps[step]?.key ?? 'step.matter') })}
      </h2>
      <Form form={form} name="aid-apply" layout="vertical" initialValues={initialWizardValues} requiredMark={false}>
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
          <Button size="large" type="primary" loading={precheck.isPending} onClick={() => void next()}>
            {step === materialsStep ? t('wizard.check') : t('wizard.next')}
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
