// electron/server/cli.ts runs as its own process (npm run web): its test starts it as a child,
// which only the command runner reaches (it hands the active mutant to the child through the
// environment), with no per-test coverage.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['electron/server/cli.ts'],
  testRunner: 'command',
  commandRunner: { command: 'npx vitest run tests/integration/server/cli.test.ts' },
  coverageAnalysis: 'off',
  plugins: ['./tests/mutation/ignore-logging.mjs'],
  htmlReporter: { fileName: 'reports/mutation/cli.html' },
  jsonReporter: { fileName: 'reports/mutation/cli.json' },
  tempDirName: '.stryker-tmp-cli',
};
