/**
 * Conflict check before an assignment (利益冲突审查): the lawyer — or another lawyer of the same
 * firm, or the firm itself — acted earlier for a party who is now the recipient's opponent, or
 * against the person who is now the recipient. 律师法 第三十九条 forbids acting for both sides and
 * matters with a conflict of interest; 法律援助法 第十九、二十条 bind legal-aid providers to their
 * professional duties. Pure: the caller supplies the case's parties and the providers' history.
 *
 * Matching is scored, never a bare yes/no, so the reviewer sees why:
 * - ID numbers (blind indexes, the plaintext is never stored in the history): equal → 1.0;
 * - names: normalised (width, spaces, 「·」, the legal-form suffix of an organisation such as
 *   有限公司), then an edit-distance similarity; the same normalised name alone → 0.85 because a
 *   Chinese personal name is often shared (张伟), a close name → similarity × 0.8, an organisation
 *   name containing the other → 0.75.
 * A finding at or above the threshold blocks the provider unless the reviewer records an override
 * reason; below it (but ≥ the notice level) it is shown as a possible match only. Both levels are a
 * local rule of the centre (configurable), not law.
 */

export interface ConflictParty {
  /** The party of the aid case: `applicant` and `recipient` are on the provider's side, `opponent` is not. */
  role: 'applicant' | 'recipient' | 'opponent';
  name: string;
  /** Blind-index candidates of the party's ID number (several while keys rotate); empty when unknown. */
  idIndexes: readonly string[];
}

export interface HistoryEntry {
  id: string;
  /** The provider the entry belongs to (the candidate itself, a colleague of the firm, or the firm). */
  providerId: string;
  providerName: string;
  /** `client`: the provider acted for this person; `opponent`: the provider acted against them. */
  side: 'client' | 'opponent';
  name: string;
  idIndex: string | null;
  matter: string | null;
  date: string | null;
}

export type ConflictKind = 'actedForOpponent' | 'actedAgainstRecipient';
export type MatchBasis = 'idNumber' | 'nameExact' | 'nameSimilar' | 'nameContained';

export interface ConflictFinding {
  kind: ConflictKind;
  /** 0–1, rounded to two decimals. */
  score: number;
  basis: MatchBasis;
  blocking: boolean;
  /** Whose history matched: the candidate itself or its firm (a colleague or the firm's own record). */
  via: 'self' | 'firm';
  partyRole: ConflictParty['role'];
  partyName: string;
  historyId: string;
  historyProviderName: string;
  historyName: string;
  historyMatter: string | null;
  historyDate: string | null;
  reasonZh: string;
  reasonEn: string;
}

export interface ConflictSettings {
  /** Findings at or above block without an override reason (default 0.8). */
  blockingScore: number;
  /** Findings at or above are shown (default 0.6). */
  noticeScore: number;
}

export const defaultConflictSettings: ConflictSettings = { blockingScore: 0.8, noticeScore: 0.6 };

const orgSuffixes = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '合伙企业', '厂', '店'];

/** Full-width to half-width, no spaces or name dots, Latin lower case, organisation legal form removed. */
export function normaliseName(name: string): string {
  let s = name
    .normalize('NFKC')
    .replace(/[\s·•・.\u00b7\u30fb]/g, '')
    .replace(/[（(][^）)]*[）)]/g, (m) => (m.length <= 6 ? '' : m))
    .toLowerCase();
  for (const suffix of orgSuffixes)
    if (s.length > suffix.length + 1 && s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length);
      break;
    }
  return s;
}

/** Levenshtein distance over code points (Chinese characters count one each). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

/** 1 − distance / longer length, on normalised names. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  const len = Math.max([...x].length, [...y].length);
  if (len === 0) return 0;
  return 1 - editDistance(x, y) / len;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The score of one party against one history entry, with its basis; null when nothing matches. */
