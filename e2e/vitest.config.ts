import { defineConfig } from 'vitest/config';

/** Browser journeys: the built app served by a real server process, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['e2e/**/*.spec.ts'],
    reporters: ['default', './test-support/plain-summary.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    // One server and one browser per file; files run one after another to keep the 2-core machine calm.
    fileParallelism: false,
    pool: 'forks',
  },
});
