import type { ErrorBody } from '@tianping/common/errors/codes';
import { ApiError } from './api-error';

export const apiBase = '/api';
const csrfCookie = 'tp_csrf';
const csrfHeader = 'x-csrf-token';
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Pages that need a staff session; a 401 there sends the user to sign in. */
const staffPathPrefixes = ['/workbench', '/cockpit', '/change-password', '/totp-setup'];

type Navigate = (to: string) => void;
let navigate: Navigate = (to) => window.location.assign(to);

/** The router installs its client-side navigation here, so redirects keep the app loaded. */
export function setApiNavigator(fn: Navigate) {
  navigate = fn;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Default true: a 401 on a staff page redirects to /login. Sign-in calls turn it off. */
  authRedirect?: boolean;
}

export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${apiBase}${path}${qs ? `?${qs}` : ''}`;
}

function isStaffPath(pathname: string): boolean {
  return staffPathPrefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** Sends the user where the server says they must go first; true when it navigated. */
function redirectFor(err: ApiError, authRedirect: boolean): boolean {
  const { pathname, search } = window.location;
  if (err.status === 401 && authRedirect && isStaffPath(pathname)) {
    navigate(`/login?next=${encodeURIComponent(pathname + search)}`);
    return true;
  }
  if (err.status === 403 && err.code === 'PASSWORD_CHANGE_REQUIRED' && pathname !== '/change-password') {
    navigate('/change-password');
    return true;
  }
  if (err.status === 403 && err.code === 'SECOND_FACTOR_REQUIRED' && pathname !== '/totp-setup') {
    navigate('/totp-setup');
    return true;
  }
  return false;
}

async function errorFrom(res: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | undefined;
  try {
    body = (await res.json()) as Partial<ErrorBody>;
  } catch {
    body = undefined;
  }
  const error = body?.error && typeof body.error === 'object' ? body.error : {};
  const err = new ApiError(res.status, error, body?.requestId ?? res.headers.get('x-request-id') ?? undefined);
  const retryAfter = Number(res.headers.get('retry-after'));
  if (Number.isFinite(retryAfter) && retryAfter > 0) err.retryAfter = retryAfter;
  return err;
}

/** Calls the API: JSON in and out, session cookies, CSRF double-submit, typed errors. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!safeMethods.has(method)) {
    const token = readCookie(csrfCookie);
    if (token) headers[csrfHeader] = token;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, {
      code: 'NETWORK',
      message: '无法连接服务器，请检查网络后重试',
      messageEn: 'Cannot reach the server; check the network and retry',
    });
  }
  if (!res.ok) {
    const err = await errorFrom(res);
    err.redirected = redirectFor(err, options.authRedirect ?? true);
    throw err;
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
