import { describe, expect, it } from 'vitest';
import { checkObjection, reopeningTransition } from './objection';

describe('objection (第四十九条)', () => {
  it('lies against a denial or a termination', () => {
    expect(checkObjection('denied', [])).toEqual({ ok: true, against: 'denial' });
    expect(checkObjection('terminated', [{ status: 'corrected' }])).toEqual({ ok: true, against: 'termination' });
    expect(checkObjection('assigned', [])).toEqual({ ok: false, code: 'AID_OBJECTION_NOT_OBJECTABLE' });
    expect(checkObjection('closed', [])).toEqual({ ok: false, code: 'AID_OBJECTION_NOT_OBJECTABLE' });
  });

  it('one at a time', () => {
    expect(checkObjection('denied', [{ status: 'open' }])).toEqual({ ok: false, code: 'AID_OBJECTION_PENDING' });
  });

  it('not after the case was corrected; again against a new decision', () => {
    expect(checkObjection('received', [{ status: 'corrected' }])).toEqual({ ok: false, code: 'AID_OBJECTION_ALREADY_CORRECTED' });
    expect(checkObjection('assigned', [{ status: 'corrected' }])).toEqual({ ok: false, code: 'AID_OBJECTION_ALREADY_CORRECTED' });
    expect(checkObjection('denied', [{ status: 'corrected' }])).toEqual({ ok: true, against: 'denial' });
  });

  it('not again once the bureau upheld the decision (the remedy is reconsideration or litigation)', () => {
    expect(checkObjection('denied', [{ status: 'upheld' }])).toEqual({ ok: false, code: 'AID_OBJECTION_ALREADY_UPHELD' });
    expect(checkObjection('terminated', [{ status: 'corrected' }, { status: 'upheld' }])).toEqual({
      ok: false,
      code: 'AID_OBJECTION_ALREADY_UPHELD',
    });
  });

  it('correction reopens the review or the assignment', () => {
    expect(reopeningTransition('denial')).toBe('reopenReview');
    expect(reopeningTransition('termination')).toBe('reopenAssignment');
  });
});
