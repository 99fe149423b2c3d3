/**
 * The measured app: `buildApp` exactly as `main.ts` builds it, with the bench database and keys
 * (production mode, logging off, no seeds, no jobs). Started by bench/run.ts.
 */
import { buildApp } from '@tianping/server/app';
import { loadConfig } from '@tianping/server/env';
import { serveUntilStopped } from './child-harness';

await serveUntilStopped(async () => {
  const config = loadConfig(process.env);
  const { app } = await buildApp({ config, seed: false, startJobs: false, logger: false });
  return { app };
});
