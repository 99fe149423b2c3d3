import type { ReactNode } from 'react';
import './med.css';

/** The root of every workbench page of the module: scopes the module's styles (narrow screens, fieldsets). */
export function MedPage({ children }: { children: ReactNode }) {
  return <div className="med-page">{children}</div>;
}

/** A labelled group of form fields (a real fieldset, so screen readers announce the group). */
export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="med-fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
