import { describe, expect, it } from 'vitest';
import { lifeOrDeathFlag, lifeOrDeathMayBeStated, matterCarriesLifeOrDeath } from './life-or-death';
import { LegalAidError } from './legal-aid-error';

describe('第二十六条 flag mayCarryLifeOrDeath', () => {
  it('is derived for the notice grounds of life/death and death-penalty review, and cannot be switched off', () => {
    expect(matterCarriesLifeOrDeath('noticeLifeOrDeath')).toBe(true);
    expect(matterCarriesLifeOrDeath('noticeDeathReview')).toBe(true);
    expect(matterCarriesLifeOrDeath('criminalDefence')).toBe(false);
    expect(lifeOrDeathFlag('noticeDeathReview', false)).toBe(true);
    expect(lifeOrDeathFlag('noticeLifeOrDeath', undefined)).toBe(true);
  });

  it('is stated by staff for a criminal-defence application, kept when not stated', () => {
    expect(lifeOrDeathMayBeStated('criminalDefence')).toBe(true);
    expect(lifeOrDeathFlag('criminalDefence', true)).toBe(true);
    expect(lifeOrDeathFlag('criminalDefence', undefined)).toBe(false);
    expect(lifeOrDeathFlag('criminalDefence', undefined, true)).toBe(true);
    expect(lifeOrDeathFlag('criminalDefence', false, true)).toBe(false);
  });

  it('is refused with the field for a matter without a defendant (victim, civil)', () => {
    for (const kind of ['criminalVictim', 'privateProsecutor', 'wages']) {
      expect(lifeOrDeathMayBeStated(kind)).toBe(false);
      expect(lifeOrDeathFlag(kind, false)).toBe(false);
      expect(() => lifeOrDeathFlag(kind, true)).toThrow(LegalAidError);
      try {
        lifeOrDeathFlag(kind, true);
      } catch (e) {
        expect(e).toMatchObject({ code: 'AID_LIFE_OR_DEATH_NOT_DEFENCE', field: 'mayCarryLifeOrDeath' });
      }
    }
  });
});
