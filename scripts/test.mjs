// `npm test`: every check CI runs, in the order that fails fastest: types, lint, build, unit and
// integration tests (vitest, real SQLite files), end-to-end tests (Playwright in Chromium).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const steps = [
  ['Types (Node : electron, shared, tests)', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['Types (web : renderer, shared)', npx, ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['Lint et format (Biome)', npx, ['biome', 'ci', '.']],
  ['Construction', process.execPath, ['scripts/build.mjs']],
  ['Tests unitaires et d’intégration (Vitest)', npx, ['vitest', 'run']],
  ['Banc de mesure, une itération (fumée)', process.execPath, ['bench/run.mjs', '--smoke']],
  ['Tests de bout en bout (Playwright, Chromium)', npx, ['playwright', 'test']],
];

const only = process.argv.slice(2);
for (const [title, command, args] of steps) {
  if (only.length > 0 && !only.some((word) => title.toLowerCase().includes(word.toLowerCase()))) continue;
  if (args[0] === 'bench/run.mjs' && !(await import('node:fs')).existsSync(`${root}/bench/run.mjs`)) continue;
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ Échec : ${title} (${seconds} s). Les étapes suivantes n’ont pas été lancées.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}
console.log('\nTous les contrôles sont passés.');
