/**
 * A reproducible random draw that anyone can recompute (used by legal aid's case-file sampling and the
 * hotline's follow-up visits):
 *
 * 1. seed = SHA-256 (hex, lower case) of the UTF-8 text `<publishedValue>|<drawnAt>`, where
 *    `publishedValue` is a value published beforehand by a third party (e.g. a lottery figure of the draw
 *    day) and `drawnAt` the ISO instant recorded with the draw;
 * 2. the population (ids) is sorted ascending (ASCII);
 * 3. for i = 0 … n−1: h = SHA-256(`<seed>:<i>`), r = the integer of its first 13 hex digits (52 bits),
 *    j = i + (r mod (N − i)); swap positions i and j (a partial Fisher–Yates shuffle);
 * 4. the sample is the first n ids, in that order.
 *
 * SHA-256 is passed in (`Sha256Hex`) so this file stays pure (browser and server); the server uses
 * node:crypto.
 */
export type Sha256Hex = (text: string) => string;

/** Digits of the hash used per step: 52 bits stay exact in a JavaScript number. */
const STEP_HEX_DIGITS = 13;

export function drawSeed(publishedValue: string, drawnAt: string, sha256: Sha256Hex): string {
  return sha256(`${publishedValue}|${drawnAt}`);
}

export function drawSample(population: readonly string[], seed: string, size: number, sha256: Sha256Hex): string[] {
  const ids = [...new Set(population)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = Math.min(size, ids.length);
  for (let i = 0; i < n; i += 1) {
    const r = Number.parseInt(sha256(`${seed}:${i}`).slice(0, STEP_HEX_DIGITS), 16);
    const j = i + (r % (ids.length - i));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, n);
}

/** The stored inputs and outcome of a recorded draw. */
export interface RecordedDraw {
  publishedValue: string;
  drawnAt: string;
  seed: string;
  populationIds: readonly string[];
  populationCount: number;
  sampleSize: number;
  sampleIds: readonly string[];
}

/**
 * Recomputes a recorded draw from its stored inputs: the seed from the published value and the instant,
 * the sample from the stored population; true only when the seed, the population size and the sample
 * (order included) all match.
 */
export function verifyDraw(d: RecordedDraw, sha256: Sha256Hex): boolean {
  const seed = drawSeed(d.publishedValue, d.drawnAt, sha256);
  if (seed !== d.seed || new Set(d.populationIds).size !== d.populationCount) return false;
  const recomputed = drawSample(d.populationIds, seed, d.sampleSize, sha256);
  return recomputed.length === d.sampleIds.length && recomputed.every((id, i) => id === d.sampleIds[i]);
}
