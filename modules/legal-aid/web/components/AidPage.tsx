import type { ReactNode } from 'react';
import './aid.css';

/** The root of every page of the module: scopes the module's styles. */
export function AidPage({ children }: { children: ReactNode }) {
  return <div className="aid-page">{children}</div>;
}
