import type { StaffActor } from '@tianping/server/access/actor';
import { categoryLabels } from '../contract/enums';
import { articleStateLabels, type ArticleDetail, type ArticleState } from '../contract/knowledge';
import type { LawRef } from '../contract/suggest';
import type { HlArticleTable } from './knowledge-tables';

export type ArticleRow = HlArticleTable;

export function canEditArticle(actor: StaffActor, a: ArticleRow): boolean {
  return actor.permissions.has('hotline.knowledge.edit') && a.state !== 'inReview';
}

export function canSubmitArticle(actor: StaffActor, a: ArticleRow): boolean {
  return actor.permissions.has('hotline.knowledge.edit') && a.state === 'draft';
}

/** The reviewer is another person than the editor of the version in review (four eyes). */
export function canReviewArticle(actor: StaffActor, a: ArticleRow, versionEditor: string | null): boolean {
  return actor.permissions.has('hotline.knowledge.review') && a.state === 'inReview' && versionEditor !== actor.userId;
}

export function articleListItem(a: ArticleRow) {
  const state = a.state as ArticleState;
  return {
    id: a.id,
    category: a.category,
    categoryLabel: categoryLabels[a.category] ?? { zh: a.category, en: a.category },
    title: a.title,
    state,
    stateLabel: articleStateLabels[state],
    currentVersion: a.currentVersion,
    publishedVersion: a.publishedVersion,
    updatedAt: a.updatedAt,
  };
}

export function articleDetailView(
  actor: StaffActor,
  a: ArticleRow,
  lawRefs: LawRef[],
  working: { editedBy: string; reviewComment: string | null } | undefined,
): ArticleDetail {
  return {
    ...articleListItem(a),
    question: a.question,
    body: a.body,
    lawRefs,
    publishedTitle: a.publishedTitle,
    publishedBody: a.publishedBody,
    publishedAt: a.publishedAt,
    reviewComment: working?.reviewComment ?? null,
    createdBy: a.createdBy,
    updatedBy: a.updatedBy,
    version: a.version,
    abilities: {
      edit: canEditArticle(actor, a),
      submit: canSubmitArticle(actor, a),
      review: canReviewArticle(actor, a, working?.editedBy ?? null),
    },
  };
}
