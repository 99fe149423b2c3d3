import './permission-matrix.css';
import { Checkbox, Typography } from 'antd';
import type { PermissionCategory, PermissionInfo } from '../../api/types';
import { useLocale } from '../../i18n/locale-context';
import { CategoryTag } from '../components/CategoryTag';

interface Props {
  permissions: PermissionInfo[];
  value: string[];
  onChange(next: string[]): void;
  /** Only permissions of this category (and `common`) may be ticked; null allows all. */
  category: PermissionCategory | null;
  readOnly: boolean;
}

function groupByModule(permissions: PermissionInfo[]): PermissionInfo[][] {
  const groups = new Map<string, PermissionInfo[]>();
  for (const p of permissions) groups.set(p.module, [...(groups.get(p.module) ?? []), p]);
  return [...groups.values()];
}

export function isSelectable(p: PermissionInfo, category: PermissionCategory | null): boolean {
  return p.category === 'common' || category === null || p.category === category;
}

/** Permissions grouped by module (one fieldset each), with their 三员分立 category tags. */
export function PermissionMatrix({ permissions, value, onChange, category, readOnly }: Props) {
  const { locale } = useLocale();
  const selected = new Set(value);
  const toggle = (key: string, on: boolean) => onChange(on ? [...value, key] : value.filter((k) => k !== key));

  return (
    <div className="tp-permission-matrix">
      {groupByModule(permissions).map((group) => {
        const head = group[0]!;
        return (
          <fieldset key={head.module}>
            <legend>{locale === 'en' ? head.moduleLabel.en : head.moduleLabel.zh}</legend>
            {group.map((p) => (
              <div key={p.key} className="tp-permission-row">
                <Checkbox
                  checked={selected.has(p.key)}
                  disabled={readOnly || (!selected.has(p.key) && !isSelectable(p, category))}
                  onChange={(e) => toggle(p.key, e.target.checked)}
                >
                  {locale === 'en' ? p.en : p.zh}
                </Checkbox>
                <CategoryTag category={p.category} />
                <Typography.Text type="secondary" code>
                  {p.key}
                </Typography.Text>
              </div>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
