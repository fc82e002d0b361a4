import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

type Target = string | { target: string };
interface BuilderConfig {
  appId: string;
  productName: string;
  electronVersion: string;
  icon: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  fileAssociations: { ext: string; name: string; role: string; mimeType: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: Target[]; category: string; maintainer: string };
  win: { target: Target[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  mac: { target: Target[] };
}

const config = parse(read('electron-builder.yml')) as BuilderConfig;
const schema: object = JSON.parse(read('node_modules/app-builder-lib/scheme.json'));

function validator() {
  return new Ajv({ allErrors: true, coerceTypes: true, strict: false }).compile(schema);
}

const targetNames = (targets: Target[]) =>
  targets.map((target) => (typeof target === 'string' ? target : target.target));

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("matches electron-builder's own configuration schema", () => {
    const validate = validator();
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked for real: an unknown key is refused by the schema', () => {
    const validate = validator();
    expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).toBe(false);
  });

  it('names the app and pins the Electron that is installed', () => {
    const electron = JSON.parse(read('node_modules/electron/package.json')) as { version: string };
    const pkg = JSON.parse(read('package.json')) as {
      productName: string;
      main: string;
      devDependencies: Record<string, string>;
    };
    expect(config.appId).toBe('fr.maillage.app');
    expect(config.productName).toBe('Maillage');
    expect(config.productName).toBe(pkg.productName);
    expect(config.electronVersion).toBe(electron.version);
    expect(config.electronVersion).toBe(pkg.devDependencies.electron);
    expect(pkg.main.startsWith('dist/')).toBe(true);
  });

  it('packs the build into an asar, with the SQLite binary unpacked and no source maps', () => {
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.files).toEqual(expect.arrayContaining(['dist/**/*', 'package.json', '!dist/**/*.map']));
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('builds the installers of every platform the facilitators use', () => {
    expect(targetNames(config.linux.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.linux.category).toBe('Education');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(targetNames(config.win.target)).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(targetNames(config.mac.target)).toContain('dmg');
  });

  it('installs on Windows without administrator rights', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('flips the Electron fuses that close debugging and Node back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('opens .maillage files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'maillage',
        name: 'Atelier Maillage',
        role: 'Editor',
        mimeType: 'application/x-maillage',
      }),
    ]);
  });

  it('has a 512×512 icon in build/, with its SVG source', () => {
    expect(config.icon).toBe('build/icon.png');
    expect(pngSize(join(root, config.icon))).toEqual({ width: 512, height: 512 });
    expect(statSync(join(root, 'build', 'icon.svg')).size).toBeGreaterThan(0);
  });
});
