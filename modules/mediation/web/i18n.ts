import { casePairs } from './i18n/case';
import { commonPairs } from './i18n/common';
import { handlingPairs } from './i18n/handling';
import { makeText } from './i18n/make';
import { referralPairs } from './i18n/referral';

/**
 * Strings of the mediation workbench pages, Chinese first with English beside each. Enumerated values
 * (states, sources, dispute kinds, consent) take their labels from contract/enums.ts instead.
 */
const pairs = { ...commonPairs, ...casePairs, ...handlingPairs, ...referralPairs };

export type MedMessageKey = keyof typeof pairs;

const built = makeText<MedMessageKey>(pairs);

/** `const tr = useMedT(); tr('list.total', { n })` — the module's typed strings. */
export const useMedT = built.useText;

/** Both languages of one key, for the module manifest (menu labels, route titles). */
export const medText = built.text;
