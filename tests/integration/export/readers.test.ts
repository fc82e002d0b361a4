import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import type { ExportedFile, ExportFormat } from '../../../shared/api/export-formats.js';
import { newActor, newLink } from '../../../shared/domain/model.js';
import { atelierExemple, hostileLabels } from '../../support/atelier-exemple.js';
import { loadAtelier } from '../../support/load-atelier.js';
import { libreOfficeToPdf, networkxRead, pdfText, readText, squash } from '../../support/readers.js';

/** The longest label an actor may have (limits.label), made of hostile pieces. */
const longest = `${hostileLabels.formula} ${hostileLabels.html} ${'Très long nom '.repeat(20)}`.slice(0, 200);

let dir: string;
let core: Core;
let workshopId: string;
const files = new Map<ExportFormat, { file: ExportedFile; path: string }>();
const sample = atelierExemple();
sample.map.actors.push(newActor({ id: 'long', label: longest, category: 'autres', x: 1200, y: 700 }));
sample.map.links.push(newLink({ id: 'l-long', source: 'long', target: 'formula', kind: 'information' }));

async function exported(format: ExportFormat) {
  const cached = files.get(format);
  if (cached) return cached;
  const file = await core.call('workshop.export', { workshopId, format });
  const path = join(dir, file.fileName);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  files.set(format, { file, path });
  return { file, path };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-export-'));
  core = createCore({ dataDir: join(dir, 'donnees') });
  workshopId = loadAtelier(core, sample);
});

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const headings = [
  'Chiffres clés',
  'Carte des coopérations',
  'Acteurs',
  'Coopérations',
  'Liens souhaités',
  'Ce que le groupe a dit',
  'Plan d’action',
];
/** What the cover says of the tour de table (tests/support/atelier-exemple.ts). */
const tourDeTable = [
  'Participants',
  'Samir Haddad',
  'Service jeunesse de la ville',
  'Coordinateur',
  'Excusés\u00a0: Inès Robert (PMI du quartier)',
  'Structures représentées',
];
const someNames = [
  'École élémentaire Jules-Ferry',
  'Aide sociale à l’enfance',
  'Centre social des Tilleuls',
  ...Object.values(hostileLabels),
];

describe('the summary, read back by real readers', () => {
  let libreOfficeText = '';

  it('DOCX: LibreOffice opens it and its PDF holds the headings, the actors and the hostile labels as text', async () => {
    const { file, path } = await exported('docx');
    expect(file.fileName).toBe('diagnostic-partage-quartier-des-tilleuls-synthese.docx');
    libreOfficeText = pdfText(libreOfficeToPdf(path, dir));
    for (const text of [...headings, ...someNames, sample.workshop.title, 'Cité éducative de Villeneuve']) {
      expect(libreOfficeText).toContain(squash(text));
    }
    expect(libreOfficeText).toContain(squash('Les acteurs les plus reliés sont Centre social des Tilleuls'));
    // The cover lists the tour de table: the linked participant under the actor's name, the excused apart.
    for (const text of tourDeTable) expect(libreOfficeText).toContain(squash(text));
  });

  it('PDF (Chromium): a real PDF with the same headings, actors and figures as the DOCX', async () => {
    const { file, path } = await exported('pdf');
    expect(file.mimeType).toBe('application/pdf');
    const text = pdfText(path);
    for (const expected of [
      ...headings,
      ...someNames,
      ...tourDeTable,
      'Les acteurs les plus reliés sont Centre social des Tilleuls',
    ]) {
      expect(text).toContain(squash(expected));
    }
    // Same content: every actor, and the key-figure sentences the DOCX shows, the PDF shows.
    for (const actor of sample.map.actors) expect(text).toContain(squash(actor.label));
    // The map is printed as an SVG image: its own words (the legend's, drawn nowhere else) stay
    // text that a search finds, « fi » and all.
    for (const legend of ['Lien souhaité (manquant)', 'À sens unique', 'Convention / financement']) {
      expect(text).toContain(squash(legend));
    }
    if (libreOfficeText) {
      const figures = /Chiffresclés(.*)Cartedescoopérations/.exec(libreOfficeText)?.[1]?.replace(/●/g, '');
      expect(figures?.length).toBeGreaterThan(200);
      expect(text.replace(/•|●/g, '')).toContain(figures);
    }
  });

  it('HTML: self-contained, scripts and loads forbidden by its CSP, every label escaped', async () => {
    const html = readText((await exported('html')).path);
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; img-src data:/,
    );
    expect(html).not.toMatch(/<script|<img|<link|src="http|href="http|\]\]>/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<svg');
  });
});

