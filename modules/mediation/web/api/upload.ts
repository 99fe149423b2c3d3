/** Files of mediation records: the web core's multipart upload and download helpers. */
export { attachmentUrl, newDraftId, uploadAttachment } from '../../../../web/src/api/upload';
