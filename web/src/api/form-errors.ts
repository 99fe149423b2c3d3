import type { FormInstance } from 'antd';
import type { Locale } from '../i18n/locale-context';
import { type ApiError, type ApiIssue, issueText } from './api-error';

type NamePath = (string | number)[];

/** `"assignments.0.orgId"` (or `"body.assignments.0.orgId"`) → `['assignments', 0, 'orgId']`. */
export function toNamePath(field: string): NamePath {
  return field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .filter((part, i) => !(i === 0 && part === 'body'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function sameName(a: NamePath, b: (string | number)[]): boolean {
  return a.length === b.length && a.every((p, i) => String(p) === String(b[i]));
}

/**
 * Puts the server's field errors (`issues`, or the single `field`) under the matching antd
 * form fields. Returns the issues no field of this form shows, so the caller can display them
 * another way; an empty list means every error is now visible on its field.
 */
export function applyFieldErrors(form: FormInstance, err: ApiError, locale: Locale): ApiIssue[] {
  const issues: ApiIssue[] = err.issues.length
    ? err.issues
    : err.field
      ? [{ field: err.field, code: err.code, message: err.messageZh, messageEn: err.messageEn }]
      : [];
  const registered = form.getFieldsError().map((f) => f.name);
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: ApiIssue[] = [];
  for (const issue of issues) {
    const path = toNamePath(issue.field);
    const name = registered.find((r) => sameName(path, r)) ?? registered.find((r) => path.length > 1 && sameName(path.slice(0, 1), r));
    if (!name) {
      unplaced.push(issue);
      continue;
    }
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(issueText(issue, locale));
    byField.set(key, entry);
  }
  if (byField.size) form.setFields([...byField.values()]);
  return unplaced;
}
