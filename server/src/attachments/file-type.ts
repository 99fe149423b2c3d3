import { extname } from 'node:path';
import type { AttachmentFileType } from '@tianping/common/contract/attachments';
import { inspectZip, type ZipVerdict } from './zip-inspect';

interface FileTypeInfo {
  contentType: string;
  /** MIME types a client may declare for it (besides the generic application/octet-stream). */
  mimes: string[];
  extensions: string[];
}

export const fileTypes: Record<AttachmentFileType, FileTypeInfo> = {
  pdf: { contentType: 'application/pdf', mimes: ['application/pdf'], extensions: ['.pdf'] },
  png: { contentType: 'image/png', mimes: ['image/png'], extensions: ['.png'] },
  jpeg: { contentType: 'image/jpeg', mimes: ['image/jpeg', 'image/jpg', 'image/pjpeg'], extensions: ['.jpg', '.jpeg'] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    mimes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    extensions: ['.docx'],
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    mimes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    extensions: ['.xlsx'],
  },
  text: { contentType: 'text/plain; charset=utf-8', mimes: ['text/plain'], extensions: ['.txt'] },
};

/** What the content is, by magic bytes and structure; `archive` when a ZIP was refused. */
export type Detection =
  | { kind: 'ok'; type: AttachmentFileType }
  | { kind: 'notAllowed' }
  | { kind: 'archiveRejected'; reason: Exclude<ZipVerdict, { ok: true }>['reason'] | 'notOffice' };

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function isPlainText(buf: Buffer): boolean {
  if (buf.includes(0)) return false;
  try {
    utf8.decode(buf);
    return true;
  } catch {
    return false;
  }
}

export function detectFileType(buf: Buffer): Detection {
  if (buf.subarray(0, 5).toString('latin1') === '%PDF-') return { kind: 'ok', type: 'pdf' };
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'ok', type: 'png' };
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return { kind: 'ok', type: 'jpeg' };
  if (startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    const zip = inspectZip(buf);
    if (!zip.ok) return { kind: 'archiveRejected', reason: zip.reason };
    if (!zip.names.has('[Content_Types].xml')) return { kind: 'archiveRejected', reason: 'notOffice' };
    if (zip.names.has('word/document.xml')) return { kind: 'ok', type: 'docx' };
    if (zip.names.has('xl/workbook.xml')) return { kind: 'ok', type: 'xlsx' };
    return { kind: 'archiveRejected', reason: 'notOffice' };
  }
  if (isPlainText(buf)) return { kind: 'ok', type: 'text' };
  return { kind: 'notAllowed' };
}

/** Whether the client's declared MIME type and the name's extension agree with the detected type. */
export function declarationMatches(type: AttachmentFileType, declaredMime: string | undefined, fileName: string): boolean {
  const info = fileTypes[type];
  const mime = (declaredMime ?? '').split(';')[0]!.trim().toLowerCase();
  const mimeOk = !mime || mime === 'application/octet-stream' || info.mimes.includes(mime);
  const ext = extname(fileName).toLowerCase();
  const extOk = !ext || info.extensions.includes(ext);
  return mimeOk && extOk;
}

// eslint-disable-next-line no-control-regex
const unsafeChars = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g;
const maxNameLength = 200;

/**
 * A display name safe to show and to offer for download: the last path segment only (no
 * `../`, no absolute paths, no drive letters), without control, bidirectional-override or
 * reserved characters, no leading dots, at most 200 characters with the extension kept.
 * Files are stored by id; this name never reaches the file system.
 */
export function sanitiseFileName(raw: string, type: AttachmentFileType): string {
  const last = raw.split(/[/\\]/).pop() ?? '';
  let name = last
    .replace(unsafeChars, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (name.length > maxNameLength) {
    const ext = extname(name).slice(0, 10);
    name = name.slice(0, maxNameLength - ext.length) + ext;
  }
  const ext = extname(name).toLowerCase();
  if (!name || name === ext) return `attachment${fileTypes[type].extensions[0]}`;
  return ext ? name : `${name}${fileTypes[type].extensions[0]}`;
}
