import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseListItem } from '../../../../contract/intake';
import { useCan } from '../../../../../../web/src/access/can';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { type CaseListFilters, useCaseList } from '../../../api/cases';
import { caseNumberText } from '../../../components/case-number';
import { CaseStateTag } from '../../../components/CaseStateTag';
import { ExplainedDeadlineTag as DeadlineTag } from '../../../../../../web/src/components/ExplainedDeadline';
import { ReconPage } from '../../../components/ReconPage';
import { ProcedureTag } from '../../../components/ProcedureTag';
import { useReconT } from '../../../i18n';
import { casePath, intakePath } from '../../../paths';
import { CaseFilters } from './CaseFilters';
import { filtersFromSearch, searchFromFilters } from './list-query';

/** /workbench/reconsideration/cases — the cases in the user's data scope, filtered and paged on the server. */
export default function CaseListPage() {
  const tr = useReconT();
  const fmt = useFormat();
  const text = useLocalText();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = filtersFromSearch(params);
  const list = useCaseList(query);
  const setQuery = (q: CaseListFilters) => setParams(searchFromFilters(q));

  return (
    <ReconPage>
      <PageHeading
        title={tr('page.cases')}
        extra={
          can('reconsideration.case.intake') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(intakePath)}>
              {tr('list.register')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <CaseFilters value={query} onChange={setQuery} />
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CaseListItem>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 1150 }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (n) => tr('list.total', { n }),
            onChange: (page, pageSize) => setQuery({ ...query, page, pageSize }),
          }}
          columns={[
            {
              key: 'caseNumber',
              title: tr('list.caseNumber'),
              width: 250,
              className: 'recon-nowrap',
              render: (_, c) => <Link to={casePath(c.id)}>{caseNumberText(c, tr)}</Link>,
            },
            { key: 'applicant', title: tr('list.applicant'), dataIndex: 'applicantName', width: 110 },
            { key: 'respondent', title: tr('list.respondent'), dataIndex: 'respondentName', width: 160 },
            { key: 'actKind', title: tr('list.actKind'), width: 100, render: (_, c) => text(c.actKindLabel) },
            {
              key: 'state',
              title: `${tr('list.state')} / ${tr('list.procedure')}`,
              width: 130,
              render: (_, c) => (
                <Flex vertical gap={4} align="start">
                  <CaseStateTag state={c.state} label={c.stateLabel} />
                  <ProcedureTag procedure={c.procedure} />
                </Flex>
              ),
            },
            {
              key: 'received',
              title: tr('list.received'),
              width: 130,
              className: 'recon-nowrap',
              render: (_, c) => fmt.date(c.receivedOn),
            },
            {
              key: 'due',
              title: tr('list.decisionDue'),
              width: 140,
              render: (_, c) =>
                c.decisionDueOn ? (
                  <>
                    <div className="recon-nowrap">{fmt.date(c.decisionDueOn)}</div>
                    <DeadlineTag deadline={c.deadline} compact />
                  </>
                ) : (
                  '—'
                ),
            },
            {
              key: 'late',
              title: tr('list.late'),
              width: 90,
              render: (_, c) => (c.late ? <Tag color="red">{tr('list.lateTag')}</Tag> : null),
            },
          ]}
        />
      </div>
    </ReconPage>
  );
}
