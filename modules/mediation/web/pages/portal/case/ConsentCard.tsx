import { Alert, App, Button, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import type { CitizenCaseDetail } from '../../../../contract/case';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useConsent } from '../../../api/portal';
import { useMedPortalT } from '../../../i18n/portal';

const colours: Record<string, string> = { pending: 'default', given: 'green', refused: 'red' };

/** 第十七条: each party's answer; the signed-in party gives or refuses consent while the abilities allow it. */
export function ConsentCard({ c }: { c: CitizenCaseDetail }) {
  const t = useMedPortalT();
  const text = useLocalText();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const consent = useConsent(c.id);
  const [refusing, setRefusing] = useState(false);
  const [form] = Form.useForm<{ refusalReason?: string }>();
  const me = c.parties.find((p) => p.isMe);

  const answer = async (given: boolean, refusalReason?: string) => {
    try {
      await consent.mutateAsync(given ? { answer: 'given' } : { answer: 'refused', refusalReason: refusalReason?.trim() || undefined });
      message.success(t('case.consentDone'));
      setRefusing(false);
    } catch (e) {
      onError(e, form);
    }
  };

  return (
    <>
      {c.abilities.canConsent && me?.consent === 'pending' && (
        <>
          <Alert type="warning" showIcon title={t('case.consentIntro')} style={{ marginBottom: 12 }} />
          <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
            <Button type="primary" size="large" block loading={consent.isPending} onClick={() => void answer(true)}>
              {t('case.consentGive')}
            </Button>
            <Button size="large" block danger onClick={() => setRefusing(true)}>
              {t('case.consentRefuse')}
            </Button>
          </Space>
        </>
      )}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('case.parties')}>
        {c.parties.map((p) => (
          <li key={p.id} style={{ padding: '6px 0' }}>
            {p.name}（{text(p.roleLabel)}）<Tag color={colours[p.consent]}>{text(p.consentLabel)}</Tag>
            {p.isMe && <Tag color="blue">{t('case.you')}</Tag>}
          </li>
        ))}
      </ul>
      <Modal
        open={refusing}
        title={t('case.refuseConfirm')}
        okText={t('case.consentRefuse')}
        okButtonProps={{ danger: true, loading: consent.isPending }}
        onOk={() => void answer(false, form.getFieldValue('refusalReason') as string | undefined)}
        onCancel={() => setRefusing(false)}
        destroyOnHidden
      >
        <Form form={form} name="med-refuse" layout="vertical">
          <Form.Item name="refusalReason" label={t('case.refuseReason')}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
