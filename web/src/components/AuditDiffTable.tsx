import './audit-diff.css';
import { Typography } from 'antd';
import type { AuditDiff } from '../api/types';
import { useT } from '../i18n/use-t';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Renders an audit difference `{ field: [before, after] }` as a three-column table. */
export function AuditDiffTable({ diff, caption }: { diff: AuditDiff | null; caption?: string }) {
  const t = useT();
  const fields = Object.entries(diff ?? {});
  if (fields.length === 0) return <Typography.Text type="secondary">{t('diff.empty')}</Typography.Text>;
  return (
    <table className="tp-diff-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('diff.field')}</th>
          <th scope="col">{t('diff.before')}</th>
          <th scope="col">{t('diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(([field, pair]) => {
          const [before, after] = Array.isArray(pair) ? pair : [undefined, pair];
          return (
            <tr key={field}>
              <th scope="row">
                <code>{field}</code>
              </th>
              <td className="tp-diff-before">{show(before)}</td>
              <td className="tp-diff-after">{show(after)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
