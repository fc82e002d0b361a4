import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { createCore } from '../../../electron/core/create-core.js';

const root = mkdtempSync(join(tmpdir(), 'maillage-cli-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fixtures = new URL('../../fixtures/import/', import.meta.url).pathname;
let n = 0;

async function maillage(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: {},
    cwd: fixtures,
  });
  return { code, out, err };
}

function mapOf(dataDir: string, workshopId: string) {
  const core = createCore({ dataDir });
  try {
    return core.call('map.get', { workshopId });
  } finally {
    core.close();
  }
}

describe('maillage import', () => {
  it('un CSV d’acteurs et de liens : les mots inconnus sont ajoutés au codebook et dits sur stderr ; l’identifiant en dernière ligne', async () => {
    const dataDir = join(root, `d${n++}`);
    const run = await maillage(
      'import',
      'acteurs-bellevue.csv',
      '--links',
      'liens-bellevue.csv',
      '--title',
      'Bellevue',
      '--data-dir',
      dataDir,
    );
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      'Catégorie ajoutée à l’atelier\u00a0: «\u202fBailleur social\u202f» (1\u00a0acteur(s), ligne 7).',
    );
    expect(run.err).toContain(
      'Type de coopération ajouté à l’atelier\u00a0: «\u202fMédiation\u202f» (1\u00a0lien(s), ligne 4).',
    );
    const id = run.out.at(-1)!;
    const { workshop, map } = mapOf(dataDir, id);
    expect(workshop.title).toBe('Bellevue');
    expect(map.actors).toHaveLength(6);
    expect(map.links).toHaveLength(3);
    expect(map.codebook.categories.map((c) => c.label)).toContain('Bailleur social');
    const list = await maillage('list', '--data-dir', dataDir);
    expect(list.out.join('\n')).toContain(id);
  });

  it('un fichier .maillage : un nouvel atelier ; --title le renomme', async () => {
    const dataDir = join(root, `d${n++}`);
    const run = await maillage('import', 'atelier-v1.maillage', '--title', 'Copie de travail', '--data-dir', dataDir);
    expect(run.code).toBe(0);
    expect(mapOf(dataDir, run.out.at(-1)!).workshop.title).toBe('Copie de travail');
  });

  it('des lignes en erreur : code 1, chaque ligne sur stderr, rien d’écrit', async () => {
    const dataDir = join(root, `d${n++}`);
    const bad = join(root, 'mauvais.csv');
    writeFileSync(bad, 'Nom;Catégorie\nMairie;Commune\n;Éducation\n');
    const run = await maillage('import', bad, '--data-dir', dataDir);
    expect(run.code).toBe(1);
    expect(run.err[0]).toBe('acteurs — Ligne 3\u00a0: le nom de l’acteur est vide.');
    expect(run.out).toEqual([]);
    expect((await maillage('list', '--data-dir', dataDir)).out).toEqual([]);
  });

  it('un .maillage abîmé : code 1, message en français ; un mauvais appel : code 2', async () => {
    const dataDir = join(root, `d${n++}`);
    const broken = join(root, 'abime.maillage');
    writeFileSync(broken, '{"type": "maillage", "version": 1, "sour');
    const run = await maillage('import', broken, '--data-dir', dataDir);
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/Fichier \.maillage illisible/);
    expect((await maillage('import', 'atelier-v1.maillage', '--links', 'x.csv', '--data-dir', dataDir)).code).toBe(2);
    expect((await maillage('import', 'absent.csv', '--data-dir', dataDir)).err.join('\n')).toMatch(
      /Fichier introuvable/,
    );
  });
});
