import { App, Form, Radio } from 'antd';
import { procedureLabels, procedures, type Procedure } from '../../../../contract/enums';
import type { CaseDetail } from '../../../../contract/intake';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { casesApi, useCaseAction } from '../../../api/cases';
import { FormModal } from '../../../../../../web/src/components/FormModal';
import { useReconT } from '../../../i18n';
import { ProcedureReasons } from './ProcedureReasons';

/** 受理 (第三十条): the procedure defaults to the system's proposal, whose reasons are shown to confirm it. */
export function AcceptModal({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose(): void }) {
  const tr = useReconT();
  const text = useLocalText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ procedure: Procedure }>();
  const accept = useCaseAction(c.id, casesApi.accept);
  const proposed = (procedures as readonly string[]).includes(c.proposedProcedure.procedure)
    ? (c.proposedProcedure.procedure as Procedure)
    : 'ordinary';

  return (
    <FormModal
      open={open}
      title={tr('accept.title')}
      formName="recon-accept"
      form={form}
      okText={tr('accept.title')}
      busy={accept.isPending}
      initialValues={{ procedure: proposed }}
      onClose={onClose}
      onSubmit={async (v) => {
        await accept.mutateAsync({ procedure: v.procedure, version: c.version });
        message.success(tr('accept.done'));
      }}
    >
      <Form.Item
        name="procedure"
        label={tr('accept.procedure')}
        extra={tr('accept.defaultHint', { procedure: text(procedureLabels[proposed]) })}
      >
        <Radio.Group options={procedures.map((p) => ({ value: p, label: text(procedureLabels[p]) }))} />
      </Form.Item>
      <ProcedureReasons proposal={c.proposedProcedure} />
    </FormModal>
  );
}