describe('data files, read back by the tools that use them', () => {
  it('GraphML: networkx reads every actor and link with their attributes', async () => {
    const graph = networkxRead((await exported('graphml')).path, 'read_graphml');
    expect(graph.nodes).toBe(sample.map.actors.length);
    expect(graph.edges).toBe(sample.map.links.length);
    expect(graph.multigraph).toBe(true); // two links between the centre social and the CAF
    expect(graph.nodeData.html).toMatchObject({ label: hostileLabels.html, category: 'autres', represented: false });
    // Represented: a present participant speaks for it (the tour de table), by link or by name.
    expect(graph.nodeData.ville).toMatchObject({ represented: true });
    expect(graph.nodeData.parents).toMatchObject({ represented: true });
    expect(graph.nodeData.pmi).toMatchObject({ represented: false });
    expect(graph.nodeData.long?.label).toBe(longest);
    expect(graph.nodeData.ecole).toMatchObject({ categoryLabel: 'Éducation nationale', x: 0, y: 0, times: 'scolaire' });
    expect(graph.edgeData).toContainEqual(
      expect.objectContaining({ kind: 'orientation', status: 'desired', obstacle: 'Secret professionnel mal compris' }),
    );
    expect(graph.edgeData.filter((e) => e.directed === true)).toHaveLength(2);
  });

  it('GEXF: networkx reads the same graph, attributes and positions', async () => {
    const graph = networkxRead((await exported('gexf')).path, 'read_gexf');
    expect(graph.nodes).toBe(sample.map.actors.length);
    expect(graph.edges).toBe(sample.map.links.length);
    expect(graph.nodeData.cdata).toMatchObject({ label: hostileLabels.cdata, engagement: 'benevole' });
    expect(graph.nodeData.formula?.label).toBe(hostileLabels.formula);
    expect(graph.edgeData).toContainEqual(
      expect.objectContaining({ proposal: 'Réunions en soirée au centre social', weight: 2 }),
    );
  });

  it('JSON Canvas: the shape its 1.0 spec defines, every edge between existing nodes', async () => {
    const colour = z.string().regex(/^(#[0-9a-fA-F]{6}|[1-6])$/);
    const node = z.object({
      id: z.string().min(1),
      type: z.enum(['text', 'file', 'link', 'group']),
      x: z.number().int(),
      y: z.number().int(),
      width: z.number().int().positive(),
      height: z.number().int().positive(),
      color: colour.optional(),
      text: z.string().optional(),
      label: z.string().optional(),
    });
    const edge = z.object({
      id: z.string().min(1),
      fromNode: z.string(),
      toNode: z.string(),
      fromSide: z.enum(['top', 'right', 'bottom', 'left']).optional(),
      toSide: z.enum(['top', 'right', 'bottom', 'left']).optional(),
      fromEnd: z.enum(['none', 'arrow']).optional(),
      toEnd: z.enum(['none', 'arrow']).optional(),
      color: colour.optional(),
      label: z.string().optional(),
    });
    const canvas = z
      .strictObject({ nodes: z.array(node), edges: z.array(edge) })
      .parse(JSON.parse(readText((await exported('canvas')).path)));
    const ids = canvas.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of canvas.edges) expect([ids.includes(e.fromNode), ids.includes(e.toNode)]).toEqual([true, true]);
    for (const n of canvas.nodes) if (n.type === 'text') expect(n.text).toBeTypeOf('string');
    // Groups (zones) come first so that they lie below the cards.
    expect(canvas.nodes.findIndex((n) => n.type === 'text')).toBeGreaterThan(
      canvas.nodes.findLastIndex((n) => n.type === 'group'),
    );
    const html = canvas.nodes.find((n) => n.id === 'acteur-html');
    expect(html?.text).toBe('**\\<img src\\=x onerror\\=alert\\(1\\)\\>**\n\nAutres');
    expect(canvas.edges.filter((e) => e.toEnd === 'arrow')).toHaveLength(2);
  });

  it('CSV: papaparse reads it back, BOM and « ; », formulas inert, the rest unchanged', async () => {
    const actors = await exported('csv-actors');
    const links = await exported('csv-links');
    const text = readText(actors.path);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(sample.map.actors.length);
    const byId = new Map(parsed.data.map((row) => [row.Identifiant, row]));
    expect(byId.get('formula')?.Nom).toBe(`'${hostileLabels.formula}`);
    expect(byId.get('html')?.Nom).toBe(hostileLabels.html);
    expect(byId.get('long')?.Nom).toBe(`'${longest}`);
    expect(byId.get('ville')).toMatchObject({
      Catégorie: 'Commune / ville',
      Temps: 'Périscolaire, Extrascolaire',
      Représenté: 'oui',
    });
    // Excused participants do not make their structure represented.
    expect(byId.get('pmi')).toMatchObject({ Représenté: 'non' });
    const linkRows = Papa.parse<Record<string, string>>(readText(links.path).slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(linkRows.errors).toEqual([]);
    expect(linkRows.data).toHaveLength(sample.map.links.length);
    expect(linkRows.data.find((r) => r.Identifiant === 'l11')).toMatchObject({
      Statut: 'Souhaité',
      Obstacle: 'Horaires des réunions',
    });
    expect(links.file.fileName).toBe('diagnostic-partage-quartier-des-tilleuls-liens.csv');
  });

  it('SVG and PNG of the map alone, and the .maillage file, come out whole', async () => {
    const svg = readText((await exported('svg')).path);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(
      'Carte des coopérations — Diagnostic partagé – Quartier des Tilleuls · Cité éducative de Villeneuve',
    );
    const png = await exported('png');
    expect(Buffer.from(png.file.base64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    const maillage = JSON.parse(readText((await exported('maillage')).path));
    expect(maillage.map.actors).toHaveLength(sample.map.actors.length);
  });
});

describe('what changed since the first version', () => {
  it('compares the map with the workshop’s first named version, in the summary', async () => {
    const local = createCore({ dataDir: join(dir, 'versions') });
    try {
      const id = loadAtelier(local, atelierExemple());
      local.call('snapshot.take', { workshopId: id, name: 'Début d’atelier' });
      local.call('map.apply', {
        workshopId: id,
        ops: [
          {
            type: 'actor.add',
            actor: newActor({ id: 'mairie', label: 'Mairie annexe', category: 'commune', x: 0, y: 900 }),
          },
          { type: 'link.update', id: 'l10', patch: { status: 'existing' } },
        ],
        origin: 'test',
      });
      local.call('snapshot.take', { workshopId: id, name: 'Fin d’atelier' });
      const file = await local.call('workshop.export', { workshopId: id, format: 'html' });
      const html = Buffer.from(file.base64, 'base64').toString('utf8');
      expect(html).toMatch(
        /<h2>Ce qui a changé depuis la version «\u202fDébut d’atelier\u202f» du \d+(er)? \p{L}+ \d{4}<\/h2>/u,
      );
      expect(html).toContain('1 acteur est apparu\u00a0: Mairie annexe.');
      expect(html).toContain('1 lien souhaité existe désormais.');
    } finally {
      local.close();
    }
  });
});

describe('export refusals', () => {
  it('answers a French not_found for an unknown workshop and a validation error for an unknown format', async () => {
    await expect(core.call('workshop.export', { workshopId: 'inconnu', format: 'docx' })).rejects.toMatchObject({
      code: 'not_found',
    });
    const answer = core.dispatch('workshop.export', { workshopId, format: 'xls' });
    expect(answer).toBeInstanceOf(Object);
    expect(await core.dispatch('workshop.export', { workshopId, format: 'xls' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
