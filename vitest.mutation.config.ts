import { defineConfig } from 'vitest/config';

/**
 * The tests that pin the files stryker.config.mjs mutates: the Electron shell with its fakes,
 * the local server and its guard, the web rules and the escaping. Each mutant runs only the
 * tests that reached it; the export tests (LibreOffice, Chromium) stay out, so a run fits in
 * minutes.
 */
export default defineConfig({
  test: {
    include: [
      'tests/unit/electron/**/*.test.ts',
      'tests/unit/server/**/*.test.ts',
      'tests/unit/core/web-security.test.ts',
      'tests/unit/synthese/french-and-escape.test.ts',
      'tests/unit/text/**/*.test.ts',
      'tests/integration/server/**/*.test.ts',
    ],
    // Builds the bundle and runs it in a child process, which Stryker's mutants never reach.
    exclude: ['tests/unit/electron/main-process-smoke.test.ts'],
    environment: 'node',
    // Budgets against a hung test, not speed limits: a loaded machine takes longer, never wrongly.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
