import type { Attachment } from '@tianping/common/contract/attachments';
import { ApiError } from '../../../../web/src/api/api-error';
import { buildUrl, readCookie } from '../../../../web/src/api/client';

/** POST /api/attachments (multipart, CSRF double-submit) → the stored attachment. */
export async function uploadAttachment(entityType: string, entityId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('entityType', entityType);
  form.append('entityId', entityId);
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = readCookie('tp_csrf');
  if (token) headers['x-csrf-token'] = token;
  const res = await fetch(buildUrl('/attachments'), { method: 'POST', headers, credentials: 'same-origin', body: form });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: Record<string, unknown>; requestId?: string };
    throw new ApiError(res.status, body.error ?? {}, body.requestId);
  }
  return (await res.json()) as Attachment;
}

/** Where the browser downloads an attachment (the server checks the owner's read policy). */
export function attachmentUrl(id: string): string {
  return buildUrl(`/attachments/${id}`);
}

/** A fresh ULID (Crockford base32: 48-bit time, 80 random bits) naming a draft request's files (owner `medDraft`). */
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
