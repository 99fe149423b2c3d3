/**
 * Reproducible sampling of closed tickets for follow-up visits (回访抽样), the same procedure as the
 * legal-aid case-file sampling, so that anyone can recompute a draw:
 *
 * 1. seed = SHA-256 (hex, lower case) of the UTF-8 text `<publishedValue>|<drawnAt>`;
 * 2. the population (ticket ids) is sorted ascending (ASCII);
 * 3. for i = 0 … n−1: r = integer of the first 13 hex digits of SHA-256(`<seed>:<i>`),
 *    j = i + (r mod (N − i)); swap positions i and j;
 * 4. the sample is the first n ids, in that order.
 *
 * SHA-256 is passed in so this file stays pure (the server uses node:crypto).
 */
export type Sha256Hex = (text: string) => string;

const STEP_HEX_DIGITS = 13;

export function followUpSeed(publishedValue: string, drawnAt: string, sha256: Sha256Hex): string {
  return sha256(`${publishedValue}|${drawnAt}`);
}

/** n = ⌈N × percent ÷ 100⌉, at least 1 when N > 0, never above N. */
export function followUpSampleSize(population: number, percent: number): number {
  if (population <= 0) return 0;
  return Math.min(population, Math.max(1, Math.ceil((population * percent) / 100)));
}

export function drawFollowUpSample(population: readonly string[], seed: string, size: number, sha256: Sha256Hex): string[] {
  const ids = [...new Set(population)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const n = Math.min(size, ids.length);
  for (let i = 0; i < n; i += 1) {
    const r = Number.parseInt(sha256(`${seed}:${i}`).slice(0, STEP_HEX_DIGITS), 16);
    const j = i + (r % (ids.length - i));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, n);
}

export const followUpSteps = {
  zh: [
    '1. 种子 = SHA-256（UTF-8 文本“公开值|抽取时间”，十六进制小写）。',
    '2. 该期间内已办结工单的 id 按 ASCII 升序排列，得到总体 N 件。',
    '3. 对 i = 0 … n−1：取 SHA-256（“种子:i”）前 13 位十六进制数为整数 r，j = i + (r mod (N − i))，交换第 i 与第 j 位。',
    '4. 前 n 个 id 即为回访样本（按抽中顺序）；n = ⌈N × 抽样比例⌉。',
  ],
  en: [
    '1. seed = SHA-256 of the UTF-8 text "publishedValue|drawnAt", lower-case hex.',
    '2. Sort the ids of the tickets closed in the period ascending (ASCII): N tickets.',
    '3. For i = 0 … n−1: r = integer of the first 13 hex digits of SHA-256("seed:i"); j = i + (r mod (N − i)); swap positions i and j.',
    '4. The first n ids are the sample, in the order drawn; n = ⌈N × percent⌉.',
  ],
};

/** A survey answer or follow-up that reopens the ticket to a supervisor. */
export function reopensTicket(rating: string | null | undefined): boolean {
  return rating === 'dissatisfied';
}
