import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { createCore } from '../../../electron/core/create-core.js';
import { atelierExemple } from '../../support/atelier-exemple.js';
import { loadAtelier } from '../../support/load-atelier.js';

let dir: string;
let dataDir: string;
let workshopId: string;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { HOME: dir },
    cwd: dir,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-cli-files-'));
  dataDir = join(dir, 'donnees');
  const core = createCore({ dataDir });
  workshopId = loadAtelier(core, atelierExemple());
  core.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an export never writes into the data folder', () => {
  it('refuses --out over the database, and the database still opens with its workshop', async () => {
    const database = join(dataDir, 'maillage.sqlite');
    const before = sha(database);
    const result = await cli('export', workshopId, '--format', 'svg', '--out', database, '--data-dir', dataDir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/dossier des données de Maillage/);
    expect(result.err).toContain(database);
    expect(sha(database)).toBe(before);
    const db = new Database(database, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM workshops').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses any file inside the data folder or its backups, even through a symlinked folder', async () => {
    mkdirSync(join(dir, 'ailleurs'), { recursive: true });
    symlinkSync(dataDir, join(dir, 'ailleurs', 'raccourci'));
    for (const out of [
      join(dataDir, 'synthese.html'),
      join(dataDir, 'sauvegardes', 'carte.svg'),
      join(dir, 'ailleurs', 'raccourci', 'carte.svg'),
    ]) {
      const result = await cli('export', workshopId, '--format', 'svg', '--out', out, '--data-dir', dataDir);
      expect([result.code, result.out]).toEqual([2, '']);
      expect(result.err).toMatch(/dossier des données de Maillage/);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('overwriting an existing file needs --force', () => {
  it('leaves an existing file alone without --force, and replaces it with --force', async () => {
    const out = join(dir, 'existant.svg');
    writeFileSync(out, 'mon fichier');
    const refused = await cli('export', workshopId, '--format', 'svg', '--out', out, '--data-dir', dataDir);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/existe déjà/);
    expect(refused.err).toMatch(/--force/);
    expect(readFileSync(out, 'utf8')).toBe('mon fichier');

    const forced = await cli('export', workshopId, '--format', 'svg', '--out', out, '--force', '--data-dir', dataDir);
    expect([forced.code, forced.err]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg/);
  });

  it('checks both CSV files before writing either', async () => {
    writeFileSync(join(dir, 'deux-liens.csv'), 'liens existants');
    const refused = await cli('export', workshopId, '--format', 'csv', '--out', 'deux.csv', '--data-dir', dataDir);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(join(dir, 'deux-liens.csv'));
    expect(existsSync(join(dir, 'deux.csv'))).toBe(false);
  });
});

describe('a CSV export writes both files or neither', () => {
  it('leaves no actors file when the links file cannot be written, and says so truthfully', async () => {
    // A folder (not empty) where the links file should go: the second rename fails.
    mkdirSync(join(dir, 'partiel-liens.csv', 'dedans'), { recursive: true });
    const result = await cli(
      'export',
      workshopId,
      '--format',
      'csv',
      '--out',
      'partiel.csv',
      '--force',
      '--data-dir',
      dataDir,
    );
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(existsSync(join(dir, 'partiel.csv'))).toBe(false);
    expect(result.err).toMatch(/Rien n’a été écrit/);
    expect(result.err).toContain(join(dir, 'partiel-liens.csv'));
  });

  it('puts back the actors file it replaced when the links file fails', async () => {
    writeFileSync(join(dir, 'ancien.csv'), 'acteurs d’avant');
    mkdirSync(join(dir, 'ancien-liens.csv', 'dedans'), { recursive: true });
    const result = await cli(
      'export',
      workshopId,
      '--format',
      'csv',
      '--out',
      'ancien.csv',
      '--force',
      '--data-dir',
      dataDir,
    );
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'ancien.csv'), 'utf8')).toBe('acteurs d’avant');
  });
});

describe('a damaged database', () => {
  it('is named in French by list and export, with what to do, and is left as it was', async () => {
    const damagedDir = join(dir, 'abimee');
    mkdirSync(damagedDir);
    const database = join(damagedDir, 'maillage.sqlite');
    writeFileSync(database, Buffer.alloc(8192, 0x5a));
    const before = sha(database);
    for (const argv of [
      ['list', '--data-dir', damagedDir],
      ['export', 'abcd1234', '--format', 'svg', '--out', join(dir, 'rien.svg'), '--data-dir', damagedDir],
    ]) {
      const result = await cli(...argv);
      expect(result.code).toBe(1);
      expect(result.err).toContain(database);
      expect(result.err).toMatch(/abîmée/);
      expect(result.err).toMatch(/Restaurer une sauvegarde/);
      expect(result.err).not.toMatch(/file is not a database|erreur inattendue/);
    }
    expect(sha(database)).toBe(before);
    expect(existsSync(join(dir, 'rien.svg'))).toBe(false);
  });
});
