import { z } from 'zod';

/**
 * How a record's detail lists the documents issued for it (server/src/documents/issued-document.ts)
 * and their electronic service (server/src/service): modules put these in their detail schemas.
 */

/** A document of the record: its attachment, the template it was generated from and its version (null: uploaded). */
export const issuedDocumentViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  fileType: z.string(),
  size: z.number(),
  createdAt: z.string(),
  templateId: z.string().nullable(),
  documentVersion: z.number().nullable(),
});
export type IssuedDocumentView = z.infer<typeof issuedDocumentViewSchema>;

/** One service of a document: channel, status, when sent and acknowledged (签收). */
export const documentServiceViewSchema = z.object({
  id: z.string(),
  attachmentId: z.string(),
  channel: z.string(),
  status: z.string(),
  sentAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type DocumentServiceView = z.infer<typeof documentServiceViewSchema>;
