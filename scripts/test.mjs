// `npm test`: everything CI runs, on a fresh machine too. It installs the npm packages when they
// are missing or stale, the system programs the tests drive (Chromium, LibreOffice, pdftotext,
// networkx…) when this user may, then runs the checks in the order that fails fastest: types,
// lint, build, unit and integration tests (vitest, real SQLite files), the benchmark's smoke run,
// end-to-end tests (Playwright in Chromium).
// `npm test -- <word>…` runs only the steps whose title contains one of the words.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './dependencies.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const windows = process.platform === 'win32';
const npx = windows ? 'npx.cmd' : 'npx';

/** [title, command, args, needs the system programs] */
const steps = [
  ['Types (Node : electron, shared, tests)', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit'], false],
  ['Types (web : renderer, shared)', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit'], false],
  ['Lint et format (Biome)', npx, ['biome', 'ci', '.'], false],
  ['Construction', process.execPath, ['scripts/build.mjs'], false],
  ['Tests unitaires et d’intégration (Vitest)', npx, ['vitest', 'run'], true],
  ['Banc de mesure, une itération (fumée)', process.execPath, ['bench/run.mjs', '--smoke'], true],
  ['Tests de bout en bout (Playwright, Chromium)', npx, ['playwright', 'test'], true],
];

const only = process.argv.slice(2);
const chosen = steps.filter(
  ([title]) => only.length === 0 || only.some((word) => title.toLowerCase().includes(word.toLowerCase())),
);

ensureDependencies(root);
if (chosen.some(([, , , needsSystem]) => needsSystem)) {
  const { ensureSystemPackages } = await import('./system-packages.mjs');
  if (!ensureSystemPackages()) process.exit(1);
}

const started = Date.now();
for (const [title, command, args] of chosen) {
  console.log(`\n▶ ${title}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env, shell: windows });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ Échec : ${title} (${seconds} s). Les étapes suivantes n’ont pas été lancées.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}
console.log(`\nTous les contrôles sont passés (${((Date.now() - started) / 1000).toFixed(0)} s).`);
