import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useLocale } from '../../../../web/src/i18n/locale-context';
import { categoryTree } from '../../contract/enums';
import { useComponentT } from './components-i18n';

export interface CategorySelectProps {
  /** A category code of contract `categoryTree` (`labour` or `labour.wages`). */
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** The input id: pass the Form.Item's (antd does it automatically inside a Form.Item). */
  id?: string;
  /** Only the 14 first-level categories (e.g. a filter by top category). */
  topLevelOnly?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  disabled?: boolean;
  /** For use outside a Form.Item (a filter bar): the accessible name. */
  'aria-label'?: string;
  style?: React.CSSProperties;
}

/**
 * The hotline's category tree (婚姻家庭 … 其他 and their sub-categories) as a keyboard-searchable tree
 * select: type Chinese or English words (or the code) to filter, arrows and Enter to choose.
 */
export function CategorySelect({
  value,
  onChange,
  id,
  topLevelOnly,
  allowClear = true,
  placeholder,
  disabled,
  style,
  ...rest
}: CategorySelectProps) {
  const { locale } = useLocale();
  const tr = useComponentT();
  const treeData = useMemo(
    () =>
      categoryTree.map((c) => ({
        value: c.code,
        title: locale === 'en' ? c.en : c.zh,
        search: `${c.zh} ${c.en} ${c.code}`,
        children: topLevelOnly
          ? undefined
          : (c.children ?? []).map((s) => ({
              value: s.code,
              title: locale === 'en' ? s.en : s.zh,
              search: `${c.zh}${s.zh} ${s.en} ${s.code}`,
            })),
      })),
    [locale, topLevelOnly],
  );
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'search' }}
      treeDefaultExpandAll={false}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder ?? tr('category.placeholder')}
      notFoundContent={tr('category.notFound')}
      aria-label={rest['aria-label']}
      style={{ minWidth: 200, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
