import { Col, Empty, Row, Segmented } from 'antd';
import { useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { useAdminT } from '../i18n/use-admin-t';
import { OrgDetailPanel } from './OrgDetailPanel';
import { OrgListView } from './OrgListView';
import { OrgTreePanel } from './OrgTreePanel';
import { useOrgLevels } from './use-org-levels';
import { useQueryClient } from '@tanstack/react-query';
import { adminKeys } from '../api/keys';

type View = 'tree' | 'list';

/** /workbench/admin/orgs — tree (lazy) with the selected organisation's detail, or a filtered list. */
export default function OrgsPage() {
  const ta = useAdminT();
  const [view, setView] = useState<View>('tree');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const tree = useOrgLevels({ includeInactive: true });
  const queryClient = useQueryClient();

  const onChanged = () => {
    void tree.refresh();
    void queryClient.invalidateQueries({ queryKey: [...adminKeys.orgs, 'list'] });
  };

  return (
    <>
      <PageHeading
        title={ta('menu.orgs')}
        extra={
          <Segmented<View>
            aria-label={ta('org.view')}
            value={view}
            onChange={setView}
            options={[
              { value: 'tree', label: ta('org.treeView') },
              { value: 'list', label: ta('org.listView') },
            ]}
          />
        }
      />
      {view === 'list' ? (
        <OrgListView
          onOpen={(id) => {
            setSelectedId(id);
            setView('tree');
          }}
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={9} xxl={7}>
            <OrgTreePanel tree={tree} selectedId={selectedId} onSelect={setSelectedId} />
          </Col>
          <Col xs={24} lg={15} xxl={17}>
            {selectedId ? (
              <OrgDetailPanel key={selectedId} orgId={selectedId} onChanged={onChanged} />
            ) : (
              <Empty description={ta('org.selectHint')} />
            )}
          </Col>
        </Row>
      )}
    </>
  );
}
