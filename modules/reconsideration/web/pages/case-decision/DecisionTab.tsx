import { Alert, Button, Card, Descriptions, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DecisionView } from '../../../contract/decision';
import { procedureLabels } from '../../../contract/enums';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useDecision } from '../../api/decision';
import { useStageT } from '../../i18n/stages';
import { DateText, DeadlineStatusTag, ExplainPopover, useLabel } from '../case-handling/parts';
import { DraftsSection } from './decision-drafts';
import { LettersSection } from './decision-letters';
import { ExtensionModal } from './decision-modals';

/** 决定 tab of the case detail page: the decision clock, drafts and approval, issue, letters. */
export function DecisionTab({ caseId }: { caseId: string }) {
  const query = useDecision(caseId);
  const st = useStageT();
  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  const view = query.data;
  return (
    <Flex vertical gap="middle">
      <ClockCard caseId={caseId} view={view} />
      {view.hearingHeld ? <Alert type="info" showIcon title={st('d.hearingHeld')} /> : null}
      <Consultations view={view} />
      <DraftsSection caseId={caseId} view={view} />
      <LettersSection caseId={caseId} view={view} />
    </Flex>
  );
}

function ClockCard({ caseId, view }: { caseId: string; view: DecisionView }) {
  const st = useStageT();
  const label = useLabel();
  const [extending, setExtending] = useState(false);
  const clock = view.decisionClock;
  if (!clock) {
    return (
      <Card title={st('d.clock')} size="small">
        <Typography.Text type="secondary">{st('d.noClock')}</Typography.Text>
      </Card>
    );
  }
  const simplified = clock.procedure === 'simplified';
  return (
    <Card
      title={st('d.clock')}
      size="small"
      extra={view.abilities.canExtend && !simplified ? <Button onClick={() => setExtending(true)}>{st('d.extend')}</Button> : null}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={st('d.procedure')}>{label(procedureLabels[clock.procedure])}</Descriptions.Item>
        <Descriptions.Item label={st('d.acceptedOn')}>
          <DateText value={clock.acceptedOn} />
        </Descriptions.Item>
        <Descriptions.Item label={st('d.dueOn')}>
          <Space size={4} wrap>
            <strong>
              <DateText value={clock.dueOn} />
            </strong>
            {clock.timerStatus === 'open' ? (
              <DeadlineStatusTag
                status={clock.status}
                detail={
                  clock.remainingDays >= 0 ? st('d.remaining', { n: clock.remainingDays }) : st('d.overdueBy', { n: -clock.remainingDays })
                }
              />
            ) : null}
            <ExplainPopover lines={clock.explanation} article={clock.article} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={st('d.status')}>
          <Tag>{st(`d.timer.${clock.timerStatus}`)}</Tag>
          {clock.timerStatus === 'open'
            ? clock.remainingDays >= 0
              ? st('d.remaining', { n: clock.remainingDays })
              : st('d.overdueBy', { n: -clock.remainingDays })
            : null}
        </Descriptions.Item>
        <Descriptions.Item label={st('d.extensionDays')}>
          {st('d.days', { n: clock.extensionDays })}
          {clock.extensions.length ? (
            <Typography.Text type="secondary">
              {'（'}
              {clock.extensions.map((e, i) => (
                <span key={i}>
                  {i ? '；' : ''}
                  {st('d.days', { n: e.days })} <DateText value={e.approvedOn} />
                </span>
              ))}
              {'）'}
            </Typography.Text>
          ) : null}
        </Descriptions.Item>
      </Descriptions>
      {simplified ? <Alert type="info" showIcon title={st('d.simplifiedNoExtension')} style={{ marginBottom: 8 }} /> : null}
      <Alert type="warning" showIcon title={st('d.suspensionRule')} description={label(clock.suspensionRule)} />
      <ExtensionModal caseId={caseId} open={extending} daysLeft={clock.extensionDaysLeft} onClose={() => setExtending(false)} />
    </Card>
  );
}

function Consultations({ view }: { view: DecisionView }) {
  const st = useStageT();
  if (!view.consultations.length) return null;
  return (
    <Card title={st('d.consultations')} size="small">
      {view.consultations.map((c, i) => (
        <Descriptions key={i} size="small" bordered column={1} style={{ marginBottom: 8 }}>
          <Descriptions.Item label={st('h.requestedOn')}>
            <DateText value={c.requestedOn} />
          </Descriptions.Item>
          <Descriptions.Item label={st('common.reason')}>{c.reason}</Descriptions.Item>
          {c.opinions.map((o, j) => (
            <Descriptions.Item key={j} label={`${st('h.member')}：${o.member}`}>
              {o.opinion}
            </Descriptions.Item>
          ))}
          {c.conclusion ? <Descriptions.Item label={st('h.conclusion')}>{c.conclusion}</Descriptions.Item> : null}
        </Descriptions>
      ))}
    </Card>
  );
}

export default DecisionTab;
