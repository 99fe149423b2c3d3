import BetterSqlite3 from 'better-sqlite3';
import { idNumberCheckChar } from '@tianping/common/validation/id-number';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import type { Kernel } from '@tianping/server/core/module';
import type { AppConfig } from '@tianping/server/env';
import { newId, nowIso } from '@tianping/server/db/ids';
import { listCases } from '../../modules/mediation/server/case-query.service';
import {
  benchActor,
  benchLogin,
  captureSql,
  compareCaptured,
  drive,
  ensureBenchUser,
  runInProcessRounds,
  withBenchApp,
  type BenchApp,
  type CapturedWorkload,
  type DriveOptions,
  type LoadSettings,
  type Measurement,
} from '../drive/in-process';
import { benchApiToken } from '../drive/api-token';
import { describeWrites, probeWrites, uniqueValuesOf, writeReplayer } from '../drive/write-replay';
import type { WorkloadResult } from '../drive/report';

/**
 * People's-mediation workloads (issue 5 "Bench"), driven in-process (bench/drive/in-process.ts):
 *
 * - `medCases`: the scoped, filtered case list (GET /api/mediation/cases, page of 20 with the total,
 *   filters by state, kind, source, period and name) as the district supervisor (subtree scope of
 *   the district bureau) over the whole volume (MED_BENCH_CASES, e.g. 200,000); baseline: the same
 *   SQL, captured from the service (list, parties' summaries, holiday calendar).
 * - `medReferralIntake`: referrals POSTed by a court's API token (POST /api/mediation/referrals:
 *   validation, referrer check, duplicate detection, case number, case, parties, referral,
 *   workflow instance and todo, search index, audit — one transaction). Baseline:
 *   raw better-sqlite3 running the idempotency SELECT and inserting, in one transaction per request,
 *   exactly the rows one app request wrote (read back by rowid after a probe request, ids and the
 *   case number made unique per request; the audit event appended to the hash chain — bench/drive/in-process.ts `writeReplayer`). It does no validation, no authentication, no duplicate
 *   scoring, no case-number counter update and no JSON response.
 */

export const medWorkloadKeys = ['medCases', 'medReferralIntake'] as const;
export type MedWorkloadKey = (typeof medWorkloadKeys)[number];

const defaultDistrict = '120116';
const supervisorRole = {
  code: 'benchMedSupervisor',
  name: '基准测试人民调解指导',
  nameEn: 'Bench mediation supervisor',
  permissions: ['mediation.case.read', 'mediation.committee.read', 'stats.metric.read'],
};

