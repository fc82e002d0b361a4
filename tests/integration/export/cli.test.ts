import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksPathBeside } from '../../../electron/cli/export-command.js';
import { runCli } from '../../../electron/cli/run-cli.js';
import { createCore } from '../../../electron/core/create-core.js';
import { atelierExemple } from '../../support/atelier-exemple.js';
import { loadAtelier } from '../../support/load-atelier.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let dir: string;
let dataDir: string;
let workshopId: string;

/** Runs the CLI in this process, as `maillage …` would, capturing what it prints. */
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

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-cli-'));
  dataDir = join(dir, 'donnees');
  const core = createCore({ dataDir });
  workshopId = loadAtelier(core, atelierExemple());
  core.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('maillage list', () => {
  it('lists the workshops of the data folder, tab-separated, with a header', async () => {
    const { code, out } = await cli('list', '--data-dir', dataDir);
    expect(code).toBe(0);
    const [header, row] = out.split('\n');
    expect(header).toBe('identifiant\ttitre\tterritoire\tdate\tacteurs\tliens');
    expect(row).toBe(
      `${workshopId}\tDiagnostic partagé – Quartier des Tilleuls\tCité éducative de Villeneuve\t2026-03-12\t14\t13`,
    );
  });

  it('uses MAILLAGE_DATA_DIR, then the desktop app’s folder, like the apps', async () => {
    const { code, err } = await cli('list');
    expect(code).toBe(0);
    expect(err).toBe(`Aucun atelier dans ${join(dir, '.config', 'Maillage')}.`);
  });
});

describe('maillage export', () => {
  it('writes the DOCX where --out says, by id or by the start of the id, and prints the path', async () => {
    const { code, out } = await cli(
      'export',
      workshopId.slice(0, 8),
      '--format',
      'docx',
      '--out',
      'synthese.docx',
      '--data-dir',
      dataDir,
    );
    expect(code).toBe(0);
    expect(out).toBe(join(dir, 'synthese.docx'));
    expect(readFileSync(join(dir, 'synthese.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes both CSV files for --format csv, and the .maillage envelope for --format json', async () => {
    const csv = await cli('export', workshopId, '--format', 'csv', '--out', 'atelier.csv', '--data-dir', dataDir);
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')).toEqual([join(dir, 'atelier.csv'), join(dir, 'atelier-liens.csv')]);
    expect(readFileSync(join(dir, 'atelier-liens.csv'), 'utf8')).toContain('Source;Cible;Type');
    expect(linksPathBeside('/a/b.txt')).toBe('/a/b-liens.txt');
    const json = await cli(
      'export',
      workshopId,
      '--format',
      'json',
      '--out',
      'atelier.maillage',
      '--data-dir',
      dataDir,
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'atelier.maillage'), 'utf8')).workshop.title).toBe(
      'Diagnostic partagé – Quartier des Tilleuls',
    );
  });

  it('says in French what is wrong, exits non-zero and writes nothing', async () => {
    const cases: [string[], number, RegExp][] = [
      [
        ['export', workshopId, '--format', 'xls', '--out', 'x.xls', '--data-dir', dataDir],
        2,
        /Format inconnu\u00a0: «\u202fxls\u202f»/,
      ],
      [['export', workshopId, '--format', 'pdf', '--data-dir', dataDir], 2, /Indiquez le fichier à écrire avec --out/],
      [
        ['export', 'inconnu', '--format', 'pdf', '--out', 'x.pdf', '--data-dir', dataDir],
        2,
        /Aucun atelier «\u202finconnu\u202f»/,
      ],
      [['export', workshopId, '--format', 'pdf', '--out', 'x.pdf', '--couleur', 'rouge'], 2, /Option inconnue/],
      [['exporter'], 2, /commande inconnue «\u202fexporter\u202f»/],
      [
        ['export', workshopId, '--format', 'svg', '--out', join('absent', 'x.svg'), '--data-dir', dataDir],
        1,
        /ENOENT|no such file/,
      ],
    ];
    for (const [argv, code, message] of cases) {
      const result = await cli(...argv);
      expect([result.code, result.err]).toEqual([code, expect.stringMatching(message)]);
      expect(result.out).toBe('');
    }
    expect(existsSync(join(dir, 'x.xls')) || existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});

describe('npx maillage, built', () => {
  it('runs from dist/electron/cli.js (npm run build) and exits 0, or 1 with a French message', () => {
    const bin = join(root, 'dist', 'electron', 'cli.js');
    expect(existsSync(bin), 'dist/electron/cli.js manque : lancez « npm run build ».').toBe(true);
    const svg = join(dir, 'carte.svg');
    const ok = spawnSync(
      process.execPath,
      [bin, 'export', workshopId, '--format', 'svg', '--out', svg, '--data-dir', dataDir],
      {
        encoding: 'utf8',
      },
    );
    expect([ok.status, ok.stderr]).toEqual([0, '']);
    expect(readFileSync(svg, 'utf8')).toContain('Aide sociale à l’enfance');
    const failed = spawnSync(
      process.execPath,
      [bin, 'export', 'nope', '--format', 'svg', '--out', svg, '--data-dir', dataDir],
      {
        encoding: 'utf8',
      },
    );
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/^Maillage\u00a0: Aucun atelier/);
  });
});
