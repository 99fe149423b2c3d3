import type { ReactNode } from 'react';

interface Props<T> {
  items: readonly T[] | undefined;
  /** Shown (in readable contrast) when there is nothing to list. */
  empty: string;
  rowKey: (item: T, index: number) => string | number;
  render: (item: T, index: number) => ReactNode;
  /** Links or buttons at the end of a row (under it on a narrow phone). */
  actions?: (item: T, index: number) => ReactNode;
  label?: string;
}

/** A plain list for the portal's pages: a `<ul>` with separators, large enough to tap on a phone. */
export function PlainList<T>({ items, empty, rowKey, render, actions, label }: Props<T>) {
  if (!items?.length) return empty ? <p style={{ color: 'rgba(0, 0, 0, 0.7)', margin: '8px 0' }}>{empty}</p> : null;
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, i) => (
        <li
          key={rowKey(item, i)}
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: '4px 12px',
            padding: '12px 0',
            borderBottom: i < items.length - 1 ? '1px solid #e6e9ef' : undefined,
          }}
        >
          <div style={{ flex: '1 1 220px', minWidth: 0, overflowWrap: 'anywhere' }}>{render(item, i)}</div>
          {actions && <div>{actions(item, i)}</div>}
        </li>
      ))}
    </ul>
  );
}
