import BetterSqlite3 from 'better-sqlite3';
import { localDateAt } from '@tianping/common/calendar/index';
import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import type { Kernel } from '@tianping/server/core/module';
import type { AppConfig } from '@tianping/server/env';
import { newId, nowIso } from '@tianping/server/db/ids';
import { listCasesInScope } from '../../modules/legal-aid/server/case-list.repository';
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
 * Legal aid workloads (issue 6 "Bench"), driven in-process (bench/drive/in-process.ts):
 *
 * - `aidQueue`: the review queue of a district centre (GET /api/legal-aid/cases, page of 20 with the
 *   total, filters by state, origin, matter, deadline and name) as the centre's reviewer (own scope) over
 *   the whole volume (AID_BENCH_CASES); baseline: the same SQL, captured from the repository.
 * - `aidNoticeIntake`: mandatory-defence notices POSTed by a court's API token (POST
 *   /api/legal-aid/notices: validation, duplicate check, case number, case, parties, notice, workflow
 *   instance with the 3-day timer and todo, search index, audit — one transaction). Baseline: raw
 *   better-sqlite3 running the duplicate-check SELECT and inserting, in one transaction per request,
 *   exactly the rows one app request wrote (read back from every table by rowid after a probe request,
 *   ids, case number and document number made unique per request), the audit event appended to the
 *   hash chain as the app does (head read, `hashEvent`, head moved). It does no validation, no
 *   authentication, no case-number counter update, no workflow or deadline computation (the timer's
 *   due date and explanation are copied) and no JSON response.
 */

export const aidWorkloadKeys = ['aidQueue', 'aidNoticeIntake'] as const;
export type AidWorkloadKey = (typeof aidWorkloadKeys)[number];

const defaultDistrict = '120116';
const reviewerRole = {
  code: 'benchAidReviewer',
  name: '基准测试法律援助审查',
  nameEn: 'Bench legal aid reviewer',
  permissions: ['legalAid.application.read', 'legalAid.application.review', 'legalAid.assignment.manage'],
};

function noticeBody(i: number, run: string, centreOrgId: string) {
  return {
    ground: i % 5 === 0 ? 'noticeMinor' : 'noticeOrdinaryProcedure',
    senderKind: 'court',
    documentNo: `（2026）津刑初B${run}-${i}号`,
    stage: 'trial',
    issuedOn: '2026-11-27',
    defendant: { name: `被告人${i % 97}`, detentionPlace: '天津市看守所' },
    charge: '盗窃罪',
    opponents: [{ name: `被害人${i % 89}` }],
    contactName: '孙法官',
    contactPhone: '022-23456789',
    centreOrgId,
  };
}

async function noticeIntake(app: BenchApp, kernel: Kernel, file: string, court: { id: string }, centreOrgId: string, o: DriveOptions) {
  const handle = new BetterSqlite3(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('busy_timeout = 5000');
  try {
    const permissions = ['legalAid.notice.submit'];
    const { headers } = await benchApiToken(kernel, { name: '基准测试法院办案系统', orgId: court.id, permissions });
    const run = Date.now().toString(36);
    const template = await probeWrites(file, async () => {
      const res = await app.inject({ method: 'POST', url: '/api/legal-aid/notices', payload: noticeBody(0, run, centreOrgId), headers });
      if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`notice probe: ${res.statusCode} ${res.body}`);
    });
    const caseRow = template.find((t) => t.table === 'aid_cases');
    const notice = template.find((t) => t.table === 'aid_notices');
    if (!caseRow || !notice) throw new Error('notice probe wrote no case');
    // Values to make unique per request: every id written, the case number, the document number.
    const unique = uniqueValuesOf(template, [
      caseRow.rows[0]![caseRow.columns.indexOf('case_number')] as string,
      notice.rows[0]![notice.columns.indexOf('document_no')] as string,
    ]);
    // The rows inserted as the probe wrote them, the audit event appended to the hash chain (bench/drive/in-process.ts).
    const replayer = writeReplayer(handle, template, unique);
    const dupCheck = handle.prepare('select id from aid_notices where sender_name = ? and document_no = ?');
    const senderName = notice.rows[0]![notice.columns.indexOf('sender_name')];
    let n = 0;
    const baseline = handle.transaction((suffix: string) => {
      dupCheck.get(senderName, `${notice.rows[0]![notice.columns.indexOf('document_no')]}${suffix}`);
      replayer.replay(suffix);
    });
    let appN = 0;
    const appRun = async () => {
      const i = ++appN;
      const res = await app.inject({ method: 'POST', url: '/api/legal-aid/notices', payload: noticeBody(i, run, centreOrgId), headers });
      if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`notice: ${res.statusCode}`);
    };
    const baseRun = async () => {
      baseline(`~${run}b${++n}`);
    };
    await drive(appRun, 1, o, o.warmupSeconds);
    const appResult = await drive(appRun, 1, o, o.durationSeconds);
    // After the app (its audit chain keeps the next sequence number in memory). Fails loudly here on a
    // constraint the rewrite missed instead of counting errors.
    baseline(`~${run}b0`);
    await drive(baseRun, 1, o, o.warmupSeconds);
    const baseResult = await drive(baseRun, 1, o, o.durationSeconds);
    console.log(
      `aidNoticeIntake: app ${appResult.requestsPerSecond.toFixed(1)}/s, baseline ${baseResult.requestsPerSecond.toFixed(1)}/s, ratio ${(appResult.requestsPerSecond / baseResult.requestsPerSecond).toFixed(2)} (${template.reduce((s, t) => s + t.rows.length, 0)} rows in ${template.length} tables per notice)`,
    );
    return { appResult, baseResult, rows: describeWrites(template) };
  } finally {
    if (handle.open) handle.close();
  }
}

