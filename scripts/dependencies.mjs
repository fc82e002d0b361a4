// The npm packages, installed before `npm start` or `npm test` needs them: a fresh clone, or a
// pull that changed package-lock.json, works without a separate `npm install`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const windows = process.platform === 'win32';
const npm = windows ? 'npm.cmd' : 'npm';

/**
 * Why node_modules does not match package-lock.json, or undefined when it does. npm records
 * what it installed in node_modules/.package-lock.json; it is newer than the lock file after
 * every install. When it is older (a pull, a checkout), the versions are compared before
 * deciding, so that a checkout that did not change the dependencies costs nothing.
 */
export function dependenciesOutOfDate(root) {
  const lockFile = join(root, 'package-lock.json');
  const installedFile = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(join(root, 'node_modules'))) return 'les dépendances ne sont pas installées';
  if (!existsSync(installedFile)) return 'les dépendances installées sont incomplètes';
  if (statSync(installedFile).mtimeMs >= statSync(lockFile).mtimeMs) return undefined;
  const wanted = JSON.parse(readFileSync(lockFile, 'utf8')).packages ?? {};
  const installed = JSON.parse(readFileSync(installedFile, 'utf8')).packages ?? {};
  for (const [path, entry] of Object.entries(wanted)) {
    if (path === '') continue;
    const present = installed[path];
    // Optional packages for other systems (esbuild for Windows…) are rightly absent.
    if (!present && (entry.optional || entry.devOptional)) continue;
    if (present?.version !== entry.version) return 'package-lock.json a changé depuis la dernière installation';
  }
  return undefined;
}

/** Runs `npm ci` when node_modules is missing or out of date; exits with npm's code if it fails. */
export function ensureDependencies(root) {
  const reason = dependenciesOutOfDate(root);
  if (!reason) return;
  console.log(`Maillage : ${reason} ; installation (npm ci, une minute environ)…`);
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: windows });
  if (result.status !== 0) {
    console.error('Maillage : l’installation des dépendances a échoué (voir ci-dessus).');
    process.exit(result.status ?? 1);
  }
}
