import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Statistic, Table } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { disputeKindLabels } from '../../../contract/enums';
import {
  disciplineMeasureLabels,
  employmentLabels,
  mediatorProhibitionLabels,
  mediatorStatusLabels,
  type Discipline,
  type Training,
} from '../../../contract/organisation';
import { useMediator, useMediatorActions } from '../../api/organisation';
import { MedPage } from '../../components/MedPage';
import { useOrgT } from '../../i18n/organisation';
import { DisciplineModal, MediatorEditModal, TrainingModal } from './MediatorForms';
import { committeePath } from './paths';

/** /workbench/mediation/mediators/:id — the mediator, workload, training (第十四条) and discipline (第十五条). */
export default function MediatorDetailPage() {
  const { id = '' } = useParams();
  const tr = useOrgT();
  const text = useLocalText();
  const fmt = useFormat();
  const q = useMediator(id);
  const actions = useMediatorActions(id);
  const [open, setOpen] = useState<'edit' | 'training' | 'discipline' | null>(null);
  const m = q.data;

  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!m) return <Skeleton active />;
  const close = () => setOpen(null);

  return (
    <MedPage>
      <PageHeading
        title={`${m.name}（${text(mediatorStatusLabels[m.status])}）`}
        extra={
          m.abilities.update && (
            <Button icon={<EditOutlined />} onClick={() => setOpen('edit')}>
              {tr('mediator.edit')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        {m.status === 'dismissed' && <Alert type="error" showIcon message={tr('mediator.dismissedAlert')} />}
        <Flex gap={16} wrap>
          <Card size="small">
            <Statistic title={tr('mediator.openCases')} value={m.openCases} />
          </Card>
          <Card size="small">
            <Statistic title={tr('mediator.closedCases')} value={m.closedCases} />
          </Card>
          <Card size="small">
            <Statistic title={tr('mediator.trainingHours')} value={m.trainingHours} />
          </Card>
        </Flex>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={tr('mediator.committee')}>
              <Link to={committeePath(m.orgId)}>{m.orgName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={tr('member.gender')}>
              {m.gender === 'female' ? tr('member.female') : tr('member.male')}
            </Descriptions.Item>
            <Descriptions.Item label={tr('mediator.employment')}>{text(employmentLabels[m.employment])}</Descriptions.Item>
            <Descriptions.Item label={tr('mediator.specialities')}>
              {m.specialities.map((s) => text(disputeKindLabels[s])).join('、') || tr('common.none')}
            </Descriptions.Item>
            <Descriptions.Item label={tr('mediator.phone')}>{m.phone ?? tr('common.none')}</Descriptions.Item>
            <Descriptions.Item label={tr('mediator.appointed')}>
              {m.appointedOn ? fmt.date(m.appointedOn) : tr('common.none')}
            </Descriptions.Item>
            {m.dismissedOn && <Descriptions.Item label={tr('mediator.dismissed')}>{fmt.date(m.dismissedOn)}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card
          title={tr('mediator.trainings')}
          extra={
            m.abilities.addTraining && (
              <Button icon={<PlusOutlined />} onClick={() => setOpen('training')}>
                {tr('training.add')}
              </Button>
            )
          }
        >
          <Table<Training>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={m.trainings}
            scroll={{ x: 600 }}
            locale={{ emptyText: tr('common.empty') }}
            columns={[
              { key: 'title', title: tr('training.title'), dataIndex: 'title' },
              { key: 'organiser', title: tr('training.organiser'), dataIndex: 'organiser' },
              {
                key: 'dates',
                title: tr('training.started'),
                className: 'med-nowrap',
                render: (_, t) => `${fmt.date(t.startedOn)}${t.endedOn && t.endedOn !== t.startedOn ? ` – ${fmt.date(t.endedOn)}` : ''}`,
              },
              { key: 'hours', title: tr('training.hours'), dataIndex: 'hours' },
              { key: 'passed', title: tr('training.passed'), render: (_, t) => (t.passed ? tr('training.yes') : tr('training.no')) },
            ]}
          />
        </Card>
        <Card
          title={tr('mediator.disciplines')}
          extra={
            m.abilities.discipline && (
              <Button danger icon={<PlusOutlined />} onClick={() => setOpen('discipline')}>
                {tr('discipline.add')}
              </Button>
            )
          }
        >
          <Table<Discipline>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={m.disciplines}
            scroll={{ x: 600 }}
            locale={{ emptyText: tr('common.empty') }}
            columns={[
              { key: 'decided', title: tr('discipline.decided'), className: 'med-nowrap', render: (_, d) => fmt.date(d.decidedOn) },
              { key: 'ground', title: tr('discipline.ground'), render: (_, d) => text(mediatorProhibitionLabels[d.ground]) },
              { key: 'measure', title: tr('discipline.measure'), render: (_, d) => text(disciplineMeasureLabels[d.measure]) },
              { key: 'facts', title: tr('discipline.facts'), dataIndex: 'facts' },
            ]}
          />
        </Card>
      </div>
      <MediatorEditModal open={open === 'edit'} mediator={m} mutation={actions.update} onClose={close} />
      <TrainingModal open={open === 'training'} mutation={actions.training} onClose={close} />
      <DisciplineModal open={open === 'discipline'} mutation={actions.discipline} onClose={close} />
    </MedPage>
  );
}