/** A distinct, valid ID number for every n < 16.8 million (birth date and sequence spread from n). */
function idNumber(n: number): string {
  const seq = n % 1000;
  const day = Math.floor(n / 1000) % 28;
  const month = Math.floor(n / 28_000) % 12;
  const year = 1950 + (Math.floor(n / 336_000) % 50);
  const first17 = `120116${year}${String(month + 1).padStart(2, '0')}${String(day + 1).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

function referralBody(i: number, run: string, referrerCode: string, committeeOrgId: string) {
  // Parties never seen before (no duplicate link): the run's clock spreads the numbers across runs.
  const n = ((parseInt(run, 36) % 80) * 100_000 + i) % 8_000_000;
  return {
    referrerCode,
    externalRef: `（2026）津0116诉前调B${run}-${i}号`,
    committeeOrgId,
    kind: i % 3 === 0 ? 'contract' : 'neighbour',
    facts: `诉前委托调解第${run}-${i}号：原告诉称被告拖欠货款及违约金，经释明同意诉前调解。`,
    amountYuan: 1000 + (i % 500) * 10,
    parties: [
      { role: 'applicant', name: `原告${run}${i}`, idNumber: idNumber(n), phone: `139${String(n).padStart(8, '0')}` },
      { role: 'respondent', name: `被告${run}${i}`, idNumber: idNumber(n + 8_000_000) },
    ],
  };
}

async function referralIntake(app: BenchApp, kernel: Kernel, file: string, orgId: string, committeeOrgId: string, o: DriveOptions) {
  const now = nowIso();
  const name = `基准测试法院诉调对接系统 ${newId()}`;
  const { tokenId, headers } = await benchApiToken(kernel, { name, orgId, permissions: ['mediation.referral.submit'] });
  const referrerCode = `BENCH-COURT-${tokenId}`;
  await kernel.db
    .insertInto('medReferrers')
    .values({
      id: newId(),
      kind: 'court',
      code: referrerCode,
      name: '基准测试区人民法院',
      regionCode: defaultDistrict,
      returnDays: 30,
      tokenId,
      webhookUrl: null,
      webhookSecretEnc: null,
      active: 1,
      version: 1,
      createdBy: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const run = Date.now().toString(36);
  const handle = new BetterSqlite3(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('busy_timeout = 5000');
  try {
    const template = await probeWrites(file, async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/mediation/referrals',
        payload: referralBody(0, run, referrerCode, committeeOrgId),
        headers,
      });
      if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`referral probe: ${res.statusCode} ${res.body}`);
    });
    const caseRow = template.find((t) => t.table === 'med_cases');
    const referral = template.find((t) => t.table === 'med_referrals');
    if (!caseRow || !referral) throw new Error('referral probe wrote no case');
    const unique = uniqueValuesOf(template, [
      caseRow.rows[0]![caseRow.columns.indexOf('case_number')] as string,
      referral.rows[0]![referral.columns.indexOf('external_ref')] as string,
    ]);
    // The rows inserted as the probe wrote them, the audit event appended to the hash chain (bench/drive/in-process.ts).
    const replayer = writeReplayer(handle, template, unique);
    const idempotency = handle.prepare('select id from med_referrals where referrer_id = ? and external_ref = ?');
    const referrerId = referral.rows[0]![referral.columns.indexOf('referrer_id')];
    const externalRef = referral.rows[0]![referral.columns.indexOf('external_ref')] as string;
    const baseline = handle.transaction((suffix: string) => {
      idempotency.get(referrerId, `${externalRef}${suffix}`);
      replayer.replay(suffix);
    });
    let appN = 0;
    let baseN = 0;
    const appRun = async () => {
      const i = ++appN;
      const res = await app.inject({
        method: 'POST',
        url: '/api/mediation/referrals',
        payload: referralBody(i, run, referrerCode, committeeOrgId),
        headers,
      });
      if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`referral: ${res.statusCode}`);
    };
    let reported = false;
    const baseRun = async () => {
      try {
        baseline(`~${run}b${++baseN}`);
      } catch (e) {
        if (!reported) console.error(`medReferralIntake baseline: ${(e as Error).message}`);
        reported = true;
        throw e;
      }
    };
    await drive(appRun, 1, o, o.warmupSeconds);
    const appResult = await drive(appRun, 1, o, o.durationSeconds);
    await drive(baseRun, 1, o, o.warmupSeconds);
    const baseResult = await drive(baseRun, 1, o, o.durationSeconds);
    console.log(
      `medReferralIntake: app ${appResult.requestsPerSecond.toFixed(1)}/s, baseline ${baseResult.requestsPerSecond.toFixed(1)}/s, ratio ${(appResult.requestsPerSecond / baseResult.requestsPerSecond).toFixed(2)}`,
    );
    return { appResult, baseResult, rows: describeWrites(template) };
  } finally {
    if (handle.open) handle.close();
  }
}

export async function measureMediation(
  config: AppConfig,
  keys: readonly MedWorkloadKey[],
  o: DriveOptions,
): Promise<Measurement<MedWorkloadKey>[]> {
  return withBenchApp(config, async (app, kernel, file) => {
    const codes = demoOrgCodes(config.cityCode);
    const districtCode = process.env.BENCH_DISTRICT ?? defaultDistrict;
    const bureau = await kernel.db
      .selectFrom('organisations')
      .select(['id', 'path'])
      .where('code', '=', codes.districtBureau(districtCode))
      .executeTakeFirstOrThrow();
    await ensureBenchUser(kernel, 'bench.med', bureau.id, 'subtree', supervisorRole);
    const sessions = { district: await benchLogin(app, 'bench.med', 21) };
    const actor = benchActor(bureau, 'subtree', supervisorRole.permissions);
    const out: Measurement<MedWorkloadKey>[] = [];
    if (keys.includes('medCases')) {
      const count = await kernel.db
        .selectFrom('medCases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const filters: Record<string, string>[] = [
        {},
        { state: 'succeeded' },
        { kind: 'marriageFamily' },
        { source: 'court' },
        { receivedFrom: '2025-01-01', receivedTo: '2025-06-30' },
        { q: '王' },
      ];
      const requests = [];
      for (let page = 1; page <= 12; page++) {
        const f = filters[page % filters.length]!;
        const query = { ...f, page: String(page), pageSize: '20' };
        const sql = await captureSql(file, (db) => listCases({ ...kernel, db } as never, actor, { ...f, page, pageSize: 20 } as never));
        requests.push({ urls: [`/api/mediation/cases?${new URLSearchParams(query).toString()}`], session: 'district', sql });
      }
      const workload: CapturedWorkload<MedWorkloadKey> = {
        key: 'medCases',
        auth: 'staff session (district supervisor)',
        title: (n) =>
          `GET /api/mediation/cases (district supervisor, subtree; ${n} page/filter combinations, page of 20 with total; ${Number(count.n).toLocaleString('en')} cases in all)`,
        requests,
      };
      out.push(...(await compareCaptured(app, file, sessions, [workload], o)));
    }
    if (keys.includes('medReferralIntake')) {
      const committee = await kernel.db
        .selectFrom('organisations')
        .select('id')
        .where('type', '=', 'justiceOffice')
        .where('path', 'like', `${bureau.path}%`)
        .orderBy('path')
        .executeTakeFirstOrThrow();
      const r = await referralIntake(app, kernel, file, bureau.id, committee.id, o);
      out.push({
        key: 'medReferralIntake',
        title: `POST /api/mediation/referrals (court API token; duplicate check, case number, case, parties, referral, workflow, todo, search index, audit in one transaction: ${r.rows})`,
        auth: 'API token (court)',
        app: r.appResult,
        baseline: r.baseResult,
        paths: 1,
      });
    }
    return out;
  });
}

/** The workloads as rows of the bench report (run.ts), SQLite only; PostgreSQL adds a warning. */
export async function runMediationWorkloads(
  config: AppConfig,
  keys: readonly MedWorkloadKey[],
  load: LoadSettings,
  rounds: number,
  warnings: string[],
): Promise<WorkloadResult[]> {
  return runInProcessRounds(config, keys, load, rounds, warnings, (o) => measureMediation(config, keys, o));
}
