import { diffDays, type LocalDate } from '@tianping/common/calendar/index';

/**
 * Duplicate detection (同一纠纷多渠道登记): the same dispute reported through two channels — a party
 * at the committee and the court's referral, say — must be linked, not mediated twice. Pure rules;
 * the lookup (server/duplicates.service.ts) feeds them the open cases that share a party.
 *
 * A party is "the same" when the blind index of the ID number matches, or when the normalised
 * name and the blind index of the phone both match (never the plain values: only indexes are
 * compared). Facts are compared by character bigrams (Dice coefficient), which suits Chinese text
 * without word segmentation. All thresholds are local rules (the law is silent), configurable.
 */

export interface DuplicateRules {
  /** Only cases received within this many natural days of the new one are candidates. */
  windowDays: number;
  /** Facts similarity (0–1) that, with one shared party, makes a duplicate likely. */
  factsLikely: number;
  /** Lower similarity that suffices when two or more parties are shared. */
  factsLikelyManyParties: number;
  /** Facts this similar make a case worth showing even without a shared party (party data missing). */
  factsAlone: number;
}

export const defaultDuplicateRules: DuplicateRules = { windowDays: 90, factsLikely: 0.25, factsLikelyManyParties: 0.1, factsAlone: 0.7 };

export interface DuplicateParty {
  name: string;
  idNumberIndex?: string | null;
  phoneIndex?: string | null;
}

export interface DuplicateSubject {
  parties: readonly DuplicateParty[];
  title?: string | null;
  facts: string;
  receivedOn: LocalDate;
}

export interface DuplicateCandidate extends DuplicateSubject {
  caseId: string;
}

export type DuplicateReason =
  | { code: 'sameIdNumber'; partyName: string }
  | { code: 'sameNameAndPhone'; partyName: string }
  | { code: 'similarFacts'; similarity: number };

/** `likely`: treat as the same dispute (referrals link, staff intake must confirm); `possible`: show only. */
export type DuplicateLevel = 'likely' | 'possible';

export interface DuplicateMatch {
  caseId: string;
  level: DuplicateLevel;
  /** 0–1: half from the share of the new case's parties found, half from facts similarity. */
  score: number;
  sharedParties: number;
  similarity: number;
  reasons: DuplicateReason[];
}

/** Names compare without spaces, punctuation and case (`张 三` = `张三`, `ABC公司` = `abc 公司`). */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

/** The character bigrams of a text, ignoring whitespace, punctuation and symbols. */
export function characterBigrams(text: string): Set<string> {
  const chars = [
    ...text
      .normalize('NFKC')
      .replace(/[\s\p{P}\p{S}]/gu, '')
      .toLowerCase(),
  ];
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

/** Dice coefficient of the bigram sets (0 = nothing in common, 1 = the same bigrams). */
export function bigramSimilarity(a: string, b: string): number {
  const x = characterBigrams(a);
  const y = characterBigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

const text = (s: DuplicateSubject) => `${s.title ?? ''}\n${s.facts}`;

function sharedParty(p: DuplicateParty, others: readonly DuplicateParty[]): DuplicateReason | undefined {
  for (const o of others) {
    if (p.idNumberIndex && o.idNumberIndex && p.idNumberIndex === o.idNumberIndex) return { code: 'sameIdNumber', partyName: p.name };
  }
  const name = normaliseName(p.name);
  for (const o of others) {
    if (p.phoneIndex && o.phoneIndex && p.phoneIndex === o.phoneIndex && name !== '' && name === normaliseName(o.name))
      return { code: 'sameNameAndPhone', partyName: p.name };
  }
  return undefined;
}

/** Is the candidate inside the window around the new case's day of receipt? */
export function withinWindow(subject: LocalDate, candidate: LocalDate, rules: DuplicateRules = defaultDuplicateRules): boolean {
  return Math.abs(diffDays(candidate, subject)) <= rules.windowDays;
}

/** Compares the new dispute with one open case; undefined when they do not look alike at all. */
export function scoreDuplicate(
  subject: DuplicateSubject,
  candidate: DuplicateCandidate,
  rules: DuplicateRules = defaultDuplicateRules,
): DuplicateMatch | undefined {
  if (!withinWindow(subject.receivedOn, candidate.receivedOn, rules)) return undefined;
  const reasons: DuplicateReason[] = [];
  for (const p of subject.parties) {
    const r = sharedParty(p, candidate.parties);
    if (r) reasons.push(r);
  }
  const sharedParties = reasons.length;
  const similarity = Math.round(bigramSimilarity(text(subject), text(candidate)) * 100) / 100;
  const likely =
    (sharedParties >= 1 && similarity >= rules.factsLikely) || (sharedParties >= 2 && similarity >= rules.factsLikelyManyParties);
  const possible = sharedParties >= 1 || similarity >= rules.factsAlone;
  if (!likely && !possible) return undefined;
  if (similarity >= Math.min(rules.factsLikelyManyParties, rules.factsLikely)) reasons.push({ code: 'similarFacts', similarity });
  const partyShare = subject.parties.length ? Math.min(1, sharedParties / subject.parties.length) : 0;
  const score = Math.round((partyShare * 0.5 + similarity * 0.5) * 100) / 100;
  return { caseId: candidate.caseId, level: likely ? 'likely' : 'possible', score, sharedParties, similarity, reasons };
}

/** Every candidate that looks alike, likely ones first, then by score. */
export function rankDuplicates(
  subject: DuplicateSubject,
  candidates: readonly DuplicateCandidate[],
  rules: DuplicateRules = defaultDuplicateRules,
): DuplicateMatch[] {
  const matches = candidates.flatMap((c) => scoreDuplicate(subject, c, rules) ?? []);
  return matches.sort((a, b) => (a.level === b.level ? b.score - a.score : a.level === 'likely' ? -1 : 1));
}

/** Human-readable reasons (Chinese first) for the 409 answer and the UI. */
export function describeReason(r: DuplicateReason): { zh: string; en: string } {
  if (r.code === 'sameIdNumber') return { zh: `当事人“${r.partyName}”身份证号码相同`, en: `Party “${r.partyName}”: same ID number` };
  if (r.code === 'sameNameAndPhone')
    return { zh: `当事人“${r.partyName}”姓名和手机号码相同`, en: `Party “${r.partyName}”: same name and phone` };
  const pct = Math.round(r.similarity * 100);
  return { zh: `纠纷事实相似度 ${pct}%`, en: `Facts ${pct}% similar` };
}
