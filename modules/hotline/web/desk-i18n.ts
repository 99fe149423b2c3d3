import type { LocalText } from '../../../web/src/i18n/locale-context';
import { createUseT } from '../../../web/src/i18n/translate';
import { splitMessages } from './components/components-i18n';
import { deskCommonMessages } from './i18n/desk-common';
import { deskDeskMessages } from './i18n/desk-desk';
import { deskHandlingMessages } from './i18n/desk-handling';
import { deskTicketMessages } from './i18n/desk-tickets';

/**
 * Strings of the hotline's desk pages (desk, tickets, transfers, callbacks, follow-ups, rosters,
 * settings), Chinese first. Enumerated values take their labels from the module's contract.
 */
const { zh, en } = splitMessages({ ...deskCommonMessages, ...deskDeskMessages, ...deskTicketMessages, ...deskHandlingMessages });

export type DeskMessageKey = keyof typeof zh;

/** `const tr = useDeskT(); tr('common.total', { n })`. */
export const useDeskT = createUseT<DeskMessageKey>({ 'zh-CN': zh, en });

/** Both languages of one key, for the route manifest (menu labels, route titles). */
export function deskText(key: DeskMessageKey): LocalText {
  return { zh: zh[key], en: en[key] };
}
