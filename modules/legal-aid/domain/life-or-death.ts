import { matterKindLabels, type MatterKind } from '../contract/enums';
import { LegalAidError } from './legal-aid-error';

/**
 * 法律援助法 第二十六条: a person who may be sentenced to life imprisonment or death, and the defendant in
 * a death-penalty review, get a lawyer with three years' relevant practice (domain/seniority.ts). The
 * flag `mayCarryLifeOrDeath` of a case says so:
 * - derived from the matter for the notice grounds that carry it (`noticeLifeOrDeath`, `noticeDeathReview`);
 * - set by staff for a criminal-defence application (第二十四条: the applicant is the suspect or defendant),
 *   at walk-in or forwarded intake and again at the grant, when the charge may carry life or death.
 * Only the suspect's or defendant's own defence can carry it (a victim or private prosecutor is never
 * sentenced): asking for it on another matter is refused with the field.
 */

/** The matter itself carries the rule (the notice grounds of 第二十五条第一款第（四）（五）项). */
export function matterCarriesLifeOrDeath(matterKind: string): boolean {
  return matterKindLabels[matterKind as MatterKind]?.lifeOrDeath === true;
}

/** Staff may state it for this matter: the defence of a suspect or defendant. */
export function lifeOrDeathMayBeStated(matterKind: string): boolean {
  return matterKind === 'criminalDefence' || matterCarriesLifeOrDeath(matterKind);
}

/**
 * The flag to store: the matter's own (never switched off), else what staff stated (`undefined`: the
 * current value is kept). Throws AID_LIFE_OR_DEATH_NOT_DEFENCE for `true` on a matter without a defendant.
 */
export function lifeOrDeathFlag(matterKind: string, stated: boolean | undefined, current = false): boolean {
  if (matterCarriesLifeOrDeath(matterKind)) return true;
  if (stated === true && !lifeOrDeathMayBeStated(matterKind))
    throw new LegalAidError('AID_LIFE_OR_DEATH_NOT_DEFENCE', 'mayCarryLifeOrDeath');
  return stated ?? current;
}
