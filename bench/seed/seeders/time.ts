import type { Rng } from '../../lib/prng';

const dayMs = 24 * 60 * 60 * 1000;

export function yearsBefore(at: Date, years: number): Date {
  const d = new Date(at.getTime());
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * dayMs);
}

/** Uniform between two instants. */
export function randomInstant(rng: Rng, from: Date, to: Date): Date {
  return new Date(from.getTime() + Math.floor(rng.next() * (to.getTime() - from.getTime())));
}

/**
 * An instant shortly before `at`, exponentially distributed with the given mean in days: most
 * recent activity is recent (last sign-in yesterday), some is weeks old.
 */
export function recentInstant(rng: Rng, at: Date, meanDays: number, notBefore: Date): Date {
  const days = -Math.log(1 - rng.next()) * meanDays;
  return new Date(Math.max(notBefore.getTime(), at.getTime() - days * dayMs));
}
