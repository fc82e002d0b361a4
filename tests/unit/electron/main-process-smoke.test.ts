import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/core/web-security.js';
import { ipcChannel } from '../../../shared/api/bridge.js';
import { methodNames } from '../../../shared/api/contract.js';

/**
 * Electron cannot run here, so the real main bundle runs under Node against a fake 'electron'
 * module (fake-electron.ts, through fixtures/electron-module.ts) that records what index.ts asks for: the wiring between the
 * tested modules, the order of the lifecycle and the start-up failure path are checked end to end.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
let app: string;
let mainFile: string;

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'maillage-main-smoke-'));
  // The options of scripts/build.mjs, so that the bundle under test is the one that ships.
  const external = ['electron', 'better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    publicDir: false,
    build: {
      ssr: 'electron/main/index.ts',
      outDir: join(app, 'dist', 'electron'),
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { external, output: { format: 'es', entryFileNames: 'main.js' } },
    },
  });
  mainFile = join(app, 'dist', 'electron', 'main.js');
  writeFileSync(join(app, 'package.json'), '{ "type": "module" }\n');
  mkdirSync(join(app, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(app, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Maillage smoke</title>');
  // 'electron' is the fake of the in-process tests, loaded through tsx.
  const electronPackage = join(app, 'node_modules', 'electron');
  mkdirSync(electronPackage, { recursive: true });
  const fakeModule = pathToFileURL(join(fixtures, 'electron-module.ts')).href;
  writeFileSync(
    join(electronPackage, 'package.json'),
    '{ "name": "electron", "version": "0.0.0-fake", "type": "module", "exports": "./index.js" }\n',
  );
  writeFileSync(
    join(electronPackage, 'index.js'),
    `export * from ${JSON.stringify(fakeModule)};\nexport { default } from ${JSON.stringify(fakeModule)};\n`,
  );
  // The packages main.js imports (the core's exports and imports included), linked from the repo.
  const packages = [
    'better-sqlite3',
    'zod',
    'papaparse',
    'docx',
    'graphology',
    'graphology-metrics',
    'graphology-communities-louvain',
    '@resvg/resvg-js',
  ];
  for (const name of packages) {
    mkdirSync(dirname(join(app, 'node_modules', name)), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(app, 'node_modules', name), 'junction');
  }
}, 180_000);

afterAll(() => {
  rmSync(app, { recursive: true, force: true });
});

interface SmokeReport {
  name: string;
  sandbox: boolean;
  privileged: { scheme: string; privileges: Record<string, boolean> }[];
  registeredBeforeReady: boolean;
  readyCalledTooLate: boolean;
  exitCode: number | null;
  errorBoxes: { title: string; content: string }[];
  ipcChannels?: string[];
  webPreferences?: Record<string, unknown>;
  loadedUrl?: string;
  menuLabels?: string[];
  page?: { status: number; csp: string | null; body: string };
  escapeStatus?: number;
  created?: { ok: boolean; result?: { title: string } };
  refused?: { ok: boolean; error?: { code: string } };
  eventsSent?: unknown[];
  menuSent?: unknown[];
  navigationPrevented?: boolean;
  windowOpen?: { action: string };
  networkCancelled?: boolean;
  shown?: boolean;
  ipcChannelsAfterQuit?: number;
}

function runMain(userData: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(fixtures, 'smoke-driver.mjs'), mainFile], {
    env: { ...process.env, FAKE_USER_DATA: userData },
    encoding: 'utf8',
    timeout: 150_000,
  });
  const line = result.stdout.split('\n').find((text) => text.startsWith('SMOKE '));
  if (!line) throw new Error(`no report (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  return {
    report: JSON.parse(line.slice('SMOKE '.length)) as SmokeReport,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

describe('main process, run against a fake Electron', () => {
  it('starts, serves the app, answers IPC, announces readiness once and cleans up', () => {
    const userData = mkdtempSync(join(tmpdir(), 'maillage-user-data-'));
    try {
      const { report, stdout } = runMain(userData);
      expect(report.name).toBe('Maillage');
      expect(report.sandbox).toBe(true);
      expect(report.registeredBeforeReady).toBe(true);
      expect(report.privileged).toEqual([
        { scheme: 'maillage', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ]);
      expect(report.exitCode).toBeNull();
      expect(report.errorBoxes).toEqual([]);

      expect(report.ipcChannels).toEqual(
        [...methodNames.map((m) => ipcChannel.invoke(m)), ipcChannel.saveFile, ipcChannel.openProjector].sort(),
      );
      expect(report.loadedUrl).toBe('maillage://app/index.html');
      expect(report.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
      expect(String(report.webPreferences?.preload)).toBe(join(app, 'dist', 'electron', 'preload.cjs'));
      expect(report.menuLabels).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);

      expect(report.page).toEqual({
        status: 200,
        csp: contentSecurityPolicy,
        body: '<!doctype html><title>Maillage smoke</title>',
      });
      expect(report.escapeStatus).toBe(404);

      expect(report.created).toMatchObject({ ok: true, result: { title: 'Atelier de fumée' } });
      expect(report.refused).toMatchObject({ ok: false, error: { code: 'transport' } });
      expect(report.eventsSent).toEqual([{ type: 'workshops.changed' }]);
      expect(report.menuSent).toEqual(['workshop.new']);

      expect(report.navigationPrevented).toBe(true);
      expect(report.windowOpen).toEqual({ action: 'deny' });
      expect(report.networkCancelled).toBe(true);
      expect(report.shown).toBe(true);

      expect(stdout.match(/^MAILLAGE_READY$/gm)).toHaveLength(1);
      expect(report.ipcChannelsAfterQuit).toBe(0);
      expect(existsSync(join(userData, 'maillage.sqlite'))).toBe(true);
      expect(existsSync(join(userData, 'window-state.json'))).toBe(true);
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });

  it('shows the French SQLite error, names the fix and exits when the Electron binding cannot load', () => {
    const userData = mkdtempSync(join(tmpdir(), 'maillage-user-data-'));
    const binding = join(app, 'native', 'electron', 'better_sqlite3.node');
    mkdirSync(join(app, 'native', 'electron'), { recursive: true });
    writeFileSync(binding, 'not a shared library');
    try {
      const { report, stdout, stderr } = runMain(userData);
      expect(report.exitCode).toBe(1);
      expect(report.errorBoxes).toHaveLength(1);
      expect(report.errorBoxes[0]?.title).toBe('Maillage ne peut pas démarrer');
      expect(report.errorBoxes[0]?.content).toContain('npm run rebuild:electron');
      expect(report.ipcChannels).toBeUndefined();
      expect(stdout).not.toContain('MAILLAGE_READY');
      expect(stderr.trim().split('\n').at(-1)).toContain('npm run rebuild:electron');
    } finally {
      rmSync(join(app, 'native'), { recursive: true, force: true });
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
