import { TreeSelect } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { isLeafOrg, rootLevel, useOrgLevels } from '../orgs/use-org-levels';
import { useAdminT } from '../i18n/use-admin-t';

interface Props {
  id?: string;
  value?: string;
  onChange?(value: string | undefined): void;
  /** Name to show for `value` before its branch of the tree is loaded. */
  valueLabel?: string;
  /** This organisation and its loaded descendants cannot be picked (moving under itself). */
  excludeId?: string;
  allowClear?: boolean;
  'aria-label'?: string;
}

interface FlatNode {
  id: string;
  pId: string;
  value: string;
  title: string;
  isLeaf: boolean;
  disabled: boolean;
}

/** Picks an organisation from the scoped tree, loading one level per expansion. */
export function OrgTreeSelect({ id, value, onChange, valueLabel, excludeId, allowClear, 'aria-label': ariaLabel }: Props) {
  const ta = useAdminT();
  const { levels, roots, loadChildren } = useOrgLevels();

  const nodes = useMemo(() => {
    const out: FlatNode[] = [];
    const walk = (parentId: string, excluded: boolean) => {
      for (const n of levels.get(parentId) ?? []) {
        const off = excluded || n.id === excludeId;
        out.push({ id: n.id, pId: parentId, value: n.id, title: n.name, isLeaf: isLeafOrg(n, levels), disabled: off || !n.active });
        walk(n.id, off);
      }
    };
    walk(rootLevel, false);
    return out;
  }, [levels, excludeId]);

  const label = nodes.find((n) => n.value === value)?.title ?? valueLabel ?? value;

  return (
    <TreeSelect
      id={id}
      aria-label={ariaLabel}
      treeDataSimpleMode
      treeData={nodes}
      loadData={(node) => loadChildren(String(node.value))}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(v?: { value: string; label?: ReactNode }) => onChange?.(v?.value)}
      loading={roots.isPending}
      allowClear={allowClear}
      showSearch
      treeNodeFilterProp="title"
      placeholder={ta('org.pick')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
