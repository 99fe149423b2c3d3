import { demoOrgCodes } from '@tianping/server/org/org.demo-plan';
import type { AppConfig } from '@tianping/server/env';
import { listCasesInScope } from '../../modules/reconsideration/server/case-list.repository';
import { getCase } from '../../modules/reconsideration/server/case-query.service';
import { reconsiderationMetrics } from '../../modules/reconsideration/server/metrics';
import {
  benchActor,
  benchLogin,
  captureSql,
  compareCaptured,
  ensureBenchUser,
  runInProcessRounds,
  withBenchApp,
  type CapturedWorkload,
  type DriveOptions,
  type LoadSettings,
  type Measurement,
} from '../drive/in-process';
import type { WorkloadResult } from '../drive/report';

/**
 * Reconsideration workloads (issue 4 "Bench"), driven in-process (bench/drive/in-process.ts):
 *
 * - `reconCases`: the scoped, filtered workbench list (GET /api/reconsideration/cases, page of 20
 *   with total) as a district handler (subtree scope) over the whole volume (RECON_BENCH_CASES);
 * - `reconCase`: the case detail (GET /api/reconsideration/cases/:id), 200 cases of the district;
 * - `reconStats`: the statistics page for two years — every reconsideration metric over
 *   2024-01-01…2025-12-31 for a city-wide reader (GET /api/stats/metrics/:id, one request each).
 */

export const reconWorkloadKeys = ['reconCases', 'reconCase', 'reconStats'] as const;
export type ReconWorkloadKey = (typeof reconWorkloadKeys)[number];

const defaultDistrict = '120116';
const role = {
  code: 'benchReconHandler',
  name: '基准测试复议承办',
  nameEn: 'Bench reconsideration handler',
  permissions: ['reconsideration.case.read', 'stats.metric.read'],
};

export async function measureReconsideration(
  config: AppConfig,
  keys: readonly ReconWorkloadKey[],
  o: DriveOptions,
): Promise<Measurement<ReconWorkloadKey>[]> {
  return withBenchApp(config, async (app, kernel, file) => {
    const codes = demoOrgCodes(config.cityCode);
    const districtCode = process.env.BENCH_DISTRICT ?? defaultDistrict;
    const orgOf = (code: string) =>
      kernel.db.selectFrom('organisations').select(['id', 'path']).where('code', '=', code).executeTakeFirstOrThrow();
    const bureau = await orgOf(codes.districtBureau(districtCode));
    const city = await orgOf(codes.cityBureau);
    await ensureBenchUser(kernel, 'bench.recon', bureau.id, 'subtree', role);
    await ensureBenchUser(kernel, 'bench.recon.city', city.id, 'city', role);
    const sessions = { district: await benchLogin(app, 'bench.recon', 1), city: await benchLogin(app, 'bench.recon.city', 2) };
    const count = await kernel.db
      .selectFrom('reconCases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const total = Number(count.n).toLocaleString('en');
    const districtActor = benchActor(bureau, 'subtree', role.permissions);
    const cityActor = benchActor(city, 'city', role.permissions);
    const today = new Date().toISOString().slice(0, 10);
    const workloads: CapturedWorkload<ReconWorkloadKey>[] = [];
    if (keys.includes('reconCases')) {
      const filters = [
        {},
        { state: 'decided' as const },
        { actKind: 'penalty' as const },
        { receivedFrom: '2025-01-01', receivedTo: '2025-06-30' },
      ];
      const requests = [];
      for (let page = 1; page <= 12; page++) {
        const f = filters[page % filters.length]!;
        const qs = new URLSearchParams({ ...(f as Record<string, string>), page: String(page), pageSize: '20' }).toString();
        const sql = await captureSql(file, (db) =>
          listCasesInScope(db as never, districtActor, { ...f, today, dueSoonHorizon: today }, page, 20),
        );
        requests.push({ urls: [`/api/reconsideration/cases?${qs}`], session: 'district', sql });
      }
      workloads.push({
        key: 'reconCases',
        auth: 'staff session (district)',
        title: (n) =>
          `GET /api/reconsideration/cases (district handler, subtree; ${n} page/filter combinations, page of 20 with total; ${total} cases in all)`,
        requests,
      });
    }
    if (keys.includes('reconCase')) {
      const ids = await kernel.db
        .selectFrom('reconCases')
        .select('id')
        .where('orgId', '=', bureau.id)
        .orderBy('receivedOn', 'desc')
        .limit(200)
        .execute();
      const requests = [];
      for (const { id } of ids) {
        const sql = await captureSql(file, (db) => getCase({ ...kernel, db } as never, districtActor, id));
        requests.push({ urls: [`/api/reconsideration/cases/${id}`], session: 'district', sql });
      }
      workloads.push({
        key: 'reconCase',
        auth: 'staff session (district)',
        title: (n) =>
          `GET /api/reconsideration/cases/:id (${n} cases of the district, detail with parties, corrections, timers, documents)`,
        requests,
      });
    }
    if (keys.includes('reconStats')) {
      const metrics = reconsiderationMetrics();
      const sql = await captureSql(file, async (db) => {
        for (const m of metrics)
          await m.query(db as never, { actor: cityActor, from: '2024-01-01', to: '2025-12-31', groupBy: null, dialect: 'sqlite' });
      });
      const urls = metrics.map((m) => `/api/stats/metrics/${m.id}?from=2024-01-01&to=2025-12-31`);
      workloads.push({
        key: 'reconStats',
        auth: 'staff session (city)',
        title: () =>
          `Statistics page: ${metrics.length} reconsideration metrics over 2024–2025, city-wide reader (one "request" = all metrics)`,
        requests: [{ urls, session: 'city', sql }],
      });
    }
    return compareCaptured(app, file, sessions, workloads, o);
  });
}

/** The workloads as rows of the bench report (run.ts), SQLite only; PostgreSQL adds a warning. */
export async function runReconsiderationWorkloads(
  config: AppConfig,
  keys: readonly ReconWorkloadKey[],
  load: LoadSettings,
  rounds: number,
  warnings: string[],
): Promise<WorkloadResult[]> {
  return runInProcessRounds(config, keys, load, rounds, warnings, (o) => measureReconsideration(config, keys, o));
}
