// `npm run test:pg`: the same vitest suites against PostgreSQL. Needs TEST_DATABASE_URL
// (a role allowed to CREATE DATABASE); each test file gets its own fresh database.
import { spawnSync } from 'node:child_process';

if (!process.env.TEST_DATABASE_URL) {
  console.error(
    'Set TEST_DATABASE_URL=postgres://user:pass@127.0.0.1:5432/db (a role with CREATEDB and CREATEROLE). See README, "Running on PostgreSQL".',
  );
  process.exit(2);
}
const r = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
