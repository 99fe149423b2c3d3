import { ApiError, type ApiIssue } from '../../../../../web/src/api/api-error';
import { toNamePath } from '../../../../../web/src/api/form-errors';

type NamePath = (string | number)[];

const same = (a: NamePath, b: NamePath) => a.length === b.length && a.every((p, i) => String(p) === String(b[i]));
const within = (inner: NamePath, outer: NamePath) => outer.length <= inner.length && same(inner.slice(0, outer.length), outer);

/**
 * The input of the transfer dialog that shows a target's refusal. The core's schema check names the field
 * under `prefill.` (`prefill.parties.1.name`), the target's own intake names it without (`parties`,
 * `act.documentNo`, `householdSize`): both land under `prefill`, on the input itself, else its nearest
 * enclosing input (a list), else the first input inside it (a record's first member).
 */
export function prefillErrorName(field: string, registered: readonly NamePath[]): NamePath | undefined {
  const path = toNamePath(field);
  const name = path[0] === 'prefill' ? path : ['prefill', ...path];
  for (let n = name.length; n > 1; n--) {
    const hit = registered.find((r) => same(r, name.slice(0, n)));
    if (hit) return hit;
  }
  return registered.find((r) => r.length > name.length && within(r, name));
}

/**
 * The error with its field (and issues) renamed to the dialog's inputs, so the form puts each message
 * under its input (web/src/api/form-errors.ts) instead of a toast; fields no input shows are kept.
 */
export function placePrefillError(err: ApiError, registered: readonly NamePath[]): ApiError {
  const rename = (field: string) => prefillErrorName(field, registered)?.join('.') ?? field;
  const issues: ApiIssue[] = err.issues.map((i) => ({ ...i, field: rename(i.field) }));
  return new ApiError(
    err.status,
    {
      ...err.details,
      code: err.code,
      message: err.messageZh,
      messageEn: err.messageEn,
      field: err.field === undefined ? undefined : rename(err.field),
      issues,
    },
    err.requestId,
  );
}
