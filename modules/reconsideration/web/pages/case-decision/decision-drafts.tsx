import { App, Button, Card, Descriptions, Empty, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DecisionView, DraftView } from '../../../contract/decision';
import { approvalStepLabels, type ApprovalStep } from '../../../contract/decision-enums';
import { useApiErrorHandler } from '../../../../../web/src/api/use-api-error';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useCase } from '../../api/cases';
import { decisionApi, useDecisionMutation } from '../../api/decision';
import { attachmentUrl } from '../../api/upload';
import { useStageT } from '../../i18n/stages';
import { type ServiceChannel, serviceChannelLabels, type ServiceStatus } from '@tianping/common/contract/service';
import { DateText, useLabel, ToneTag } from '../case-handling/parts';
import { ApprovalModal, DraftModal, IssueModal } from './decision-modals';

const statusKeys = { sent: 'd.service.sent', opened: 'd.service.opened', acknowledged: 'd.service.acknowledged' } as const;

const statusColours = {
  draft: 'default',
  submitted: 'blue',
  officeApproved: 'geekblue',
  approved: 'cyan',
  returned: 'orange',
  issued: 'green',
} as const;

type Open = null | 'new' | 'edit' | 'approve' | 'issue';

export function DraftsSection({ caseId, view }: { caseId: string; view: DecisionView }) {
  const st = useStageT();
  const [open, setOpen] = useState<Open>(null);
  const a = view.abilities;
  const current = view.drafts.at(-1);
  const earlier = view.drafts.slice(0, -1).reverse();
  return (
    <Card
      title={st('d.drafts')}
      size="small"
      extra={
        a.canDraft ? (
          <Button type="primary" onClick={() => setOpen('new')}>
            {st('d.newDraft')}
          </Button>
        ) : null
      }
    >
      {!current ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={st('d.noDrafts')} /> : null}
      {current ? <DraftCard caseId={caseId} view={view} draft={current} current onOpen={setOpen} /> : null}
      {earlier.map((d) => (
        <DraftCard key={d.id} caseId={caseId} view={view} draft={d} current={false} onOpen={setOpen} />
      ))}
      <DraftModal caseId={caseId} open={open === 'new'} onClose={() => setOpen(null)} />
      {current ? (
        <>
          <DraftModal caseId={caseId} open={open === 'edit'} draft={current} onClose={() => setOpen(null)} />
          <ApprovalModal
            caseId={caseId}
            open={open === 'approve'}
            draftId={current.id}
            step={a.canReviewAsOfficeHead ? 'officeHead' : current.approvalRoute}
            canApprove={a.canReviewAsOfficeHead || a.canApproveAsAuthority}
            canReturn={a.canReturn}
            onClose={() => setOpen(null)}
          />
          <IssueModal caseId={caseId} open={open === 'issue'} draftId={current.id} onClose={() => setOpen(null)} />
        </>
      ) : null}
    </Card>
  );
}

