import { App, Button, Card, Form, Radio } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiErrorHandler } from '../../../../../../web/src/api/use-api-error';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { submitForm } from '../../../../../../web/src/components/submit-form';
import { caseApi } from '../../../api/cases';
import { useAidMutation } from '../../../api/keys';
import { AidPage } from '../../../components/AidPage';
import { useAidT } from '../../../i18n';
import { casePath } from '../../../paths';
import { ApplicationFields, type ApplicationValues, toStaffApplication } from './ApplicationFields';
import { NoticeFields, type NoticeValues, toPaperNotice } from './NoticeFields';

type Kind = 'walkIn' | 'forwarded' | 'notice';

/** /workbench/legal-aid/intake — a walk-in or forwarded application (第三十九条), or a paper defence notice. */
export default function IntakePage() {
  const tr = useAidT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const [kind, setKind] = useState<Kind>('walkIn');
  const [form] = Form.useForm<ApplicationValues & NoticeValues>();
  const intake = useAidMutation(caseApi.intake);
  const notice = useAidMutation(caseApi.paperNotice);
  const submit = () =>
    submitForm(form, async (v) => {
      try {
        const c = kind === 'notice' ? await notice.mutateAsync(toPaperNotice(v)) : await intake.mutateAsync(toStaffApplication(v, kind));
        message.success(tr('intake.done'));
        void navigate(casePath(c.id));
      } catch (e) {
        onError(e, form);
      }
    });
  return (
    <AidPage>
      <PageHeading title={tr('page.intake')} />
      <Card>
        <Form
          form={form}
          name="aid-intake"
          layout="vertical"
          initialValues={{ exemption: 'none', hardshipCheck: 'pledge', pledgeSigned: true }}
          style={{ maxWidth: 880 }}
        >
          <Form.Item label={tr('intake.kind')}>
            <Radio.Group
              value={kind}
              onChange={(e) => setKind(e.target.value as Kind)}
              optionType="button"
              options={[
                { value: 'walkIn', label: tr('intake.walkIn') },
                { value: 'forwarded', label: tr('intake.forwarded') },
                { value: 'notice', label: tr('intake.notice') },
              ]}
            />
          </Form.Item>
          {kind === 'notice' ? <NoticeFields /> : <ApplicationFields forwarded={kind === 'forwarded'} />}
          <Button type="primary" size="large" loading={intake.isPending || notice.isPending} onClick={() => void submit()}>
            {tr('intake.submit')}
          </Button>
        </Form>
      </Card>
    </AidPage>
  );
}
