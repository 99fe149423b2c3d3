import type { ErrorBody } from '@tianping/common/errors/codes';
import type { Locale } from '../i18n/locale-context';

export type ApiIssue = NonNullable<ErrorBody['error']['issues']>[number];

/** An error answer of the API (or a network failure, status 0), in both languages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageZh: string;
  readonly messageEn: string;
  readonly field: string | undefined;
  readonly issues: ApiIssue[];
  readonly requestId: string | undefined;
  /** Extra members of the error object beyond the standard ones (e.g. a lock expiry). */
  readonly details: Record<string, unknown>;
  /** Seconds from a `Retry-After` header (429 rate limits, 423 lockouts). */
  retryAfter: number | undefined;
  /** Set when the client already navigated away because of this error (sign-in, password change). */
  redirected = false;

  constructor(status: number, body: Partial<ErrorBody['error']> & Record<string, unknown>, requestId?: string) {
    super(body.messageEn || body.message || body.code || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? `HTTP_${status}`;
    this.messageZh = body.message ?? '';
    this.messageEn = body.messageEn ?? '';
    this.field = body.field;
    this.issues = body.issues ?? [];
    this.requestId = requestId;
    const { code: _c, message: _m, messageEn: _e, field: _f, issues: _i, ...rest } = body;
    this.details = rest;
  }

  /** The message in the given language (falling back to the other one). */
  text(locale: Locale): string {
    return (locale === 'en' ? this.messageEn || this.messageZh : this.messageZh || this.messageEn) || this.message;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

export function issueText(issue: ApiIssue, locale: Locale): string {
  return locale === 'en' ? issue.messageEn || issue.message : issue.message || issue.messageEn;
}