function DraftCard(props: { caseId: string; view: DecisionView; draft: DraftView; current: boolean; onOpen(o: Open): void }) {
  const { caseId, view, draft, current, onOpen } = props;
  const st = useStageT();
  const label = useLabel();
  const { message } = App.useApp();
  const onError = useApiErrorHandler();
  const a = view.abilities;
  const submit = useDecisionMutation(caseId, () => decisionApi.submit(caseId, draft.id));
  const publish = useDecisionMutation(caseId, () => decisionApi.publish(caseId, draft.id));
  const run = (m: typeof submit, done: string) =>
    m.mutateAsync(undefined).then(
      () => void message.success(st('h.actionDone', { action: done })),
      (e: unknown) => onError(e),
    );
  const buttons = current
    ? [
        a.canEditDraft ? (
          <Button key="edit" onClick={() => onOpen('edit')}>
            {st('d.editDraft')}
          </Button>
        ) : null,
        a.canSubmit ? (
          <Button key="submit" type="primary" loading={submit.isPending} onClick={() => void run(submit, st('d.submit'))}>
            {st('d.submit')}
          </Button>
        ) : null,
        a.canReviewAsOfficeHead || a.canApproveAsAuthority || a.canReturn ? (
          <Button key="approve" type="primary" onClick={() => onOpen('approve')}>
            {st('d.approve')}
          </Button>
        ) : null,
        a.canIssue ? (
          <Button key="issue" type="primary" onClick={() => onOpen('issue')}>
            {st('d.issue')}
          </Button>
        ) : null,
        a.canPublish && draft.status === 'issued' && !draft.published ? (
          <Button key="publish" loading={publish.isPending} onClick={() => void run(publish, st('d.publish'))} title={st('d.publishHint')}>
            {st('d.publish')}
          </Button>
        ) : null,
      ].filter(Boolean)
    : [];
  return (
    <Card
      type="inner"
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space wrap>
          <span>{`${label(draft.label)}（${draft.article}）`}</span>
          <ToneTag color={statusColours[draft.status]}>{st(`d.draftStatus.${draft.status}`)}</ToneTag>
          {draft.basedOnHearingRecord ? <Tag>{st('d.basedOnHearing')}</Tag> : null}
        </Space>
      }
    >
      <ApprovalSteps draft={draft} />
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={st('d.approvalRoute')}>{st(`d.route.${draft.approvalRoute}`)}</Descriptions.Item>
        <Descriptions.Item label={st('d.withCompensation')}>
          {draft.withCompensation ? st('common.yes') : st('common.no')}
        </Descriptions.Item>
        <Descriptions.Item label={st('d.reasoning')} span="filled">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 6, expandable: true }}>
            {draft.reasoning}
          </Typography.Paragraph>
        </Descriptions.Item>
        {draft.operativeDetails ? (
          <Descriptions.Item label={st('d.operativeDetails')} span="filled">
            {draft.operativeDetails}
          </Descriptions.Item>
        ) : null}
        {draft.issuedOn ? (
          <Descriptions.Item label={st('d.issuedOn')}>
            <DateText value={draft.issuedOn} />
          </Descriptions.Item>
        ) : null}
        {draft.status === 'issued' ? (
          <Descriptions.Item label={st('d.publish')}>{draft.published ? st('d.published') : st('d.notPublished')}</Descriptions.Item>
        ) : null}
        {draft.document ? (
          <Descriptions.Item label={st('common.document')} span="filled">
            <Space wrap>
              <a href={attachmentUrl(draft.document.attachmentId)}>{st('common.download')}</a>
              <ServiceTags caseId={caseId} attachmentId={draft.document.attachmentId} />
            </Space>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {buttons.length ? <Space wrap>{buttons}</Space> : null}
    </Card>
  );
}

/** 承办人拟办 → 复议机构负责人审核 → 复议机关负责人批准 / 集体讨论, with verdicts and comments. */
function ApprovalSteps({ draft }: { draft: DraftView }) {
  const st = useStageT();
  const label = useLabel();
  const f = useFormat();
  const chain: ApprovalStep[] = ['handler', 'officeHead', draft.approvalRoute];
  const submitted = draft.status !== 'draft';
  const items = chain.map((step, i) => {
    const given = step === 'handler' ? undefined : [...draft.approvals].reverse().find((x) => x.step === step);
    const earlierDone = i === 0 || chain.slice(1, i).every((s) => draft.approvals.some((x) => x.step === s && x.verdict === 'approve'));
    const status: 'finish' | 'error' | 'process' | 'wait' =
      step === 'handler'
        ? submitted
          ? 'finish'
          : 'process'
        : given
          ? given.verdict === 'approve'
            ? 'finish'
            : 'error'
          : submitted && earlierDone && draft.status !== 'returned'
            ? 'process'
            : 'wait';
    return {
      title: label(approvalStepLabels[step]),
      status,
      content: given ? (
        <span>
          {`${st(`d.verdict.${given.verdict}`)} · ${given.actorName} · ${f.dateTime(given.at)}`}
          {given.comment ? <div>{given.comment}</div> : null}
        </span>
      ) : undefined,
    };
  });
  return <Steps size="small" items={items} style={{ marginBottom: 12 }} />;
}

/** 送达情况 of the decision document, from the case detail's service records. */
function ServiceTags({ caseId, attachmentId }: { caseId: string; attachmentId: string }) {
  const st = useStageT();
  const label = useLabel();
  const f = useFormat();
  const detail = useCase(caseId);
  const records = (detail.data?.services ?? []).filter((s) => s.attachmentId === attachmentId);
  if (!records.length) return <Typography.Text type="secondary">{st('d.noService')}</Typography.Text>;
  return (
    <>
      {records.map((r) => {
        const channel = r.channel in serviceChannelLabels ? label(serviceChannelLabels[r.channel as ServiceChannel]) : r.channel;
        const status = r.status in statusKeys ? st(statusKeys[r.status as ServiceStatus]) : r.status;
        return (
          <ToneTag key={r.id} color={r.acknowledgedAt ? 'green' : 'blue'}>
            {`${st('d.service')}：${channel} · ${status} · ${f.dateTime(r.acknowledgedAt ?? r.sentAt)}`}
          </ToneTag>
        );
      })}
    </>
  );
}
