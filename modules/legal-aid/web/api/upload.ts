import type { Attachment } from '@tianping/common/contract/attachments';
import { ApiError } from '../../../../web/src/api/api-error';
import { buildUrl, readCookie } from '../../../../web/src/api/client';

/** A multipart POST with field `file` (CSRF double-submit) → the stored attachment. */
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

/** Staff: POST /api/attachments with owner `aidCase`. */
export const uploadCaseFile = (caseId: string, file: File) => postFile('/attachments', file, { entityType: 'aidCase', entityId: caseId });

/** Citizen: POST /api/citizen/legal-aid/cases/:id/files. */
export const uploadOwnCaseFile = (caseId: string, file: File) => postFile(`/citizen/legal-aid/cases/${caseId}/files`, file);

/** Where the browser downloads an attachment (the server checks the owner's read policy). */
export const attachmentUrl = (id: string) => buildUrl(`/attachments/${id}`);
