import type { Instant } from '../db/schema';

declare module '../db/schema' {
  interface Database {
    attachments: AttachmentTable;
  }
}

/**
 * Files belonging to a record of some module (`entityType` + `entityId`). The bytes live in
 * the file store under `storageKey` (derived from the id, never from the uploaded name);
 * `fileName` is the sanitised display name. Generated official documents carry their
 * template and version; a regenerated document is a new row, never an overwrite.
 */
export interface AttachmentTable {
  id: string;
  entityType: string;
  entityId: string;
  /** Organisation of the owning record, for the audit trail. */
  orgId: string | null;
  fileName: string;
  /** Detected by content: pdf, png, jpeg, docx, xlsx, text. */
  fileType: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  createdByType: string;
  createdById: string | null;
  createdAt: Instant;
  templateId: string | null;
  templateVersion: number | null;
  documentVersion: number | null;
}
