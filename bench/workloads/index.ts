import type { AppConfig } from '@tianping/server/env';
import type { LoadSettings } from '../drive/in-process';
import type { WorkloadResult } from '../drive/report';
import { aidWorkloadKeys, runLegalAidWorkloads } from './legal-aid';
import { hlWorkloadKeys, runHotlineWorkloads } from './hotline';
import { medWorkloadKeys, runMediationWorkloads } from './mediation';
import { reconWorkloadKeys, runReconsiderationWorkloads } from './reconsideration';

/** The business modules' in-process workloads (bench/drive/in-process.ts), in report order. Append new modules here. */
interface ModuleWorkloads<K extends string> {
  keys: readonly K[];
  run: (config: AppConfig, keys: readonly K[], load: LoadSettings, rounds: number, warnings: string[]) => Promise<WorkloadResult[]>;
}

const moduleWorkloads: ModuleWorkloads<string>[] = [
  { keys: reconWorkloadKeys, run: runReconsiderationWorkloads as ModuleWorkloads<string>['run'] },
  { keys: aidWorkloadKeys, run: runLegalAidWorkloads as ModuleWorkloads<string>['run'] },
  { keys: medWorkloadKeys, run: runMediationWorkloads as ModuleWorkloads<string>['run'] },
  { keys: hlWorkloadKeys, run: runHotlineWorkloads as ModuleWorkloads<string>['run'] },
];

export const moduleWorkloadKeys: readonly string[] = moduleWorkloads.flatMap((m) => m.keys);

/** Runs the selected module workloads (`only` = BENCH_WORKLOADS, all when undefined). */
export async function runModuleWorkloads(
  config: AppConfig,
  only: readonly string[] | undefined,
  load: LoadSettings,
  rounds: number,
  warnings: string[],
): Promise<WorkloadResult[]> {
  const results: WorkloadResult[] = [];
  for (const m of moduleWorkloads) {
    const keys = m.keys.filter((k) => !only || only.includes(k));
    if (keys.length) results.push(...(await m.run(config, keys, load, rounds, warnings)));
  }
  return results;
}
