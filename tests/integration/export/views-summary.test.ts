import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import type { ExportFormat } from '../../../shared/api/export-formats.js';
import type { MapState } from '../../../shared/domain/model.js';
import type { SavedView } from '../../../shared/domain/saved-views.js';
import { atelierExemple } from '../../support/atelier-exemple.js';
import { loadAtelier } from '../../support/load-atelier.js';
import { libreOfficeToPdf, pdfText, readText, squash } from '../../support/readers.js';

/**
 * Influence, groups and the pages of saved views reach the summary a partner reads: the DOCX
 * opened by LibreOffice, the PDF printed by Chromium, each read back as text by pdftotext.
 */

const views: SavedView[] = [
  {
    id: 'souhaites',
    name: 'Les liens souhaités',
    filter: { statuses: ['desired'] },
    measure: 'influence',
    groups: false,
    layers: ['souhaites'],
    inSummary: true,
  },
  {
    id: 'groupes',
    name: 'Qui travaille avec qui',
    filter: {},
    measure: 'partenaires',
    groups: true,
    layers: [],
    inSummary: true,
  },
  { id: 'cachee', name: 'Vue de travail', filter: {}, measure: null, groups: false, layers: [], inSummary: false },
];

const sample = atelierExemple();
const influence: Record<string, number> = { ecole: 5, college: 4, ville: 3, caf: 5, ase: 1 };
const map: MapState = {
  ...sample.map,
  actors: sample.map.actors.map((a) =>
    a.id in influence
      ? { ...a, influence: influence[a.id], ...(a.id === 'caf' ? { stance: 'reticent' as const } : {}) }
      : a,
  ),
  views,
};

let dir: string;
let core: Core;
let workshopId: string;

async function exported(format: ExportFormat): Promise<string> {
  const file = await core.call('workshop.export', { workshopId, format });
  const path = join(dir, file.fileName);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-vues-'));
  core = createCore({ dataDir: join(dir, 'donnees') });
  workshopId = loadAtelier(core, { workshop: sample.workshop, map });
});

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const expected = [
  'Vue « Les liens souhaités »',
  'Restent vifs : les liens souhaités ; le reste est estompé.',
  'Plus un acteur est grand, plus il a d’influence sur la question de l’atelier',
  'Vue « Qui travaille avec qui »',
  'Plus un acteur est grand, plus il a de partenaires',
  'Les lettres A, B… désignent des groupes d’acteurs qui travaillent surtout entre eux\u00a0; une zone grisée les entoure quand ils sont voisins sur la carte.',
  'Les acteurs les plus influents sur la question de l’atelier (influence de 0 à 5) sont CAF (5), École élémentaire Jules-Ferry (5) et Collège Louise-Michel (4).',
  'Acteur influent et réticent : CAF (5).',
  'travaillent surtout entre eux et peu avec les autres : A, autour de «',
];

const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

describe('the summary with influence and views', () => {
  it('DOCX through LibreOffice: a page per chosen view, its sentences, none for the view kept out', async () => {
    const docx = await exported('docx');
    const pdf = libreOfficeToPdf(docx, dir);
    const text = pdfText(pdf);
    for (const sentence of expected) expect(text).toContain(squash(sentence));
    expect(text).not.toContain(squash('Vue de travail'));
    // Two landscape pages more than the same workshop without views.
    const plain = createCore({ dataDir: join(dir, 'sans-vues') });
    try {
      const id = loadAtelier(plain, { workshop: sample.workshop, map: { ...map, views: [] } });
      const file = await plain.call('workshop.export', { workshopId: id, format: 'docx' });
      const path = join(dir, 'sans-vues', 'plain.docx');
      writeFileSync(path, Buffer.from(file.base64, 'base64'));
      expect(pages(pdf)).toBe(pages(libreOfficeToPdf(path, join(dir, 'sans-vues'))) + 2);
    } finally {
      plain.close();
    }
  }, 240_000);

  it('PDF through Chromium and the HTML page say the same', async () => {
    const text = pdfText(await exported('pdf'));
    for (const sentence of expected) expect(text).toContain(squash(sentence));
    const html = readText(await exported('html'));
    expect(html.match(/<section class="carte vue">/g)).toHaveLength(2);
    expect(html).not.toContain('Vue de travail');
  }, 240_000);
});
