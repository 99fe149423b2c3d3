import { Card, Skeleton, Tag, Tree, type TreeDataNode } from 'antd';
import { useMemo } from 'react';
import { QueryError } from '../../components/QueryError';
import { useT } from '../../i18n/use-t';
import { useAdminT } from '../i18n/use-admin-t';
import { isLeafOrg, type OrgLevels, rootLevel, type useOrgLevels } from './use-org-levels';

interface Props {
  tree: ReturnType<typeof useOrgLevels>;
  selectedId: string | null;
  onSelect(id: string): void;
}

function buildNodes(levels: OrgLevels, parentId: string, inactiveText: string): TreeDataNode[] {
  return (levels.get(parentId) ?? []).map((n) => ({
    key: n.id,
    title: (
      <span>
        {n.name}
        {!n.active && <Tag style={{ marginInlineStart: 6 }}>{inactiveText}</Tag>}
      </span>
    ),
    isLeaf: isLeafOrg(n, levels),
    children: levels.has(n.id) ? buildNodes(levels, n.id, inactiveText) : undefined,
  }));
}

/** The scoped organisation tree, each level loaded when first expanded. */
export function OrgTreePanel({ tree, selectedId, onSelect }: Props) {
  const t = useT();
  const ta = useAdminT();
  const treeData = useMemo(() => buildNodes(tree.levels, rootLevel, t('common.inactive')), [tree.levels, t]);

  return (
    <Card title={<h2 className="tp-card-title">{ta('org.tree')}</h2>} styles={{ body: { maxHeight: '70vh', overflow: 'auto' } }}>
      {tree.roots.isPending && <Skeleton active />}
      {tree.roots.isError && <QueryError error={tree.roots.error} onRetry={() => tree.roots.refetch()} />}
      {tree.roots.data && (
        <Tree
          aria-label={ta('org.tree')}
          treeData={treeData}
          loadData={(node) => tree.loadChildren(String(node.key))}
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => keys[0] !== undefined && onSelect(String(keys[0]))}
          defaultExpandedKeys={tree.roots.data.map((r) => r.id)}
          blockNode
        />
      )}
    </Card>
  );
}
