import { officialHolidayCalendar } from '@tianping/common/calendar/index';
import { describe, expect, it } from 'vitest';
import { assignmentDue, forwardedLate, limitationEndsSoon, reviewDue } from './clocks';
import { checkJurisdiction } from './jurisdiction';

const cal = officialHolidayCalendar;

describe('the 7-day review and 3-day assignment clocks (natural days, 第四十三条、第三十六条)', () => {
  it('counts natural days on ordinary weeks', () => {
    expect(reviewDue('2025-03-03', cal).dueDate).toBe('2025-03-10');
    expect(assignmentDue('2025-03-04', false, cal).dueDate).toBe('2025-03-07');
  });

  it('moves a last day falling in a holiday to the next working day', () => {
    // 2025-09-28 + 3 = 2025-10-01 (National Day holiday 10-01…10-08) → 2025-10-09.
    expect(assignmentDue('2025-09-28', false, cal).dueDate).toBe('2025-10-09');
    expect(assignmentDue('2025-09-28', true, cal).dueDate).toBe('2025-10-09');
    // Spring Festival 2026: 2026-02-10 + 7 = 02-17 (holiday) → 02-24.
    const review = reviewDue('2026-02-10', cal);
    expect(review.dueDate).toBe('2026-02-24');
    expect(review.explanation.zh.join('')).toContain('春节');
  });

  it('does not stretch days inside the period over a holiday (natural days, not working days)', () => {
    expect(reviewDue('2025-09-26', cal).dueDate).toBe('2025-10-09');
    expect(reviewDue('2025-10-03', cal).dueDate).toBe('2025-10-10');
  });
});

describe('forwarding within 24 hours (第三十九条)', () => {
  it('flags a forwarding later than 24 hours', () => {
    expect(forwardedLate('2025-03-03T02:00:00Z', '2025-03-04T02:00:00Z')).toEqual({ late: false, hours: 24 });
    expect(forwardedLate('2025-03-03T02:00:00Z', '2025-03-04T02:30:00Z')).toEqual({ late: true, hours: 24.5 });
  });
});

describe('aid first (第四十四条第（一）项)', () => {
  it('applies when fewer than 7 days remain', () => {
    expect(limitationEndsSoon('2025-03-03', '2025-03-09')).toBe(true);
    expect(limitationEndsSoon('2025-03-03', '2025-03-10')).toBe(false);
    expect(limitationEndsSoon('2025-03-03', '2025-03-01')).toBe(false);
  });
});

describe('jurisdiction (第三十八条)', () => {
  const centres = [
    { id: 'hexi', name: '河西区法律援助中心', regionCode: '120103' },
    { id: 'nankai', name: '南开区法律援助中心', regionCode: '120104' },
  ];
  it('litigation goes to the centre where the authority sits', () => {
    const r = checkJurisdiction('120103', { litigation: true, authorityRegionCode: '120104', eventRegionCode: '120103' }, centres);
    expect(r.competent).toBe(false);
    expect(r.suggestedCentres.map((c) => c.id)).toEqual(['nankai']);
    expect(r.explanation.zh).toContain('南开区法律援助中心');
  });
  it('non-litigation may also go where the events happened', () => {
    expect(
      checkJurisdiction('120103', { litigation: false, authorityRegionCode: '120104', eventRegionCode: '120103' }, centres).competent,
    ).toBe(true);
  });
  it('unknown places keep the case', () => {
    expect(checkJurisdiction('120103', { litigation: true, authorityRegionCode: null, eventRegionCode: null }, centres).competent).toBe(
      true,
    );
  });
});
