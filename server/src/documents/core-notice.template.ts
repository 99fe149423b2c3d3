import { coreNoticeFieldsSchema, type CoreNoticeFields } from '@tianping/common/contract/documents';
import { parseLocalDate } from '@tianping/common/calendar/local-date';
import { toParagraphs } from './official-document';
import type { DocumentTemplate } from './template.registry';

/** 通知书: the generic notice of the core — issuer, number, addressee, body, signature, date. */
export const coreNoticeTemplate: DocumentTemplate<CoreNoticeFields> = {
  id: 'core.notice',
  version: 1,
  title: { zh: '通知书', en: 'Notice' },
  fields: coreNoticeFieldsSchema as unknown as DocumentTemplate<CoreNoticeFields>['fields'],
  render: (d) => ({
    issuer: d.issuer,
    docNumber: d.docNumber,
    title: d.title,
    recipient: d.recipient,
    paragraphs: toParagraphs(d.body),
    signature: d.signature ?? d.issuer,
    date: parseLocalDate(d.date),
    dateStyle: d.dateStyle,
  }),
};
