import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Table } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseListItem } from '../../../../contract/case';
import { useCan } from '../../../../../../web/src/access/can';
import { PageHeading } from '../../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../../web/src/components/QueryError';
import { useFormat } from '../../../../../../web/src/i18n/format';
import { useLocalText } from '../../../../../../web/src/i18n/locale-context';
import { useCaseList } from '../../../api/cases';
import { CaseCards } from '../../../components/CaseCards';
import { CaseStateTag, RiskTag } from '../../../components/CaseStateTag';
import { ExplainedDeadlineTag as DeadlineTag } from '../../../../../../web/src/components/ExplainedDeadline';
import { MedPage } from '../../../components/MedPage';
import { useMedT } from '../../../i18n';
import { casePath, intakePath } from '../../../paths';
import { CaseFilters } from './CaseFilters';
import { type CaseListFilters, filtersFromSearch, searchFromFilters } from './list-query';

/** /workbench/mediation/cases — the cases in the user's data scope, filtered and paged on the server; cards on a phone. */
export default function CaseListPage() {
  const tr = useMedT();
  const fmt = useFormat();
  const text = useLocalText();
  const can = useCan();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [params, setParams] = useSearchParams();
  const query = filtersFromSearch(params);
  const list = useCaseList(query);
  const setQuery = (q: CaseListFilters) => setParams(searchFromFilters(q));
  const paging = {
    current: query.page,
    pageSize: query.pageSize,
    total: list.data?.total ?? 0,
    onChange: (page: number, pageSize: number) => setQuery({ ...query, page, pageSize }),
  };

  return (
    <MedPage>
      <PageHeading
        title={tr('page.cases')}
        extra={
          can('mediation.case.intake') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(intakePath)}>
              {tr('list.register')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <CaseFilters value={query} onChange={setQuery} />
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        {narrow ? (
          <CaseCards items={list.data?.items} empty={tr('list.empty')} paging={paging} label={tr('page.cases')} />
        ) : (
          <Table<CaseListItem>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items}
            scroll={{ x: 1100 }}
            pagination={{ ...paging, showSizeChanger: true, showTotal: (n) => tr('list.total', { n }) }}
            columns={[
              {
                key: 'caseNumber',
                title: tr('list.caseNumber'),
                width: 210,
                render: (_, c) => <Link to={casePath(c.id)}>{c.caseNumber}</Link>,
              },
              {
                key: 'title',
                title: tr('list.title'),
                width: 240,
                render: (_, c) => (
                  <>
                    <div>{c.title}</div>
                    <div className="med-meta">{c.partiesSummary}</div>
                  </>
                ),
              },
              { key: 'kind', title: tr('list.kind'), width: 120, render: (_, c) => text(c.kindLabel) },
              { key: 'source', title: tr('list.source'), width: 150, render: (_, c) => text(c.sourceLabel) },
              {
                key: 'state',
                title: tr('list.state'),
                width: 150,
                render: (_, c) => (
                  <Flex vertical gap={4} align="start">
                    <CaseStateTag state={c.state} />
                    <RiskTag level={c.riskLevel} />
                  </Flex>
                ),
              },
              { key: 'committee', title: tr('list.committee'), dataIndex: 'orgName', width: 160 },
              {
                key: 'received',
                title: tr('list.received'),
                width: 130,
                className: 'med-nowrap',
                render: (_, c) => fmt.date(c.receivedOn),
              },
              {
                key: 'due',
                title: tr('list.targetDue'),
                width: 140,
                render: (_, c) =>
                  c.targetDueOn ? (
                    <>
                      <div className="med-nowrap">{fmt.date(c.targetDueOn)}</div>
                      <DeadlineTag deadline={c.deadline} compact />
                    </>
                  ) : (
                    tr('common.none')
                  ),
              },
            ]}
          />
        )}
      </div>
    </MedPage>
  );
}
