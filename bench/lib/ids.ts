import type { Rng } from './prng';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const timeChars = 10;
const randomChars = 16;

/**
 * A ULID for a given instant, with its random part drawn from the seeded generator: the same
 * shape as the app's `newId()` (time-ordered, 26 characters), but reproducible and dated at
 * the record's creation time, as if the record had been created then.
 */
export function ulidAt(ms: number, rng: Rng): string {
  let time = '';
  let t = Math.floor(ms);
  for (let i = 0; i < timeChars; i++) {
    time = crockford[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rand = '';
  for (let i = 0; i < randomChars; i++) rand += crockford[rng.nextUint32() & 31];
  return time + rand;
}
