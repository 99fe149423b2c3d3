import { Alert, App, Button, Form, Input, Tag } from 'antd';
import type { CitizenCase } from '../../../../contract/case';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useAidMutation } from '../../../api/keys';
import { portalApi } from '../../../api/portal';
import { uploadOwnCaseFile } from '../../../api/upload';
import { CaseFilesInput } from '../../../components/CaseFilesInput';
import { useAidPortalT } from '../../../portal-i18n';
import { PortalCard } from '../portal-parts';

/** 第四十三条第二款: the one request for missing materials — the items, the date, photos and an explanation. */
export function MaterialsAnswer({ c }: { c: CitizenCase }) {
  const t = useAidPortalT();
  const { date } = useFormat();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [form] = Form.useForm<{ answer?: string; attachmentIds?: string[] }>();
  const send = useAidMutation((b: { answer?: string; attachmentIds: string[] }) => portalApi.answerMaterials(c.id, b));
  const r = c.materialRequest;
  if (!r) return null;
  return (
    <PortalCard title={t('case.materials')}>
      <ol className="aid-list" style={{ fontSize: '1.05em' }}>
        {r.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ol>
      {r.status === 'pending' ? (
        <Alert type="warning" showIcon title={t('case.materialsDue', { date: date(r.dueOn) })} />
      ) : (
        <Tag>{t(r.status === 'answered' ? 'case.materialsSent' : 'case.materialsLapsed')}</Tag>
      )}
      {c.canUploadMaterials && r.status === 'pending' && (
        <Form form={form} name="aid-materials" layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item name="attachmentIds" label={t('materials.pick')}>
            <CaseFilesInput caseId={c.id} upload={uploadOwnCaseFile} />
          </Form.Item>
          <Form.Item name="answer" label={t('case.answer')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Button
            type="primary"
            size="large"
            block
            loading={send.isPending}
            onClick={() =>
              void submitForm(form, async (v) => {
                try {
                  await send.mutateAsync({ answer: v.answer?.trim() || undefined, attachmentIds: v.attachmentIds ?? [] });
                  message.success(t('case.materialsSent'));
                } catch (e) {
                  onError(e, form);
                }
              })
            }
          >
            {t('case.sendMaterials')}
          </Button>
        </Form>
      )}
    </PortalCard>
  );
}
