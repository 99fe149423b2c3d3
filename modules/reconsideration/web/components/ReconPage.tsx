import type { ReactNode } from 'react';
import './recon.css';

/** The root of every workbench page of the module: scopes the module's styles (tag contrast, fieldsets). */
export function ReconPage({ children }: { children: ReactNode }) {
  return <div className="recon-page">{children}</div>;
}
