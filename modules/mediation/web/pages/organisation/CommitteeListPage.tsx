import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../../../../web/src/access/can';
import { PageHeading } from '../../../../../web/src/components/PageHeading';
import { QueryError } from '../../../../../web/src/components/QueryError';
import { useLocalText } from '../../../../../web/src/i18n/locale-context';
import {
  committeeKindLabels,
  committeeKinds,
  industryFieldLabels,
  type CommitteeKind,
  type CommitteeSummary,
} from '../../../contract/organisation';
import { useCommittees, type CommitteeFilters } from '../../api/organisation';
import { MedPage } from '../../components/MedPage';
import { useOrgT } from '../../i18n/organisation';
import { committeeNewPath, committeePath } from './paths';

function filtersOf(p: URLSearchParams): CommitteeFilters {
  const kind = p.get('kind');
  return {
    kind: committeeKinds.includes(kind as CommitteeKind) ? (kind as CommitteeKind) : undefined,
    q: p.get('q') || undefined,
    termWarning: p.get('termWarning') === 'true' ? 'true' : undefined,
    page: Number(p.get('page')) || 1,
    pageSize: Number(p.get('pageSize')) || 20,
  };
}

function searchOf(f: CommitteeFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(f))
    if (v !== undefined && v !== '' && !(k === 'page' && v === 1) && !(k === 'pageSize' && v === 20)) out[k] = String(v);
  return out;
}

/** /workbench/mediation/committees — committees in the data scope, with member counts and term warnings. */
export default function CommitteeListPage() {
  const tr = useOrgT();
  const text = useLocalText();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = filtersOf(params);
  const list = useCommittees(query);
  const set = (patch: Partial<CommitteeFilters>) => setParams(searchOf({ ...query, page: 1, ...patch }));

  return (
    <MedPage>
      <PageHeading
        title={tr('page.committees')}
        extra={
          can('mediation.committee.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(committeeNewPath)}>
              {tr('committee.register')}
            </Button>
          )
        }
      />
      <div className="tp-stack">
        <Typography.Paragraph type="secondary">{tr('committee.rules')}</Typography.Paragraph>
        <Form layout="inline" name="committee-filters" role="search">
          <Form.Item label={tr('common.search')} htmlFor="committee-q">
            <Input.Search
              id="committee-q"
              allowClear
              defaultValue={query.q}
              onSearch={(q) => set({ q: q || undefined })}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Form.Item label={tr('committee.kind')} htmlFor="committee-kind">
            <Select
              id="committee-kind"
              style={{ width: 260 }}
              value={query.kind ?? ''}
              onChange={(v) => set({ kind: (v || undefined) as CommitteeKind | undefined })}
              options={[
                { value: '', label: tr('common.all') },
                ...committeeKinds.map((k) => ({ value: k, label: text(committeeKindLabels[k]) })),
              ]}
            />
          </Form.Item>
          <Form.Item>
            <Checkbox checked={query.termWarning === 'true'} onChange={(e) => set({ termWarning: e.target.checked ? 'true' : undefined })}>
              {tr('committee.onlyWarnings')}
            </Checkbox>
          </Form.Item>
        </Form>
        {list.isError && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
        <Table<CommitteeSummary>
          rowKey="orgId"
          loading={list.isFetching}
          dataSource={list.data?.items}
          scroll={{ x: 960 }}
          locale={{ emptyText: tr('common.empty') }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (n) => tr('common.total', { n }),
            onChange: (page, pageSize) => setParams(searchOf({ ...query, page, pageSize })),
          }}
          columns={[
            { key: 'name', title: tr('committee.name'), width: 280, render: (_, c) => <Link to={committeePath(c.orgId)}>{c.name}</Link> },
            {
              key: 'kind',
              title: tr('committee.kind'),
              width: 220,
              render: (_, c) => (
                <>
                  {text(committeeKindLabels[c.kind])}
                  {c.industryField && <div className="med-meta">{text(industryFieldLabels[c.industryField])}</div>}
                </>
              ),
            },
            { key: 'parent', title: tr('committee.parent'), width: 200, render: (_, c) => c.parentName ?? tr('common.none') },
            {
              key: 'members',
              title: tr('committee.members'),
              width: 170,
              render: (_, c) => tr('committee.membersCount', { n: c.memberCount, w: c.womenCount }),
            },
            { key: 'mediators', title: tr('committee.mediators'), width: 110, dataIndex: 'mediatorCount' },
            {
              key: 'warnings',
              title: tr('committee.warnings'),
              width: 120,
              render: (_, c) => (c.warningCount > 0 ? <Tag color="orange">{c.warningCount}</Tag> : <Flex>{tr('common.none')}</Flex>),
            },
          ]}
        />
      </div>
    </MedPage>
  );
}
