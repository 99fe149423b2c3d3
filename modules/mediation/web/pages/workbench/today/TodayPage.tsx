import { EditOutlined } from '@ant-design/icons';
import { Alert, Card, Skeleton } from 'antd';
import dayjs from 'dayjs';
import type { CaseListItem } from '../../../../contract/case';
import { useStaff } from '../../../../../../web/src/access/can';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useCaseList } from '../../../api/cases';
import { useHandlingOf, useMyMediator } from '../../../api/today';
import { CaseCards } from '../../../components/CaseCards';
import { MedPage } from '../../../components/MedPage';
import { LinkButton } from '../../../../../../web/src/components/portal-parts';
import { useMedT } from '../../../i18n';
import { sessionPath } from '../../../paths';

const byDue = (a: CaseListItem, b: CaseListItem) => (a.targetDueOn ?? '9999').localeCompare(b.targetDueOn ?? '9999');

/**
 * /workbench/mediation/today — the mediator's day on a phone (375 px): my open cases, the sessions held
 * today, and the cases whose time target is due soon or overdue; 记录调解 opens the session form.
 */
export default function TodayPage() {
  const tr = useMedT();
  const { me } = useStaff();
  const active = me.assignments.find((a) => a.id === me.activeAssignmentId);
  const mine = useMyMediator(active?.orgId, me.user.id);
  const ready = !mine.isPending;
  const mediatorId = mine.data?.id;
  const base = { page: 1, pageSize: 50, mediatorId };
  const mediating = useCaseList({ ...base, state: 'mediating' }, ready);
  const accepted = useCaseList({ ...base, state: 'accepted' }, ready);
  const overdue = useCaseList({ ...base, deadline: 'overdue' }, ready);
  const dueSoon = useCaseList({ ...base, deadline: 'dueSoon' }, ready);
  const open = [...(mediating.data?.items ?? []), ...(accepted.data?.items ?? [])].sort(byDue);
  const handling = useHandlingOf(
    open
      .filter((c) => c.state === 'mediating')
      .slice(0, 30)
      .map((c) => c.id),
  );
  const today = dayjs().format('YYYY-MM-DD');
  const todayIds = new Set(handling.flatMap((q) => (q.data?.sessions.some((s) => s.heldOn === today) ? [q.data.caseId] : [])));
  const sessionsToday = open.filter((c) => todayIds.has(c.id));
  const due = [...(overdue.data?.items ?? []), ...(dueSoon.data?.items ?? [])].sort(byDue);
  const error = [mediating, accepted, overdue, dueSoon].find((q) => q.isError)?.error;

  const recordButton = (c: CaseListItem) =>
    c.state === 'mediating' ? (
      <LinkButton to={sessionPath(c.id)} icon={<EditOutlined />} block>
        {tr('today.record')}
      </LinkButton>
    ) : null;

  return (
    <MedPage>
      <PageHeading title={tr('page.today')} />
      <div className="tp-stack">
        {ready && !mediatorId && <Alert type="info" showIcon title={tr('today.notMediator')} />}
        {error && <QueryError error={error} onRetry={() => void mediating.refetch()} />}
        <Card size="small" title={<h2 className="tp-card-title">{tr('today.dueSoon')}</h2>}>
          {!ready || overdue.isPending ? (
            <Skeleton active />
          ) : (
            <CaseCards items={due} empty={tr('today.noneDue')} label={tr('today.dueSoon')} action={recordButton} />
          )}
        </Card>
        <Card size="small" title={<h2 className="tp-card-title">{tr('today.sessions')}</h2>}>
          {!ready || mediating.isPending ? (
            <Skeleton active />
          ) : (
            <CaseCards items={sessionsToday} empty={tr('today.noneSessions')} label={tr('today.sessions')} action={recordButton} />
          )}
        </Card>
        <Card size="small" title={<h2 className="tp-card-title">{tr('today.mine')}</h2>}>
          {!ready || mediating.isPending ? (
            <Skeleton active />
          ) : (
            <CaseCards items={open} empty={tr('today.noneMine')} label={tr('today.mine')} action={recordButton} />
          )}
        </Card>
      </div>
    </MedPage>
  );
}
