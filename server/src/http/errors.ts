import { coreErrors, errorKinds, type ErrorCodeDef } from '@tianping/common/errors/codes';

export interface ErrorExtra {
  /** Path of the field at fault, dot-separated (`applicant.idNumber`). */
  field?: string;
  issues?: { field: string; code: string; message: string; messageEn: string }[];
  cause?: unknown;
  headers?: Record<string, string>;
}

/** A failure the client can act on. Thrown anywhere; mapped to JSON by the one error handler. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: string,
    readonly def: ErrorCodeDef,
    readonly extra: ErrorExtra = {},
  ) {
    super(`${code}: ${def.en}`, { cause: extra.cause });
    this.status = errorKinds[def.kind];
  }
}

/** `fail(moduleErrors, 'APPLICATION_LATE', { field: 'receivedOn' })` */
export function fail<T extends Record<string, ErrorCodeDef>>(codes: T, code: keyof T & string, extra?: ErrorExtra): AppError {
  return new AppError(code, codes[code]!, extra);
}

export const notFound = () => fail(coreErrors, 'NOT_FOUND');
export const forbidden = (extra?: ErrorExtra) => fail(coreErrors, 'FORBIDDEN', extra);
export const unauthenticated = () => fail(coreErrors, 'UNAUTHENTICATED');
export const conflict = (extra?: ErrorExtra) => fail(coreErrors, 'CONFLICT', extra);
export const duplicate = (field?: string) => fail(coreErrors, 'DUPLICATE', { field });
export const invalid = (field: string, extra?: Omit<ErrorExtra, 'field'>) => fail(coreErrors, 'VALIDATION_FAILED', { field, ...extra });
