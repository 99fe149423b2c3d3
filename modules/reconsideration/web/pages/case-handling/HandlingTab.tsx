import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { caseStateLabels, procedureLabels } from '../../../contract/enums';
import type { HandlingAbilities, HandlingView } from '../../../contract/handling';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useCase } from '../../api/cases';
import { useHandling } from '../../api/handling';
import { type StageKey, useStageT } from '../../i18n/stages';
import { type HandlingModal, HandlingModals } from './handling-modals';
import {
  ClosureSection,
  ConsultationsSection,
  HearingsSection,
  ReplySection,
  SuspensionsSection,
  WithdrawalSection,
} from './handling-sections';
import { DateText, useLabel } from './parts';

/** Buttons of the handling stage, each shown only when the server's abilities allow it. */
const actions: { kind: HandlingModal['kind']; ability: keyof HandlingAbilities; label: StageKey; danger?: boolean }[] = [
  { kind: 'handler', ability: 'canAssignHandler', label: 'h.assign' },
  { kind: 'procedure', ability: 'canConvertProcedure', label: 'h.convert' },
  { kind: 'copy', ability: 'canSendCopy', label: 'h.copy' },
  { kind: 'reply', ability: 'canReply', label: 'h.reply' },
  { kind: 'hearings', ability: 'canScheduleHearing', label: 'h.schedule' },
  { kind: 'consultations', ability: 'canRequestConsultation', label: 'h.requestConsultation' },
  { kind: 'suspend', ability: 'canSuspend', label: 'h.suspend' },
  { kind: 'resume', ability: 'canResume', label: 'h.resume' },
  { kind: 'mediation', ability: 'canMediate', label: 'h.mediate' },
  { kind: 'withdraw', ability: 'canWithdraw', label: 'h.withdraw' },
  { kind: 'terminate', ability: 'canTerminate', label: 'h.terminate', danger: true },
  { kind: 'dismiss', ability: 'canDismiss', label: 'h.dismiss', danger: true },
];

/** 审理 tab of the case detail page (行政复议法 第三十六条至第五十五条、第七十三条、第七十四条). */
export function HandlingTab({ caseId }: { caseId: string }) {
  const query = useHandling(caseId);
  const detail = useCase(caseId);
  const [modal, setModal] = useState<HandlingModal | null>(null);
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const view = query.data;
  return (
    <Flex vertical gap="middle">
      <Overview view={view} />
      <ActionBar abilities={view.abilities} open={setModal} />
      <ReplySection view={view} />
      <HearingsSection view={view} open={setModal} />
      <ConsultationsSection view={view} open={setModal} />
      <SuspensionsSection view={view} />
      <WithdrawalSection view={view} />
      <ClosureSection view={view} />
      <HandlingModals caseId={caseId} orgId={detail.data?.orgId} view={view} modal={modal} onClose={() => setModal(null)} />
    </Flex>
  );
}

function ActionBar({ abilities, open }: { abilities: HandlingAbilities; open(m: HandlingModal): void }) {
  const st = useStageT();
  const shown = actions.filter((a) => abilities[a.ability]);
  if (!shown.length) return null;
  return (
    <Space wrap role="toolbar" aria-label={st('h.title')}>
      {shown.map((a) => (
        <Button
          key={a.kind}
          danger={a.danger}
          type={a.kind === 'reply' ? 'primary' : 'default'}
          onClick={() => open({ kind: a.kind } as HandlingModal)}
        >
          {st(a.label)}
        </Button>
      ))}
    </Space>
  );
}

function Overview({ view }: { view: HandlingView }) {
  const st = useStageT();
  const label = useLabel();
  const suspended = view.suspensions.find((s) => !s.resumedOn);
  return (
    <Card title={st('h.overview')} size="small">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={st('h.state')}>{label(caseStateLabels[view.state])}</Descriptions.Item>
        <Descriptions.Item label={st('h.procedure')}>{view.procedure ? label(procedureLabels[view.procedure]) : '—'}</Descriptions.Item>
        <Descriptions.Item label={st('h.handler')}>{view.handlerName ?? st('h.noHandler')}</Descriptions.Item>
        <Descriptions.Item label={st('h.acceptedOn')}>
          <DateText value={view.acceptedOn} />
        </Descriptions.Item>
        <Descriptions.Item label={st('h.decisionDueOn')}>
          <DateText value={view.decisionDueOn} />
        </Descriptions.Item>
        {view.closedOn ? (
          <Descriptions.Item label={st('h.closedOn')}>
            <DateText value={view.closedOn} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {suspended ? (
        <Alert
          type="warning"
          showIcon
          title={`${st('h.suspend')}：${label(suspended.groundLabel)}`}
          description={
            <>
              <div>
                {st('h.suspendedOn')}：<DateText value={suspended.suspendedOn} />
                {suspended.terminationDueOn ? (
                  <>
                    {'；'}
                    {st('h.terminationDueOn')}：<DateText value={suspended.terminationDueOn} />
                  </>
                ) : null}
              </div>
              {suspended.terminationDueOn ? <div>{st('h.terminationDueHint')}</div> : null}
              <div>{label(view.localRules.note)}</div>
            </>
          }
        />
      ) : null}
    </Card>
  );
}

export default HandlingTab;
