import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import { disputeKindLabels } from '../../../contract/enums';
import {
  committeeKindLabels,
  employmentLabels,
  industryFieldLabels,
  mediatorStatusLabels,
  memberRoleLabels,
  type Member,
  type MediatorSummary,
} from '../../../contract/organisation';
import { useCommittee, useMediators } from '../../api/organisation';
import { MedPage } from '../../components/MedPage';
import { useOrgT } from '../../i18n/organisation';
import { MediatorCreateModal } from './MediatorCreateModal';
import { committeeEditPath, mediatorPath } from './paths';

/** /workbench/mediation/committees/:orgId — the committee, its members with terms and warnings, its mediators. */
export default function CommitteeDetailPage() {
  const { orgId = '' } = useParams();
  const tr = useOrgT();
  const text = useLocalText();
  const fmt = useFormat();
  const navigate = useNavigate();
  const q = useCommittee(orgId);
  const mediators = useMediators({ orgId, page: 1, pageSize: 200 }, Boolean(orgId));
  const [adding, setAdding] = useState(false);
  const c = q.data;

  if (q.isError) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!c) return <Skeleton active />;
  const date = (d: string | null) => (d ? fmt.date(d) : tr('common.none'));

  return (
    <MedPage>
      <PageHeading
        title={c.name}
        extra={
          c.abilities.update && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(committeeEditPath(c.orgId))}>
              {tr('committee.edit')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        {c.warnings.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={tr('committee.warnings')}
            description={
              <ul className="med-list">
                {c.warnings.map((w) => (
                  <li key={w.memberId}>
                    {w.expired
                      ? tr('committee.expiredText', { name: w.name, date: fmt.date(w.termEndOn) })
                      : tr('committee.warningText', { name: w.name, date: fmt.date(w.termEndOn), n: w.daysLeft })}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={tr('committee.kind')}>
              {text(committeeKindLabels[c.kind])}
              {c.industryField && `（${text(industryFieldLabels[c.industryField])}）`}
            </Descriptions.Item>
            <Descriptions.Item label={tr('committee.region')}>{c.regionName ?? c.regionCode}</Descriptions.Item>
            <Descriptions.Item label={tr('committee.parent')}>{c.parentName ?? tr('common.none')}</Descriptions.Item>
            <Descriptions.Item label={tr('committee.supervisor')}>{c.supervisingOrgName ?? tr('common.none')}</Descriptions.Item>
            <Descriptions.Item label={tr('committee.established')}>{date(c.establishedOn)}</Descriptions.Item>
            <Descriptions.Item label={tr('committee.sponsor')}>{c.sponsor ?? tr('common.none')}</Descriptions.Item>
            <Descriptions.Item label={tr('committee.address')}>{c.address ?? tr('common.none')}</Descriptions.Item>
            <Descriptions.Item label={tr('committee.phone')}>{c.phone ?? tr('common.none')}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={tr('committee.membersCount', { n: c.memberCount, w: c.womenCount })}>
          <Table<Member>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.members}
            scroll={{ x: 560 }}
            columns={[
              { key: 'name', title: tr('member.name'), dataIndex: 'name' },
              {
                key: 'gender',
                title: tr('member.gender'),
                render: (_, m) => (m.gender === 'female' ? tr('member.female') : tr('member.male')),
              },
              { key: 'role', title: tr('member.role'), render: (_, m) => text(memberRoleLabels[m.role]) },
              { key: 'start', title: tr('member.termStart'), className: 'med-nowrap', render: (_, m) => fmt.date(m.termStartOn) },
              {
                key: 'end',
                title: tr('member.termEnd'),
                className: 'med-nowrap',
                render: (_, m) => {
                  const w = c.warnings.find((x) => x.memberId === m.id);
                  return (
                    <Flex gap={4} wrap>
                      {fmt.date(m.termEndOn)}
                      {w && (
                        <Tag color={w.expired ? 'red' : 'orange'}>
                          {w.expired ? tr('member.expired') : tr('common.days', { n: w.daysLeft })}
                        </Tag>
                      )}
                    </Flex>
                  );
                },
              },
            ]}
          />
        </Card>
        <Card
          title={tr('committee.mediators')}
          extra={
            c.abilities.addMediator && (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {tr('mediator.register')}
              </Button>
            )
          }
        >
          <Table<MediatorSummary>
            rowKey="id"
            size="small"
            pagination={false}
            loading={mediators.isFetching}
            dataSource={mediators.data?.items}
            scroll={{ x: 640 }}
            locale={{ emptyText: tr('common.empty') }}
            columns={[
              { key: 'name', title: tr('mediator.name'), render: (_, m) => <Link to={mediatorPath(m.id)}>{m.name}</Link> },
              { key: 'employment', title: tr('mediator.employment'), render: (_, m) => text(employmentLabels[m.employment]) },
              {
                key: 'spec',
                title: tr('mediator.specialities'),
                render: (_, m) => m.specialities.map((s) => text(disputeKindLabels[s])).join('、') || tr('common.none'),
              },
              { key: 'open', title: tr('mediator.openCases'), dataIndex: 'openCases' },
              { key: 'status', title: tr('mediator.status'), render: (_, m) => text(mediatorStatusLabels[m.status]) },
            ]}
          />
        </Card>
      </div>
      <MediatorCreateModal open={adding} orgId={c.orgId} onClose={() => setAdding(false)} />
    </MedPage>
  );
}
