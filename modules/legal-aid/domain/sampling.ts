/**
 * Random sampling of closed aided cases for case-file review (卷宗评查抽查; 法律援助法 第五十七条、
 * 第五十九条). The draw is reproducible and can be checked by anyone:
 *
 * 1. seed = SHA-256 (hex, lower case) of the UTF-8 text `<publishedValue>|<drawnAt>`, where
 *    `publishedValue` is a value published beforehand by a third party (e.g. the closing figure of a
 *    lottery or index on the draw day) and `drawnAt` the ISO instant recorded with the draw;
 * 2. the population (the ids of the cases the recorded query returns) is sorted ascending (ASCII);
 * 3. for i = 0 … n−1: h = SHA-256(`<seed>:<i>`), r = the integer of its first 13 hex digits (52 bits),
 *    j = i + (r mod (N − i)); swap positions i and j (a partial Fisher–Yates shuffle);
 * 4. the sample is the first n ids, in that order.
 *
 * The procedure itself is shared with the hotline's follow-up draws (common/sampling/reproducible-draw.ts).
 */

export { drawSample, drawSeed, type Sha256Hex } from '@tianping/common/sampling/reproducible-draw';

/** The sample size: given directly, or as a percentage of the population rounded up; never above N. */
export function sampleSizeFor(population: number, request: { size?: number; percent?: number }): number {
  const wanted = request.size ?? Math.ceil((population * (request.percent ?? 0)) / 100);
  return Math.max(0, Math.min(population, wanted));
}

/** The recomputation steps shown with every recorded draw (GET …/sampling-draws/:id). */
export const recomputeSteps = {
  zh: [
    '1. 种子 = SHA-256（UTF-8 文本“公开值|抽取时间”，十六进制小写）。',
    '2. 按记录的抽样条件查询已结案件，案件编号（id）按 ASCII 升序排列，得到总体 N 件。',
    '3. 对 i = 0 … n−1：h = SHA-256（“种子:i”），取 h 前 13 位十六进制数为整数 r，j = i + (r mod (N − i))，交换第 i 与第 j 位。',
    '4. 前 n 个 id 即为样本（按抽中顺序）。',
  ],
  en: [
    '1. seed = SHA-256 of the UTF-8 text "publishedValue|drawnAt", lower-case hex.',
    '2. Run the recorded population query over closed cases; sort the case ids ascending (ASCII): N cases.',
    '3. For i = 0 … n−1: h = SHA-256("seed:i"); r = integer of the first 13 hex digits of h; j = i + (r mod (N − i)); swap positions i and j.',
    '4. The first n ids are the sample, in the order drawn.',
  ],
} as const;
