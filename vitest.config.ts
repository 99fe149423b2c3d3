import { defineConfig } from 'vitest/config';

/** Unit, domain and route tests (SQLite by default; `npm run test:pg` sets TEST_DATABASE_URL). */
export default defineConfig({
  test: {
    include: ['common/**/*.test.ts', 'server/**/*.test.ts', 'modules/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'e2e/**', 'bench/**'],
    reporters: ['default', './test-support/plain-summary.ts'],
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
  },
});
