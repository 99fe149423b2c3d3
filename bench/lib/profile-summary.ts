import { readFileSync } from 'node:fs';

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileLine {
  label: string;
  /** Share of all samples, in percent. */
  selfPercent: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Self time by package or source area (where the CPU actually went). */
  byArea: ProfileLine[];
  /** Self time by function. */
  topFunctions: ProfileLine[];
  /** Inclusive time of a few functions that name the cost centres of a request. */
  inclusive: ProfileLine[];
}

/** better-sqlite3's native statement methods (the SQLite engine at work). */
const sqliteRun = new Set(['all', 'get', 'run', 'iterate']);

/**
 * Where a frame's code lives: an npm package, a folder of ours, Node itself, or V8 bookkeeping.
 * Native frames (no URL) are named after the JS frame that called them where that tells more.
 */
function areaOf(url: string, functionName: string, callerUrl = ''): string {
  if (!url && /better-sqlite3|kysely|bench\/servers/.test(callerUrl)) {
    if (sqliteRun.has(functionName)) return 'SQLite engine (statement run)';
    if (functionName === 'Statement') return 'SQLite engine (prepare)';
  }
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return 'native / (program)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const ours = /\/(server\/src\/[^/]+|common\/[^/]+|bench\/[^/]+)/.exec(url);
  if (ours) return ours[1]!;
  return url.split('/').slice(-2).join('/');
}

/** Functions whose inclusive time says what a request spends on (authentication, query, serialisation). */
const costCentres = [
  // the app (identity, tokens, org) and the baseline's functions of the same role
  'authenticate',
  'loadSessionActor',
  'findSessionContext',
  'rolePermissionKeys',
  'findTokenForAuth',
  'tokenActor',
  'sessionActor',
  'findOrgInScope',
  'listUsersInScope',
  'presentOrg',
  'toUserListItem',
  // Kysely: building and compiling queries vs running them
  'compileQuery',
  'executeQuery',
  'prepare',
  // zod at the boundary: request validation and response encoding
  'safeParse',
  'safeEncode',
  'stringify',
];

export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    total += dt;
  });
  const idle = [...selfUs].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((a, [, t]) => a + t, 0);
  const busy = Math.max(1, total - idle);
  const area = new Map<string, number>();
  const fn = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, t] of selfUs) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    const callerId = parent.get(id);
    const a = areaOf(url, functionName, callerId === undefined ? '' : byId.get(callerId)!.callFrame.url);
    area.set(a, (area.get(a) ?? 0) + t);
    const label = `${functionName || '(anonymous)'} ${a}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(label, (fn.get(label) ?? 0) + t);
    // Inclusive: charge each cost centre once per sample stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if (costCentres.includes(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + t);
      }
    }
  }
  const lines = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([label, t]) => ({ label, selfPercent: (100 * t) / busy }));
  return {
    file,
    totalMs: busy / 1000,
    byArea: lines(area, 15),
    topFunctions: lines(fn, top),
    inclusive: lines(inclusive, costCentres.length),
  };
}

export function profileMarkdown(s: ProfileSummary): string {
  const table = (title: string, rows: ProfileLine[]) =>
    [`| ${title} | % of busy CPU |`, '|---|---:|', ...rows.map((r) => `| \`${r.label}\` | ${r.selfPercent.toFixed(1)} |`)].join('\n');
  return [
    `CPU profile \`${s.file}\` (${(s.totalMs / 1000).toFixed(1)} s busy)`,
    '',
    table('self time by area', s.byArea),
    '',
    table('inclusive time of cost centres', s.inclusive),
    '',
    table('self time by function', s.topFunctions),
  ].join('\n');
}