export function matchScore(party: ConflictParty, entry: HistoryEntry): { score: number; basis: MatchBasis } | null {
  if (entry.idIndex && party.idIndexes.includes(entry.idIndex)) return { score: 1, basis: 'idNumber' };
  const x = normaliseName(party.name);
  const y = normaliseName(entry.name);
  if (!x || !y) return null;
  if (x === y) return { score: 0.85, basis: 'nameExact' };
  const sim = nameSimilarity(x, y);
  // Only names of four or more characters are compared by distance: one changed character of a
  // two- or three-character personal name is a different person far more often than a typo.
  if (Math.min([...x].length, [...y].length) >= 4) {
    if ((x.includes(y) || y.includes(x)) && sim * 0.8 < 0.75) return { score: 0.75, basis: 'nameContained' };
    if (sim >= 0.75) return { score: round2(sim * 0.8 + 0.1), basis: 'nameSimilar' };
  }
  return null;
}

const sideLabels = {
  client: { zh: '曾代理', en: 'acted for' },
  opponent: { zh: '曾作为对方代理', en: 'acted against' },
};
const basisLabels: Record<MatchBasis, { zh: string; en: string }> = {
  idNumber: { zh: '身份证号码一致', en: 'same ID number' },
  nameExact: { zh: '姓名（名称）相同', en: 'same name' },
  nameSimilar: { zh: '姓名（名称）相近', en: 'similar name' },
  nameContained: { zh: '名称包含', en: 'one name contains the other' },
};

/**
 * The findings for one candidate: each party of the case against each history entry of the
 * candidate and of its firm. Only the two conflicting constellations count: an opponent of the
 * case was the provider's client, or the recipient (applicant) was the provider's opponent.
 * Sorted by score, highest first.
 */
export function checkConflicts(
  candidate: { providerId: string },
  parties: readonly ConflictParty[],
  history: readonly HistoryEntry[],
  settings: ConflictSettings = defaultConflictSettings,
): ConflictFinding[] {
  const findings: ConflictFinding[] = [];
  for (const party of parties) {
    const wanted = party.role === 'opponent' ? 'client' : 'opponent';
    for (const entry of history) {
      if (entry.side !== wanted) continue;
      const m = matchScore(party, entry);
      if (!m || m.score < settings.noticeScore) continue;
      const kind: ConflictKind = party.role === 'opponent' ? 'actedForOpponent' : 'actedAgainstRecipient';
      const via = entry.providerId === candidate.providerId ? 'self' : 'firm';
      const who = via === 'self' ? entry.providerName : `同所 ${entry.providerName}`;
      const whoEn = via === 'self' ? entry.providerName : `${entry.providerName} (same firm)`;
      const roleZh = party.role === 'opponent' ? '本案对方当事人' : '本案受援人';
      const roleEn = party.role === 'opponent' ? 'the opponent in this case' : 'the recipient in this case';
      findings.push({
        kind,
        score: m.score,
        basis: m.basis,
        blocking: m.score >= settings.blockingScore,
        via,
        partyRole: party.role,
        partyName: party.name,
        historyId: entry.id,
        historyProviderName: entry.providerName,
        historyName: entry.name,
        historyMatter: entry.matter,
        historyDate: entry.date,
        reasonZh: `${roleZh}「${party.name}」与${who}${sideLabels[entry.side].zh}的「${entry.name}」${basisLabels[m.basis].zh}（${entry.matter ?? '事项未载明'}${entry.date ? `，${entry.date}` : ''}）`,
        reasonEn: `${roleEn} “${party.name}” — ${basisLabels[m.basis].en} as “${entry.name}”, whom ${whoEn} ${sideLabels[entry.side].en}${entry.matter ? ` (${entry.matter})` : ''}`,
      });
    }
  }
  return findings.sort((a, b) => b.score - a.score);
}

export function hasBlockingConflict(findings: readonly ConflictFinding[]): boolean {
  return findings.some((f) => f.blocking);
}
