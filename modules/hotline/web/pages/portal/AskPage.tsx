import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../../../web/src/api/api-error';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../web/src/components/submit-form';
import { usePageTitle } from '../../../../../web/src/components/use-page-title';
import { useLocale } from '../../../../../web/src/i18n/locale-context';
import type { ConsultationCreateBody } from '../../../contract/consultation';
import { citizenConsultationApi } from '../../api/portal';
import { CategorySelect } from '../../components/CategorySelect';
import { useHotlinePortalT } from '../../portal-i18n';
import { CitizenGate, hotlinePortalPaths, PortalCard, PortalTitle } from './portal-parts';

const maxFiles = 5;

/** /portal/hotline/ask — a signed-in citizen writes a question (category, text, up to 5 files). */
export default function AskPage() {
  const t = useHotlinePortalT();
  usePageTitle(t('title.ask'));
  return (
    <CitizenGate heading={<PortalTitle back={{ to: hotlinePortalPaths.home, label: t('title.landing') }}>{t('title.ask')}</PortalTitle>}>
      <AskForm />
    </CitizenGate>
  );
}

function AskForm() {
  const t = useHotlinePortalT();
  const { locale } = useLocale();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<ConsultationCreateBody>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [sending, setSending] = useState(false);

  const send = () =>
    submitForm(form, async (v) => {
      setSending(true);
      try {
        const created = await citizenConsultationApi.create({ category: v.category, question: v.question.trim() });
        const failed: string[] = [];
        for (const f of files) {
          try {
            await citizenConsultationApi.upload(created.id, f.originFileObj as File);
          } catch (e) {
            failed.push(t('ask.fileFailed', { name: f.name, reason: isApiError(e) ? e.text(locale) : String(e) }));
          }
        }
        message.success(t('ask.sent', { number: created.number }));
        if (failed.length) modal.warning({ title: t('ask.sent', { number: created.number }), content: failed.join('\n') });
        void navigate(hotlinePortalPaths.consultation(created.id));
      } catch (e) {
        onError(e, form);
      } finally {
        setSending(false);
      }
    });

  return (
    <>
      <p>{t('ask.intro')}</p>
      <PortalCard title={t('ask.card')}>
        <Form form={form} name="hl-ask" layout="vertical" requiredMark={false} onFinish={() => void send()}>
          <Form.Item name="category" label={t('ask.category')} rules={[{ required: true, message: t('ask.categoryRequired') }]}>
            <CategorySelect style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="question"
            label={t('ask.question')}
            extra={t('ask.questionHelp')}
            rules={[{ required: true, whitespace: true, message: t('ask.questionRequired') }]}
          >
            <Input.TextArea rows={6} maxLength={4000} />
          </Form.Item>
          <Form.Item label={t('ask.files')} extra={t('ask.filesHelp')} htmlFor="hl-ask-files">
            <Upload
              multiple
              fileList={files}
              accept="image/*,.pdf,.doc,.docx"
              beforeUpload={(file) => {
                setFiles((l) =>
                  l.length >= maxFiles ? l : [...l, { uid: file.uid, name: file.name, originFileObj: file, status: 'done' }],
                );
                return false;
              }}
              onRemove={(f) => setFiles((l) => l.filter((x) => x.uid !== f.uid))}
            >
              <Button id="hl-ask-files" icon={<UploadOutlined />} size="large" disabled={files.length >= maxFiles}>
                {t('ask.filesAdd')}
              </Button>
            </Upload>
          </Form.Item>
          <p style={{ color: 'rgba(0,0,0,0.65)', fontSize: '0.9em' }}>{t('ask.sla')}</p>
          <Button type="primary" htmlType="submit" size="large" block loading={sending}>
            {t('ask.submit')}
          </Button>
        </Form>
      </PortalCard>
    </>
  );
}
