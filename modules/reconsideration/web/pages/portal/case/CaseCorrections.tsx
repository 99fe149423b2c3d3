import { App, Button, Card, Form, Input, Upload } from 'antd';
import { useState } from 'react';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../../web/src/i18n/format';
import type { CitizenCaseDetail } from '../../../../contract/portal';
import { reconPortalApi, useCaseAction } from '../../../api/portal';
import { useReconPortalT } from '../../../portal-i18n';
import { PlainList } from '../PlainList';
import { Pill, type Tone } from './case-status';

type Correction = CitizenCaseDetail['corrections'][number];
const statusTones: Record<string, Tone> = { open: 'orange', corrected: 'green', abandoned: 'red' };

/** The correction notices (第三十一条) with their items, and the form to answer the open one. */
export function CaseCorrections({ c }: { c: CitizenCaseDetail }) {
  const t = useReconPortalT();
  const sep = t('common.colon');
  const { date } = useFormat();
  return (
    <>
      {c.corrections.map((k) => (
        <Card key={k.id} size="small" style={{ marginBottom: 12 }}>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', marginBottom: 8 }}>
            <strong>{t('case.noticeOn', { date: date(k.noticeOn) })}</strong>
            <StatusTag k={k} />
          </div>
          <p style={{ marginTop: 0 }}>
            {t('case.correctionItems')}
            {sep}
          </p>
          <ol style={{ paddingInlineStart: 20 }}>
            {k.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ol>
          {k.status === 'open' && <p>{t('case.correctionDue', { date: date(k.dueOn) })}</p>}
          {k.correctedOn && <p>{t('case.correctedOn', { date: date(k.correctedOn) })}</p>}
          {k.status === 'open' && c.abilities.canCorrect && <CorrectionForm c={c} />}
        </Card>
      ))}
    </>
  );
}

function StatusTag({ k }: { k: Correction }) {
  const t = useReconPortalT();
  const key = k.status === 'open' || k.status === 'corrected' || k.status === 'abandoned' ? k.status : undefined;
  return <Pill tone={statusTones[k.status] ?? 'grey'}>{key ? t(`case.correctionStatus.${key}`) : k.status}</Pill>;
}

function CorrectionForm({ c }: { c: CitizenCaseDetail }) {
  const t = useReconPortalT();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ response: string }>();
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const correct = useCaseAction(c.id, reconPortalApi.correct);
  const submit = () =>
    submitForm(form, async ({ response }) => {
      setBusy(true);
      try {
        for (const file of files) await reconPortalApi.uploadToCase(c.id, file);
        setFiles([]);
        await correct.mutateAsync({ response: response.trim() });
        message.success(t('case.corrected'));
        form.resetFields();
      } catch (e) {
        onError(e, form);
      } finally {
        setBusy(false);
      }
    });
  return (
    <Form form={form} name="recon-correction" layout="vertical">
      <Form.Item
        name="response"
        label={t('case.correctResponse')}
        rules={[{ required: true, whitespace: true, message: t('requests.required') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      {c.abilities.canUpload && (
        <Form.Item label={t('case.correctFiles')} htmlFor="recon-correction-files">
          <Upload
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              setFiles((fs) => [...fs, file]);
              return false;
            }}
          >
            <Button id="recon-correction-files">{t('materials.pick')}</Button>
          </Upload>
          <PlainList
            items={files}
            empty=""
            rowKey={(f, i) => `${f.name}-${i}`}
            render={(f) => f.name}
            actions={(_, i) => (
              <Button type="link" danger onClick={() => setFiles(files.filter((_, j) => j !== i))}>
                {t('materials.remove')}
              </Button>
            )}
          />
        </Form.Item>
      )}
      <Button type="primary" size="large" loading={busy} onClick={() => void submit()}>
        {t('case.correct')}
      </Button>
    </Form>
  );
}
