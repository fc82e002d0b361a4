import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { type GeneratedWorkshop, tenTerritories } from '../../support/club-fixture.js';
import { loadAtelier } from '../../support/load-atelier.js';
import { libreOfficeToPdf, pdfText, squash } from '../../support/readers.js';

/**
 * The Club over ten workshops generated here and written through the real core. Every figure
 * is recomputed in this file with plain loops over the generated data, from its definition.
 */
let dir: string;
let core: Core;
let generated: GeneratedWorkshop[];
const ids = new Map<string, string>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-club-'));
  core = createCore({ dataDir: join(dir, 'donnees') });
  generated = tenTerritories();
  for (const g of generated) ids.set(g.workshop.territory, loadAtelier(core, g));
});

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Unordered pairs of distinct actors with at least one existing link. */
function cooperatingPairs(g: GeneratedWorkshop): Set<string> {
  const pairs = new Set<string>();
  for (const l of g.map.links) {
    if (l.status !== 'existing' || l.source === l.target) continue;
    pairs.add([l.source, l.target].sort().join('|'));
  }
  return pairs;
}

describe('key figures of ten territories', () => {
  it('counts, density, desired share, isolated actors and school links match a recount', () => {
    const overview = core.call('club.overview', {});
    expect(overview.total).toBe(10);
    expect(overview.territories).toHaveLength(10);
    for (const g of generated) {
      const row = overview.territories.find((t) => t.territory === g.workshop.territory);
      if (!row) throw new Error(`territoire absent : ${g.workshop.territory}`);
      const n = g.map.actors.length;
      let existing = 0;
      let desired = 0;
      for (const l of g.map.links) {
        if (l.status === 'existing') existing += 1;
        else desired += 1;
      }
      expect(row.actors).toBe(n);
      expect(row.existingLinks).toBe(existing);
      expect(row.desiredLinks).toBe(desired);
      expect(row.desiredShare).toBeCloseTo(desired / g.map.links.length, 10);
      const pairs = cooperatingPairs(g);
      expect(row.density).toBeCloseTo(pairs.size / ((n * (n - 1)) / 2), 10);

      for (const c of row.actorsByCategory) {
        let count = 0;
        for (const a of g.map.actors) if (a.category === c.id) count += 1;
        expect(c.count, `${g.workshop.territory} / ${c.label}`).toBe(count);
      }
      for (const k of row.linksByKind) {
        let count = 0;
        for (const l of g.map.links) if (l.status === 'existing' && l.kind === k.id) count += 1;
        expect(k.count).toBe(count);
      }
      for (const q of row.linksByQuality) {
        let count = 0;
        for (const l of g.map.links) {
          if (l.status === 'existing' && (l.quality ?? 'non-renseignee') === q.id) count += 1;
        }
        expect(q.count).toBe(count);
      }

      const partnered = new Set<string>();
      for (const p of pairs) for (const id of p.split('|')) partnered.add(id);
      const isolated: string[] = [];
      for (const a of g.map.actors) if (!partnered.has(a.id)) isolated.push(a.label);
      expect([...row.isolated].sort()).toEqual(isolated.sort());

      // Categories present (other than schools) none of whose actors shares an existing link with a school.
      const category = new Map(g.map.actors.map((a) => [a.id, a.category]));
      const linkedToSchool = new Set<string>();
      for (const p of pairs) {
        const [x = '', y = ''] = p.split('|');
        if (category.get(x) === 'education') linkedToSchool.add(category.get(y) ?? '');
        if (category.get(y) === 'education') linkedToSchool.add(category.get(x) ?? '');
      }
      const expected: string[] = [];
      for (const c of g.map.codebook.categories) {
        if (c.id === 'education') continue;
        if (!g.map.actors.some((a) => a.category === c.id)) continue;
        if (!linkedToSchool.has(c.id)) expected.push(c.label);
      }
      expect([...row.categoriesWithoutSchoolLink].sort()).toEqual(expected.sort());
    }
  });

  it('keeps only the workshops within the dates', () => {
    const overview = core.call('club.overview', { from: '2026-03-01', to: '2026-06-30' });
    let expected = 0;
    for (const g of generated) if (g.workshop.date >= '2026-03-01' && g.workshop.date <= '2026-06-30') expected += 1;
    expect(overview.territories).toHaveLength(expected);
    expect(overview.total).toBe(10);
  });
});

describe('questions across territories', () => {
  it('counts the territories where the CAF cooperates with a school', () => {
    const answer = core.call('club.cooperation', {
      a: { by: 'type', id: 'caf' },
      b: { by: 'category', id: 'education' },
    });
    const expected: string[] = [];
    for (const g of generated) {
      const actor = new Map(g.map.actors.map((a) => [a.id, a]));
      let found = false;
      for (const l of g.map.links) {
        if (l.status !== 'existing') continue;
        const s = actor.get(l.source);
        const t = actor.get(l.target);
        const caf = (x?: typeof s) => x?.standardType === 'caf';
        const school = (x?: typeof s) => x?.category === 'education';
        if ((caf(s) && school(t)) || (caf(t) && school(s))) found = true;
      }
      if (found) expected.push(g.workshop.territory);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.territories.map((t) => t.territory).sort()).toEqual(expected.sort());
    expect(answer.asked).toBe(10);
  });

  it('ranks the missing cooperations by the number of territories that want them', () => {
    const ranked = core.call('club.missing', { by: 'category' });
    const territoriesOf = new Map<string, Set<string>>();
    for (const g of generated) {
      const label = new Map(g.map.codebook.categories.map((c) => [c.id, c.label]));
      const actor = new Map(g.map.actors.map((a) => [a.id, a]));
      for (const l of g.map.links) {
        if (l.status !== 'desired') continue;
        const key = [label.get(actor.get(l.source)?.category ?? ''), label.get(actor.get(l.target)?.category ?? '')]
          .sort((x = '', y = '') => x.localeCompare(y, 'fr'))
          .join(' + ');
        const set = territoriesOf.get(key) ?? new Set<string>();
        set.add(g.workshop.territory);
        territoriesOf.set(key, set);
      }
    }
    expect(ranked).toHaveLength(territoriesOf.size);
    let most = 0;
    for (const set of territoriesOf.values()) most = Math.max(most, set.size);
    expect(ranked[0]?.territories.length).toBe(most);
    for (const r of ranked) expect(r.territories.length).toBe(territoriesOf.get(r.sides.join(' + '))?.size);
  });
});

