import { Card, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useHandling } from '../../../api/handling';
import { MedPage } from '../../../components/MedPage';
import { useMedT } from '../../../i18n';
import { casePath } from '../../../paths';
import { SessionForm } from '../detail/SessionForm';

/** /workbench/mediation/cases/:id/session — the session record form on its own page, for a phone in the field. */
export default function SessionPage() {
  const tr = useMedT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const h = useHandling(id);
  return (
    <MedPage>
      <PageHeading title={h.data ? `${tr('session.formTitle')} · ${h.data.caseNumber}` : tr('session.formTitle')} />
      {h.isError && <QueryError error={h.error} onRetry={() => void h.refetch()} />}
      {h.isPending && <Skeleton active />}
      {h.data && (
        <Card size="small">
          {h.data.abilities.canRecordSession ? (
            <SessionForm h={h.data} onDone={() => void navigate(casePath(id, 'sessions'))} />
          ) : (
            <p>{tr('session.notAllowed')}</p>
          )}
        </Card>
      )}
    </MedPage>
  );
}
