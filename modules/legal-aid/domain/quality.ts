/**
 * Case-file review (案卷评查, 法律援助法 第五十七条、第五十九条: the bureau sets service-quality
 * standards and checks case files). The law gives no rubric: this is a local rule — items with
 * their maximum points (the weights, 100 in all) and grade bands — versioned, so a stored review keeps
 * the rubric it was scored with. Changing it means a new version here (configurable, see README).
 */

export interface RubricItem {
  key: string;
  zh: string;
  en: string;
  /** Maximum points (the item's weight in the 100-point total). */
  maxPoints: number;
}

export interface Rubric {
  version: number;
  items: readonly RubricItem[];
  /** Grade bands, highest first: the first band whose minimum the total reaches. */
  grades: readonly { grade: string; zh: string; en: string; minTotal: number }[];
}

export const caseFileRubric: Rubric = {
  version: 1,
  items: [
    { key: 'acceptance', zh: '受理、指派手续完备', en: 'Acceptance and assignment papers complete', maxPoints: 10 },
    { key: 'contact', zh: '会见、通信与受援人沟通', en: 'Meetings and contact with the recipient', maxPoints: 15 },
    { key: 'investigation', zh: '阅卷、调查取证', en: 'File reading and evidence gathering', maxPoints: 15 },
    { key: 'opinion', zh: '辩护、代理意见的质量', en: 'Quality of the defence or representation', maxPoints: 25 },
    { key: 'hearing', zh: '出庭及程序履职', en: 'Court attendance and procedure', maxPoints: 15 },
    { key: 'filing', zh: '结案报告与归档材料完整（第五十条）', en: 'Closure report and file complete (Art. 50)', maxPoints: 10 },
    { key: 'timeliness', zh: '各环节时限', en: 'Timeliness of each step', maxPoints: 10 },
  ],
  grades: [
    { grade: 'excellent', zh: '优秀', en: 'Excellent', minTotal: 90 },
    { grade: 'good', zh: '良好', en: 'Good', minTotal: 80 },
    { grade: 'pass', zh: '合格', en: 'Pass', minTotal: 60 },
    { grade: 'fail', zh: '不合格', en: 'Fail', minTotal: 0 },
  ],
};

export type ScoreResult =
  | { ok: true; total: number; grade: string; items: { key: string; points: number; maxPoints: number }[] }
  | { ok: false; field: string; reason: 'missing' | 'outOfRange' | 'unknown' };

/** Scores a review: every item once, whole points 0 … its maximum; total and grade. */
export function scoreReview(rubric: Rubric, scores: Readonly<Record<string, number>>): ScoreResult {
  for (const key of Object.keys(scores))
    if (!rubric.items.some((i) => i.key === key)) return { ok: false, field: `scores.${key}`, reason: 'unknown' };
  const items: { key: string; points: number; maxPoints: number }[] = [];
  for (const item of rubric.items) {
    const points = scores[item.key];
    if (points === undefined) return { ok: false, field: `scores.${item.key}`, reason: 'missing' };
    if (!(points >= 0 && points <= item.maxPoints) || !Number.isInteger(points))
      return { ok: false, field: `scores.${item.key}`, reason: 'outOfRange' };
    items.push({ key: item.key, points, maxPoints: item.maxPoints });
  }
  const total = items.reduce((s, i) => s + i.points, 0);
  const grade = rubric.grades.find((g) => total >= g.minTotal)?.grade ?? rubric.grades[rubric.grades.length - 1]!.grade;
  return { ok: true, total, grade, items };
}

/** Satisfaction from follow-up calls and portal ratings: 1 (very dissatisfied) … 5 (very satisfied). */
export const satisfactionLevels = [1, 2, 3, 4, 5] as const;
export const isSatisfied = (rating: number) => rating >= 4;
