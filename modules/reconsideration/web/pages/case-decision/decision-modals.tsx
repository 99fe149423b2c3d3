import { Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { approvalRoutes, type ApprovalRoute, type DraftView, type LetterKind, letterKinds } from '../../../contract/decision';
import { decisionTypeLabels, decisionTypes, type DecisionType, withCompensationLabel } from '../../../contract/decision-enums';
import { decisionApi, useDecisionMutation } from '../../api/decision';
import { useStageT } from '../../i18n/stages';
import { ActionModal, toLocalDate, today, useLabel, useRequired } from '../case-handling/parts';

/** 第六十二条第一款: extension approved by the office head, at most 30 days in total. */
export function ExtensionModal({ caseId, open, daysLeft, onClose }: { caseId: string; open: boolean; daysLeft: number; onClose(): void }) {
  const st = useStageT();
  const required = useRequired();
  const extend = useDecisionMutation(caseId, (b: Parameters<typeof decisionApi.extend>[1]) => decisionApi.extend(caseId, b));
  return (
    <ActionModal<{ days: number; reason: string; approvedOn: Dayjs }>
      open={open}
      title={st('d.extend')}
      formName="recon-extension"
      initialValues={{ days: Math.min(30, Math.max(1, daysLeft)), approvedOn: today() }}
      onClose={onClose}
      onSubmit={(v) => extend.mutateAsync({ ...v, approvedOn: toLocalDate(v.approvedOn) })}
    >
      <Form.Item
        name="days"
        label={st('d.extendDays')}
        extra={st('d.extendDaysHint', { n: daysLeft })}
        rules={[{ required: true, message: st('common.required', { field: st('d.extendDays') }) }]}
      >
        <InputNumber min={1} max={Math.max(1, daysLeft)} precision={0} />
      </Form.Item>
      <Form.Item name="reason" label={st('common.reason')} rules={required(st('common.reason'))}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item
        name="approvedOn"
        label={st('d.extendApprovedOn')}
        rules={[{ required: true, message: st('common.required', { field: st('d.extendApprovedOn') }) }]}
      >
        <DatePicker />
      </Form.Item>
    </ActionModal>
  );
}

type DraftValues = {
  decisionType: DecisionType;
  withCompensation: boolean;
  reasoning: string;
  operativeDetails?: string;
  approvalRoute: ApprovalRoute;
};

/** A new draft, or an edit of `draft` (optimistic by version). */
export function DraftModal({ caseId, open, draft, onClose }: { caseId: string; open: boolean; draft?: DraftView; onClose(): void }) {
  const st = useStageT();
  const label = useLabel();
  const required = useRequired();
  const create = useDecisionMutation(caseId, (b: DraftValues) => decisionApi.createDraft(caseId, b));
  const patch = useDecisionMutation(caseId, (b: DraftValues & { id: string; version: number }) => {
    const { id, ...body } = b;
    return decisionApi.patchDraft(caseId, id, body);
  });
  return (
    <ActionModal<DraftValues>
      open={open}
      title={draft ? st('d.editDraft') : st('d.newDraft')}
      formName="recon-draft"
      initialValues={
        draft
          ? {
              decisionType: draft.decisionType,
              withCompensation: draft.withCompensation,
              reasoning: draft.reasoning,
              operativeDetails: draft.operativeDetails ?? undefined,
              approvalRoute: draft.approvalRoute,
            }
          : { withCompensation: false, approvalRoute: 'authorityHead' }
      }
      onClose={onClose}
      onSubmit={(v) => {
        const body = { ...v, operativeDetails: v.operativeDetails?.trim() || undefined };
        return draft ? patch.mutateAsync({ ...body, id: draft.id, version: draft.version }) : create.mutateAsync(body);
      }}
    >
      <Form.Item
        name="decisionType"
        label={st('d.decisionType')}
        rules={[{ required: true, message: st('common.required', { field: st('d.decisionType') }) }]}
      >
        <Select
          options={decisionTypes.map((t) => ({
            value: t,
            label: `${label(decisionTypeLabels[t])}（${decisionTypeLabels[t].article ?? ''}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="withCompensation" valuePropName="checked">
        <Checkbox>{`${label(withCompensationLabel)}（${withCompensationLabel.article ?? ''}）`}</Checkbox>
      </Form.Item>
      <Form.Item name="reasoning" label={st('d.reasoning')} rules={required(st('d.reasoning'))}>
        <Input.TextArea rows={8} maxLength={20000} showCount />
      </Form.Item>
      <Form.Item name="operativeDetails" label={st('d.operativeDetails')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="approvalRoute" label={st('d.approvalRoute')}>
        <Radio.Group options={approvalRoutes.map((r) => ({ value: r, label: st(`d.route.${r}`) }))} />
      </Form.Item>
    </ActionModal>
  );
}

type ApprovalStepIn = 'officeHead' | 'authorityHead' | 'collective';

export function ApprovalModal(props: {
  caseId: string;
  open: boolean;
  draftId: string;
  step: ApprovalStepIn;
  canApprove: boolean;
  canReturn: boolean;
  onClose(): void;
}) {
  const { caseId, open, draftId, step, canApprove, canReturn, onClose } = props;
  const st = useStageT();
  const approve = useDecisionMutation(caseId, (b: Parameters<typeof decisionApi.approve>[2]) => decisionApi.approve(caseId, draftId, b));
  const verdicts = [...(canApprove ? (['approve'] as const) : []), ...(canReturn ? (['return'] as const) : [])];
  return (
    <ActionModal<{ verdict: 'approve' | 'return'; comment?: string }>
      open={open}
      title={`${st('d.approve')}：${st(step === 'officeHead' ? 'd.draftStatus.submitted' : 'd.draftStatus.officeApproved')}`}
      formName="recon-approval"
      initialValues={{ verdict: verdicts[0] }}
      onClose={onClose}
      onSubmit={(v) => approve.mutateAsync({ step, verdict: v.verdict, comment: v.comment?.trim() || undefined })}
    >
      <Form.Item name="verdict" label={st('d.verdict')}>
        <Radio.Group options={verdicts.map((v) => ({ value: v, label: st(`d.verdict.${v}`) }))} />
      </Form.Item>
      <Form.Item name="comment" label={st('d.comment')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}

export function IssueModal({ caseId, open, draftId, onClose }: { caseId: string; open: boolean; draftId: string; onClose(): void }) {
  const st = useStageT();
  const issue = useDecisionMutation(caseId, (b: { issuedOn: string }) => decisionApi.issue(caseId, draftId, b));
  return (
    <ActionModal<{ issuedOn: Dayjs }>
      open={open}
      title={st('d.issue')}
      formName="recon-issue"
      hint={st('d.issueHint')}
      initialValues={{ issuedOn: today() }}
      onClose={onClose}
      onSubmit={(v) => issue.mutateAsync({ issuedOn: toLocalDate(v.issuedOn) })}
    >
      <Form.Item
        name="issuedOn"
        label={st('d.issuedOn')}
        rules={[{ required: true, message: st('common.required', { field: st('d.issuedOn') }) }]}
      >
        <DatePicker />
      </Form.Item>
    </ActionModal>
  );
}

export function LetterModal({ caseId, open, onClose }: { caseId: string; open: boolean; onClose(): void }) {
  const st = useStageT();
  const required = useRequired();
  const letter = useDecisionMutation(caseId, (b: Parameters<typeof decisionApi.letter>[1]) => decisionApi.letter(caseId, b));
  return (
    <ActionModal<{ kind: LetterKind; recipientName: string; content: string; issuedOn: Dayjs }>
      open={open}
      title={st('d.newLetter')}
      formName="recon-letter"
      hint={st('d.letterHint')}
      initialValues={{ kind: 'opinion', issuedOn: today() }}
      onClose={onClose}
      onSubmit={(v) => letter.mutateAsync({ ...v, issuedOn: toLocalDate(v.issuedOn) })}
    >
      <Form.Item name="kind" label={st('d.letterKind')}>
        <Radio.Group options={letterKinds.map((k) => ({ value: k, label: st(`d.letter.${k}`) }))} />
      </Form.Item>
      <Form.Item name="recipientName" label={st('d.recipientName')} rules={required(st('d.recipientName'))}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="content" label={st('d.content')} rules={required(st('d.content'))}>
        <Input.TextArea rows={6} maxLength={10000} showCount />
      </Form.Item>
      <Form.Item name="issuedOn" label={st('d.letterIssuedOn')}>
        <DatePicker />
      </Form.Item>
    </ActionModal>
  );
}

export function ReportModal({ caseId, letterId, onClose }: { caseId: string; letterId: string | null; onClose(): void }) {
  const st = useStageT();
  const required = useRequired();
  const report = useDecisionMutation(caseId, (b: { reportedOn: string; content: string }) => decisionApi.report(caseId, letterId ?? '', b));
  return (
    <ActionModal<{ reportedOn: Dayjs; content: string }>
      open={letterId !== null}
      title={st('d.recordReport')}
      formName="recon-letter-report"
      initialValues={{ reportedOn: today() }}
      onClose={onClose}
      onSubmit={(v) => report.mutateAsync({ reportedOn: toLocalDate(v.reportedOn), content: v.content })}
    >
      <Form.Item
        name="reportedOn"
        label={st('d.reportedOn')}
        rules={[{ required: true, message: st('common.required', { field: st('d.reportedOn') }) }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item name="content" label={st('d.reportContent')} rules={required(st('d.reportContent'))}>
        <Input.TextArea rows={5} maxLength={10000} />
      </Form.Item>
    </ActionModal>
  );
}
