/**
 * Reproducible sampling of closed tickets for follow-up visits (回访抽样), the same procedure as the
 * legal-aid case-file sampling, so that anyone can recompute a draw:
 *
 * 1. seed = SHA-256 (hex, lower case) of the UTF-8 text `<publishedValue>|<drawnAt>`;
 * 2. the population (ids of the tickets closed in the period, without an earlier follow-up) is sorted
 *    ascending (ASCII);
 * 3. for i = 0 … n−1: r = integer of the first 13 hex digits of SHA-256(`<seed>:<i>`),
 *    j = i + (r mod (N − i)); swap positions i and j;
 * 4. the sample is the first n ids, in that order.
 *
 * The procedure is shared with legal aid (common/sampling/reproducible-draw.ts). The population excludes
 * tickets that already have a follow-up from an earlier draw; it is stored with the draw, so the
 * recomputation works from the stored ids.
 */
import { drawSample, drawSeed } from '@tianping/common/sampling/reproducible-draw';

export type { Sha256Hex } from '@tianping/common/sampling/reproducible-draw';
export const followUpSeed = drawSeed;
export const drawFollowUpSample = drawSample;

/** n = ⌈N × percent ÷ 100⌉, at least 1 when N > 0, never above N. */
export function followUpSampleSize(population: number, percent: number): number {
  if (population <= 0) return 0;
  return Math.min(population, Math.max(1, Math.ceil((population * percent) / 100)));
}

export const followUpSteps = {
  zh: [
    '1. 种子 = SHA-256（UTF-8 文本“公开值|抽取时间”，十六进制小写）。',
    '2. 该期间内已办结、且此前未被抽中回访的工单 id（随抽样记录保存）按 ASCII 升序排列，得到总体 N 件。',
    '3. 对 i = 0 … n−1：取 SHA-256（“种子:i”）前 13 位十六进制数为整数 r，j = i + (r mod (N − i))，交换第 i 与第 j 位。',
    '4. 前 n 个 id 即为回访样本（按抽中顺序）；n = ⌈N × 抽样比例⌉。',
  ],
  en: [
    '1. seed = SHA-256 of the UTF-8 text "publishedValue|drawnAt", lower-case hex.',
    '2. Sort the ids of the tickets closed in the period without a follow-up from an earlier draw (stored with the draw) ascending (ASCII): N tickets.',
    '3. For i = 0 … n−1: r = integer of the first 13 hex digits of SHA-256("seed:i"); j = i + (r mod (N − i)); swap positions i and j.',
    '4. The first n ids are the sample, in the order drawn; n = ⌈N × percent⌉.',
  ],
};

/** A survey answer or follow-up that reopens the ticket to a supervisor. */
export function reopensTicket(rating: string | null | undefined): boolean {
  return rating === 'dissatisfied';
}