describe('the library of pratiques inspirantes', () => {
  it('lists every practice and finds accented words typed without accents', () => {
    let all = 0;
    let reussite = 0;
    for (const g of generated) {
      for (const note of g.map.notes) {
        if (note.kind !== 'pratique-inspirante') continue;
        all += 1;
        if (note.text.includes('Réussite éducative')) reussite += 1;
      }
    }
    const library = core.call('club.practices', {});
    expect(library.total).toBe(all);
    expect(library.practices).toHaveLength(all);
    const found = core.call('club.practices', { text: 'reussite EDUCATIVE' });
    expect(found.practices).toHaveLength(reussite);
    expect(found.practices.every((p) => p.text.includes('Réussite éducative'))).toBe(true);
    // Constats are not practices, even when they say the same words.
    expect(found.practices.some((p) => p.noteId === 'c1')).toBe(false);
    expect(library.tags).toEqual(expect.arrayContaining(['parentalité', 'réussite', 'lecture']));
    const tagged = core.call('club.practices', { tag: '#parentalite' });
    expect(tagged.practices.length).toBeGreaterThan(0);
    expect(tagged.practices.every((p) => p.text.includes('#parentalité'))).toBe(true);
    const byType = core.call('club.practices', { standardType: 'college' });
    expect(byType.practices.every((p) => p.actors.some((a) => a.standardType === 'college'))).toBe(true);
    // A free note opens on itself, an attached one on its actor.
    for (const p of library.practices) expect(p.focus).toBe(p.noteId === 'p1' ? 'a0' : p.noteId);
  });
});

describe('a workshop received from a colleague', () => {
  it('is kept read-only for the Club, out of the workshop list', () => {
    const source = ids.get('Cité éducative n° 03') ?? '';
    const { text } = core.call('workshop.exportMaillage', { id: source });
    const colleague = text.replace('Cité éducative n° 03', 'Cité éducative d’à côté');
    const received = core.call('club.importMaillage', { text: colleague });
    expect(received.territory).toBe('Cité éducative d’à côté');

    expect(core.call('workshop.list', {}).some((w) => w.id === received.workshopId)).toBe(false);
    const overview = core.call('club.overview', {});
    expect(overview.total).toBe(11);
    const row = overview.territories.find((t) => t.workshopId === received.workshopId);
    expect(row?.clubOnly).toBe(true);

    const before = core.call('map.get', { workshopId: received.workshopId });
    const refused = core.dispatch('map.apply', {
      workshopId: received.workshopId,
      ops: [{ type: 'actor.update', id: 'a0', patch: { label: 'Changé' } }],
      origin: 'test',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });
    if (!('ok' in refused) || refused.ok) throw new Error('refus attendu');
    expect(refused.error.message).toMatch(/reçu d’un collègue pour le Club/);
    expect(core.call('map.get', { workshopId: received.workshopId })).toEqual(before);
    expect(core.dispatch('workshop.update', { id: received.workshopId, patch: { title: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'read_only' },
    });

    // A broken file writes nothing.
    expect(core.dispatch('club.importMaillage', { text: '{"type":"maillage"' })).toMatchObject({ ok: false });
    expect(core.call('club.overview', {}).total).toBe(11);

    // Only a received workshop is removed from the Club.
    expect(core.dispatch('club.remove', { id: source })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    core.call('club.remove', { id: received.workshopId });
    expect(core.call('club.overview', {}).total).toBe(10);
  });
});

describe('the digest', () => {
  it('writes the figures as CSV that a spreadsheet reads back', async () => {
    const file = await core.call('club.export', { format: 'csv' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [wide] = text.slice(1).split('\r\n\r\n');
    const rows = Papa.parse<string[]>(wide ?? '', { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]?.[0]).toBe('Territoire');
    expect(rows).toHaveLength(11);
    for (const g of generated) {
      const row = rows.find((r) => r[0] === g.workshop.territory);
      expect(row?.[3]).toBe(String(g.map.actors.length));
    }
  });

  it('writes a DOCX and a PDF that real readers open', async () => {
    const docx = await core.call('club.export', { format: 'docx' });
    const pdf = await core.call('club.export', { format: 'pdf' });
    const docxPath = join(dir, docx.fileName);
    const pdfPath = join(dir, pdf.fileName);
    writeFileSync(docxPath, Buffer.from(docx.base64, 'base64'));
    writeFileSync(pdfPath, Buffer.from(pdf.base64, 'base64'));
    for (const text of [pdfText(pdfPath), pdfText(libreOfficeToPdf(docxPath, dir))]) {
      expect(text).toContain(squash('Club des cités éducatives'));
      expect(text).toContain(squash('Cité éducative n° 10'));
      expect(text).toContain(squash('Réussite éducative'));
    }
  });
});
