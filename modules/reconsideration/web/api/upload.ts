/**
 * Files of reconsideration records: the web core's helpers. Letters of authorisation are uploaded
 * under owner `reconDraft` with a `newDraftId()` before the case exists; the intake moves them.
 */
export { attachmentUrl, newDraftId, uploadAttachment } from '../../../../web/src/api/upload';
