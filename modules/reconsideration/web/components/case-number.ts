import type { Translate } from '../../../../web/src/i18n/translate';
import type { ReconMessageKey } from '../i18n';

/** States before acceptance: the case number is given on acceptance (待受理). */
const beforeAcceptance = new Set(['received', 'correcting']);

/** The case number, 待受理 while the application is reviewed, or 无案号 when it ended without acceptance. */
export function caseNumberText(c: { caseNumber: string | null; state: string }, tr: Translate<ReconMessageKey>): string {
  if (c.caseNumber) return c.caseNumber;
  return beforeAcceptance.has(c.state) ? tr('list.pendingNumber') : tr('list.noNumber');
}
