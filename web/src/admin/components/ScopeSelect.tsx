import { Select } from 'antd';
import type { DataScope } from '../../api/types';
import { useT } from '../../i18n/use-t';

/** Kept here rather than imported from common/access, which would pull zod into the page bundle. */
const dataScopes: readonly DataScope[] = ['own', 'subtree', 'city'];

interface Props {
  id?: string;
  value?: DataScope;
  onChange?(value: DataScope): void;
}

/** 本机构 / 本机构及下级 / 全市. */
export function ScopeSelect({ id, value, onChange }: Props) {
  const t = useT();
  return (
    <Select<DataScope> id={id} value={value} onChange={onChange} options={dataScopes.map((s) => ({ value: s, label: t(`scope.${s}`) }))} />
  );
}
