// `npm start`: installs the npm packages when they are missing or older than package-lock.json,
// builds what is out of date, then starts the desktop app; where the Electron
// runtime cannot start (no download possible, no display), says so in one line and serves
// the same app in browser mode. `npm run web` goes straight to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureDependencies } from './dependencies.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outputs = [
  'dist/renderer/index.html',
  'dist/telephone/index.html',
  'dist/electron/main.js',
  'dist/electron/preload.cjs',
  'dist/electron/server.js',
];
const sources = [
  'renderer',
  'shared',
  'electron',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'vite.telephone.config.ts',
  'scripts/build.mjs',
];

function newestMtime(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((entry) => newestMtime(join(path, entry))));
}

function buildIfNeeded() {
  const built = outputs.map((file) => (existsSync(join(root, file)) ? statSync(join(root, file)).mtimeMs : 0));
  if (Math.min(...built) > Math.max(...sources.map(newestMtime))) return;
  console.log('Maillage : construction de l’application…');
  const result = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    console.error('Maillage : la construction a échoué (voir ci-dessus).');
    process.exit(result.status ?? 1);
  }
}

/** The Electron executable, or why there is none; the npm package downloads it on first use. */
function electronExecutable() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { error: 'aucun écran graphique (DISPLAY) n’est disponible' };
  }
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const path = probe.stdout?.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  return { error: 'le moteur Electron n’a pas pu être téléchargé ni trouvé (pas d’accès à Internet ?)' };
}

function startDesktop(executable) {
  return new Promise((resolve) => {
    const child = spawn(executable, ['.'], { cwd: root, stdio: ['inherit', 'pipe', 'pipe'] });
    let ready = false;
    let errors = '';
    child.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      if (text.includes('MAILLAGE_READY')) ready = true;
      process.stdout.write(text.replace(/MAILLAGE_READY\r?\n?/g, ''));
    });
    child.stderr.on('data', (chunk) => {
      errors += chunk.toString();
      if (ready) process.stderr.write(chunk);
    });
    child.on('error', (error) => resolve({ started: false, reason: error.message }));
    child.on('exit', (code) => {
      if (ready) process.exit(code ?? 0);
      resolve({ started: false, reason: errors.trim().split('\n').at(-1) || `code de sortie ${code}` });
    });
  });
}

async function startBrowserMode() {
  await import(pathToFileURL(join(root, 'dist/electron/server.js')).href);
}

ensureDependencies(root);
buildIfNeeded();
if (process.argv.includes('--web')) {
  await startBrowserMode();
} else {
  const electron = electronExecutable();
  const outcome = electron.path ? await startDesktop(electron.path) : { started: false, reason: electron.error };
  console.log(
    `Maillage : l’application de bureau ne peut pas démarrer ici (${outcome.reason}) ; la même application est servie en mode navigateur.`,
  );
  await startBrowserMode();
}
