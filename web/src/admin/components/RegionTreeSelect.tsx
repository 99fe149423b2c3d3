import { useQuery, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { type ReactNode, useCallback, useState } from 'react';
import type { Region } from '../../api/types';
import { adminKeys } from '../api/keys';
import { orgsApi } from '../api/orgs';
import { useAdminT } from '../i18n/use-admin-t';

interface Props {
  id?: string;
  value?: string;
  onChange?(value: string | undefined): void;
  /** Name of `value` before its branch is loaded (e.g. the organisation's `regionName`). */
  valueLabel?: string;
}

/** Picks a 行政区划 (district → street/town → village/community) via GET /regions?parentCode=. */
export function RegionTreeSelect({ id, value, onChange, valueLabel }: Props) {
  const ta = useAdminT();
  const queryClient = useQueryClient();
  // The configured city comes first; deeper levels are added as the user expands them.
  const city = useQuery({ queryKey: [...adminKeys.regions, ''], queryFn: () => orgsApi.regions(), staleTime: Infinity });
  const [children, setChildren] = useState<Region[]>([]);
  const regions = [...(city.data ?? []), ...children];

  const loadChildren = useCallback(
    async (parentCode: string) => {
      const rows = await queryClient.fetchQuery({
        queryKey: [...adminKeys.regions, parentCode],
        queryFn: () => orgsApi.regions(parentCode),
        staleTime: Infinity,
      });
      setChildren((prev) => [...prev.filter((r) => r.parentCode !== parentCode), ...rows]);
    },
    [queryClient],
  );

  const treeData = regions.map((r) => ({ id: r.code, pId: r.parentCode ?? '', value: r.code, title: r.name, isLeaf: !r.hasChildren }));
  const label = regions.find((r) => r.code === value)?.name ?? valueLabel ?? value;

  return (
    <TreeSelect
      id={id}
      treeDataSimpleMode
      treeData={treeData}
      loadData={(node) => loadChildren(String(node.value))}
      labelInValue
      value={value ? { value, label } : undefined}
      onChange={(v?: { value: string; label?: ReactNode }) => onChange?.(v?.value)}
      loading={city.isPending}
      showSearch
      treeNodeFilterProp="title"
      placeholder={ta('org.pickRegion')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
