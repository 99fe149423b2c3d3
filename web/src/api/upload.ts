import type { Attachment } from '@tianping/common/contract/attachments';
import { ApiError } from './api-error';
import { buildUrl, readCookie } from './client';

/**
 * A multipart POST of one file (field `file`, plus `fields`) with the CSRF double-submit header —
 * the JSON wrapper (`api`) cannot send files — answered by the stored attachment.
 */
export async function postFile(path: string, file: File, fields: Record<string, string> = {}): Promise<Attachment> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = readCookie('tp_csrf');
  if (token) headers['x-csrf-token'] = token;
  let res: Response;
  try {
    res = await fetch(buildUrl(path), { method: 'POST', headers, credentials: 'same-origin', body: form });
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试', messageEn: 'Cannot reach the server' });
  }
  const text = await res.text();
  const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!res.ok) {
    const error = (body.error && typeof body.error === 'object' ? body.error : {}) as Record<string, unknown>;
    throw new ApiError(res.status, error, typeof body.requestId === 'string' ? body.requestId : undefined);
  }
  return body as unknown as Attachment;
}

/** POST /api/attachments for a record the staff member may write (owner `entityType`). */
export function uploadAttachment(entityType: string, entityId: string, file: File): Promise<Attachment> {
  return postFile('/attachments', file, { entityType, entityId });
}

/** Where the browser downloads an attachment (the server checks the owner's read policy). */
export function attachmentUrl(id: string): string {
  return buildUrl(`/attachments/${encodeURIComponent(id)}`);
}

/**
 * A fresh ULID (Crockford base32: 48-bit time, 80 random bits) naming a draft's files: they are
 * uploaded under a draft owner before the record exists, and the intake moves them to the record.
 */
export function newDraftId(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let time = Date.now();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = alphabet[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const random = crypto.getRandomValues(new Uint8Array(16));
  return head + Array.from(random, (b) => alphabet[b % 32]).join('');
}
