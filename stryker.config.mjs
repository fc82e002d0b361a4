// Mutation tests of the code nobody can run here (the Electron shell) and of what keeps the
// user's data in: the local server, its request guard, the CSP and static-file rules, and the
// escaping of every exported string. `npm run mutation`; the report goes to reports/mutation/.
// New files in these folders are covered as they land.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner', './tests/mutation/ignore-logging.mjs'],
  ignorers: ['logging'],
  mutate: [
    'electron/main/**/*.ts',
    'electron/preload/**/*.ts',
    'electron/server/**/*.ts',
    // Runs as a process of its own: stryker.cli.config.mjs.
    '!electron/server/cli.ts',
    'electron/core/web-security.ts',
    'shared/text/escape.ts',
    'shared/text/french-spacing.ts',
  ],
  coverageAnalysis: 'perTest',
  // One test runner: the machine's two cores are shared, and each runner holds a vitest worker.
  concurrency: 1,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Every mutant must be killed, or written down as equivalent (docs/mutation.md) and disabled
  // in the code with that reason.
  thresholds: { high: 100, low: 100, break: 100 },
  // No tsconfig to rewrite (ours extends a file inside the project), and TypeScript 7 has no
  // JavaScript API for Stryker to parse one with: point it at a file that does not exist.
  tsconfigFile: 'tsconfig.none.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