export async function measureLegalAid(
  config: AppConfig,
  keys: readonly AidWorkloadKey[],
  o: DriveOptions,
): Promise<Measurement<AidWorkloadKey>[]> {
  return withBenchApp(config, async (app, kernel, file) => {
    const codes = demoOrgCodes(config.cityCode);
    const districtCode = process.env.BENCH_DISTRICT ?? defaultDistrict;
    const centre = await kernel.db
      .selectFrom('organisations')
      .select(['id', 'path', 'regionCode'])
      .where('code', '=', codes.legalAidCentre(districtCode))
      .executeTakeFirstOrThrow();
    await ensureBenchUser(kernel, 'bench.aid', centre.id, 'own', reviewerRole);
    const sessions = { centre: await benchLogin(app, 'bench.aid', 11) };
    const actor = benchActor(centre, 'own', reviewerRole.permissions);
    const out: Measurement<AidWorkloadKey>[] = [];
    if (keys.includes('aidQueue')) {
      const count = await kernel.db
        .selectFrom('aidCases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const today = localDateAt(kernel.clock.now());
      const filters: Record<string, string>[] = [
        {},
        { state: 'received' },
        { origin: 'notice' },
        { matterKind: 'wages' },
        { deadline: 'overdue' },
        { q: '王' },
      ];
      const requests = [];
      for (let page = 1; page <= 12; page++) {
        const f = filters[page % filters.length]!;
        const qs = new URLSearchParams({ ...f, page: String(page), pageSize: '20' }).toString();
        const sql = await captureSql(file, (db) =>
          listCasesInScope(db as never, actor, { ...(f as object), today, dueSoonHorizon: today }, page, 20),
        );
        requests.push({ urls: [`/api/legal-aid/cases?${qs}`], session: 'centre', sql });
      }
      const workload: CapturedWorkload<AidWorkloadKey> = {
        key: 'aidQueue',
        auth: 'staff session (centre reviewer)',
        title: (n) =>
          `GET /api/legal-aid/cases (review queue of a district centre, own scope; ${n} page/filter combinations, page of 20 with total; ${Number(count.n).toLocaleString('en')} cases in all)`,
        requests,
      };
      out.push(...(await compareCaptured(app, file, sessions, [workload], o)));
    }
    if (keys.includes('aidNoticeIntake')) {
      const courtCode = `BENCH-COURT-${districtCode}`;
      let court = await kernel.db.selectFrom('organisations').select(['id']).where('code', '=', courtCode).executeTakeFirst();
      if (!court) {
        const bureau = await kernel.db
          .selectFrom('organisations')
          .select(['id', 'path', 'depth'])
          .where('code', '=', codes.districtBureau(districtCode))
          .executeTakeFirstOrThrow();
        const id = newId();
        const now = nowIso();
        await kernel.db
          .insertInto('organisations')
          .values({
            id,
            code: courtCode,
            name: '基准测试区人民法院',
            shortName: null,
            type: 'enforcementAgency',
            regionCode: centre.regionCode,
            parentId: bureau.id,
            path: `${bureau.path}${id}/`,
            depth: bureau.depth + 1,
            active: 1,
            version: 1,
            createdAt: now,
            updatedAt: now,
          })
          .execute();
        court = { id };
      }
      const r = await noticeIntake(app, kernel, file, court, centre.id, o);
      out.push({
        key: 'aidNoticeIntake',
        title: `POST /api/legal-aid/notices (court API token; case, parties, notice, workflow, timer, todo, index, audit in one transaction: ${r.rows})`,
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
export async function runLegalAidWorkloads(
  config: AppConfig,
  keys: readonly AidWorkloadKey[],
  load: LoadSettings,
  rounds: number,
  warnings: string[],
): Promise<WorkloadResult[]> {
  return runInProcessRounds(config, keys, load, rounds, warnings, (o) => measureLegalAid(config, keys, o));
}
