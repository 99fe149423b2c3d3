import type { Selectable } from 'kysely';
import { caseFileRubric } from '../domain/quality';
import type { AidFollowupTable, AidQualityReviewTable } from './casework-tables';

export function presentReview(r: Selectable<AidQualityReviewTable>) {
  const scores = JSON.parse(r.scores) as Record<string, number>;
  const grade = caseFileRubric.grades.find((g) => g.grade === r.grade);
  return {
    id: r.id,
    caseId: r.caseId,
    drawId: r.drawId,
    rubricVersion: r.rubricVersion,
    items: caseFileRubric.items.map((i) => ({ key: i.key, zh: i.zh, en: i.en, points: scores[i.key] ?? 0, maxPoints: i.maxPoints })),
    total: r.total,
    grade: r.grade,
    gradeLabel: { zh: grade?.zh ?? r.grade, en: grade?.en ?? r.grade },
    comments: r.comments,
    reviewedOn: r.reviewedOn,
  };
}

export function presentFollowup(r: Selectable<AidFollowupTable>) {
  return {
    id: r.id,
    caseId: r.caseId,
    channel: r.channel as 'phone' | 'visit' | 'portal',
    contactedOn: r.contactedOn,
    reached: r.reached === 1,
    satisfaction: r.satisfaction,
    comment: r.comment,
  };
}
