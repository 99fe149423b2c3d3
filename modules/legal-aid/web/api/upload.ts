import { attachmentUrl, postFile } from '../../../../web/src/api/upload';

/** Staff: POST /api/attachments with owner `aidCase`. */
export const uploadCaseFile = (caseId: string, file: File) => postFile('/attachments', file, { entityType: 'aidCase', entityId: caseId });

/** Citizen: POST /api/citizen/legal-aid/cases/:id/files. */
export const uploadOwnCaseFile = (caseId: string, file: File) => postFile(`/citizen/legal-aid/cases/${caseId}/files`, file);

export { attachmentUrl };
