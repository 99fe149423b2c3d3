import type { JobHandler, JobSchedule } from '@tianping/server/jobs/job.types';
import { lapseMaterialRequests } from './application-correction.service';

const DAY_MS = 24 * 60 * 60 * 1000;
export const MATERIALS_LAPSE_JOB = 'legalAid.materialsLapse';

/** 第四十三条第二款: no answer to the request for materials by its date → deemed withdrawn. */
export const materialsLapseJob: JobHandler = {
  kind: MATERIALS_LAPSE_JOB,
  async run(kernel) {
    await lapseMaterialRequests(kernel);
  },
};

/** Daily at 00:00 UTC (08:00 Beijing) and once when a process starts. */
export const materialsLapseSchedule: JobSchedule = { kind: MATERIALS_LAPSE_JOB, everyMs: DAY_MS, onStart: true };
