// Produces native/electron/better_sqlite3.node: better-sqlite3 built for Electron, kept apart
// from node_modules/better-sqlite3/build, which stays the Node build the tests load.
// Needs the internet (a prebuilt binary, or Electron's headers to compile one).
// Usage: npm run rebuild:electron [-- --arch=arm64]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const sourceDir = join(root, 'node_modules', 'better-sqlite3');
const outputDir = join(root, 'native', 'electron');
const outputFile = join(outputDir, 'better_sqlite3.node');

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The Electron actually installed, so that the binary always matches what `npm start` runs. */
function electronVersion() {
  const installed = join(root, 'node_modules', 'electron', 'package.json');
  if (existsSync(installed)) return readJson(installed).version;
  return String(readJson(join(root, 'package.json')).devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
}

const arch = process.argv.find((arg) => arg.startsWith('--arch='))?.slice('--arch='.length) ?? process.arch;
const target = electronVersion();
if (!/^\d+\.\d+\.\d+/.test(target)) fail('Version d’Electron introuvable : lancez d’abord « npm install ».');
if (!existsSync(join(sourceDir, 'package.json')))
  fail('better-sqlite3 est absent de node_modules : lancez d’abord « npm install ».');
const sqliteVersion = readJson(join(sourceDir, 'package.json')).version;

/**
 * npm passes its settings to child processes as npm_config_* variables. A `nodedir` set in the
 * user's npm configuration would make node-gyp compile against Node's headers and produce a
 * binary Electron refuses, so the settings that choose the target are removed; proxy settings stay.
 */
function childEnv() {
  const env = { ...process.env };
  const targeting =
    /^npm_config_(nodedir|target|target_arch|arch|runtime|disturl|dist_url|platform|build_from_source)$/i;
  for (const key of Object.keys(env)) {
    if (targeting.test(key) || /^npm_package_/i.test(key)) delete env[key];
  }
  return env;
}

/** A locally installed CLI when there is one, npx otherwise. */
function tool(packageBin, npxName) {
  try {
    return { command: process.execPath, prefix: [require.resolve(packageBin)] };
  } catch {
    return { command: process.platform === 'win32' ? 'npx.cmd' : 'npx', prefix: ['--yes', npxName] };
  }
}

function run(label, { command, prefix }, args, cwd) {
  console.log(`\n→ ${label}`);
  const result = spawnSync(command, [...prefix, ...args], {
    cwd,
    env: childEnv(),
    stdio: 'inherit',
    shell: process.platform === 'win32' && command.endsWith('.cmd'),
  });
  if (result.error) console.error(`  (${result.error.message})`);
  return result.status === 0;
}

/** Loading in Node must fail: if it works, the binary was compiled for Node, not for Electron. */
function loadsInNode(file) {
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file], {
    stdio: 'ignore',
  });
  return probe.status === 0;
}

console.log(
  `Construction de SQLite (better-sqlite3 ${sqliteVersion}) pour Electron ${target}, ${process.platform}-${arch}.`,
);

const workDir = mkdtempSync(join(tmpdir(), 'maillage-sqlite-electron-'));
const packageDir = join(workDir, 'better-sqlite3');
try {
  // A copy without build/: node_modules/better-sqlite3 keeps its Node build for the tests.
  cpSync(sourceDir, packageDir, {
    recursive: true,
    filter: (path) => {
      const inside = relative(sourceDir, path);
      return inside !== 'build' && !inside.startsWith(`build${sep}`);
    },
  });

  const built = join(packageDir, 'build', 'Release', 'better_sqlite3.node');
  let method = 'prebuilt';
  const downloaded = run(
    'Téléchargement du binaire précompilé (prebuild-install)…',
    tool('prebuild-install/bin.js', 'prebuild-install'),
    ['--runtime', 'electron', '--target', target, '--arch', arch, '--platform', process.platform, '--verbose'],
    packageDir,
  );
  if (!downloaded || !existsSync(built)) {
    console.log('\nPas de binaire précompilé disponible : compilation depuis les sources (quelques minutes).');
    method = 'compiled';
    const compiled = run(
      'Compilation avec les en-têtes d’Electron (node-gyp)…',
      tool('node-gyp/bin/node-gyp.js', 'node-gyp'),
      [
        'rebuild',
        '--release',
        `--target=${target}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
        // Electron's headers kept apart from Node's in node-gyp's cache.
        `--devdir=${join(homedir(), '.electron-gyp')}`,
      ],
      packageDir,
    );
    if (!compiled || !existsSync(built)) {
      fail(
        [
          'SQLite n’a pas pu être construit pour Electron.',
          'Cette commande a besoin d’Internet : le binaire précompilé ou les en-têtes d’Electron se téléchargent',
          '(github.com, electronjs.org) ; la compilation demande en plus Python 3 et un compilateur C++.',
          'Vérifiez la connexion (et le proxy éventuel), puis relancez « npm run rebuild:electron ».',
          'En attendant, « npm run web » ouvre Maillage dans le navigateur.',
        ].join('\n  '),
      );
    }
  }

  if (loadsInNode(built)) {
    fail(
      'Le binaire obtenu se charge dans Node : il a été compilé pour Node et non pour Electron (réglage « nodedir » de npm ?). Rien n’a été copié.',
    );
  }

  mkdirSync(outputDir, { recursive: true });
  copyFileSync(built, outputFile);
  writeFileSync(
    join(outputDir, 'build-info.json'),
    `${JSON.stringify({ electron: target, betterSqlite3: sqliteVersion, platform: process.platform, arch, method, builtAt: new Date().toISOString() }, null, 2)}\n`,
  );
  console.log(`\n✓ SQLite pour Electron ${target} est prêt : ${relative(root, outputFile)}`);
  console.log('  « npm start » l’utilise ; les tests continuent d’utiliser la version pour Node.');
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
