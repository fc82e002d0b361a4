import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { ExportFormat } from '../../../shared/api/export-formats.js';
import { loadAtelier } from '../../support/load-atelier.js';
import { libreOfficeToPdf, pdfText, squash } from '../../support/readers.js';
import { seriesPairsToConfirm, seriesT0, seriesT1 } from '../../support/series-fixture.js';

/**
 * A territory followed over time, through the real core on a real SQLite file: the series
 * proposed from the territory's name and confirmed, the facilitator's answers about pairs of
 * actors kept, and the chapter « Depuis le diagnostic de mars 2026 » in the summary of T1 —
 * read back from the DOCX by LibreOffice and from the PDF by pdftotext.
 */
let dir: string;
let core: Core;
let t0: string;
let t1: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-series-'));
  core = createCore({ dataDir: join(dir, 'donnees') });
  t0 = loadAtelier(core, seriesT0());
  t1 = loadAtelier(core, seriesT1());
  // A workshop of another territory is never proposed.
  core.call('workshop.create', { title: 'Ailleurs', territory: 'Évry', date: '2026-05-01' });
});

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exportText(workshopId: string, format: ExportFormat): Promise<string> {
  const file = await core.call('workshop.export', { workshopId, format });
  const path = join(dir, `${workshopId}-${file.fileName}`);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  if (format === 'docx') return pdfText(libreOfficeToPdf(path, dir));
  if (format === 'pdf') return pdfText(path);
  return squash(Buffer.from(file.base64, 'base64').toString('utf8'));
}

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('aucune erreur');
}

describe('a series of workshops of one territory', () => {
  it('proposes the workshops whose territory has the same name, folded, and confirms nothing by itself', async () => {
    const proposal = core.call('series.get', { workshopId: t1 });
    expect(proposal.confirmed).toBe(false);
    expect(proposal.members).toEqual([]);
    expect(proposal.proposed.map((w) => w.id)).toEqual([t0, t1]);
    expect(await exportText(t1, 'html')).not.toContain(squash('Depuis le diagnostic'));
  });

  it('confirms the series: T0 and T1 in date order, stored in the database', () => {
    const confirmed = core.call('series.set', { workshopId: t1, name: 'Grigny', memberIds: [t1, t0] });
    expect(confirmed.confirmed).toBe(true);
    expect(confirmed.members.map((m) => [m.id, m.rank])).toEqual([
      [t0, 0],
      [t1, 1],
    ]);
    const db = new Database(core.databasePath, { readonly: true });
    try {
      const rows = db.prepare('SELECT id, series FROM workshops WHERE series IS NOT NULL ORDER BY id').all();
      expect(rows).toEqual(
        [
          { id: t0, series: 'Grigny' },
          { id: t1, series: 'Grigny' },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );
    } finally {
      db.close();
    }
  });

  it('says in the summary, never silently, that two likely pairs are not confirmed yet', async () => {
    const text = await exportText(t1, 'html');
    expect(text).toContain(squash('Depuis le diagnostic de mars 2026'));
    expect(text).toContain(squash('2 rapprochements d’acteurs n’ont pas été confirmés'));
    // Until then the collège and the PMI count as appeared and left.
    expect(text).toContain(squash('4 acteurs sont apparus'));
  });

  it('keeps the answers about pairs, and refuses them between workshops outside one series', () => {
    const decisions = seriesPairsToConfirm.map((p) => ({ ...p, same: true }));
    expect(core.call('series.decide', { workshopId: t1, referenceId: t0, decisions })).toEqual(decisions);
    expect(core.call('series.decisions', { workshopId: t1, referenceId: t0 })).toEqual(decisions);
    const other = core.call('workshop.list', {}).find((w) => w.title === 'Ailleurs')!.id;
    const error = refusal(() => core.call('series.decide', { workshopId: other, referenceId: t0, decisions }));
    expect(error.code).toBe('validation');
    expect(error.message).toContain('même suivi de territoire');
    expect(refusal(() => core.call('series.set', { workshopId: t1, name: 'Grigny', memberIds: [t0] })).code).toBe(
      'validation',
    );
    expect(
      refusal(() => core.call('series.set', { workshopId: t1, name: 'Grigny', memberIds: [t1, 'absent'] })).code,
    ).toBe('not_found');
    expect(refusal(() => core.call('series.set', { workshopId: t1, name: '   ', memberIds: [t1] })).code).toBe(
      'validation',
    );
  });

  it('DOCX read by LibreOffice: the chapter of T1 names what appeared, left, changed and came true', async () => {
    const text = await exportText(t1, 'docx');
    for (const expected of [
      'Depuis le diagnostic de mars 2026',
      'Cet atelier est le T1 du suivi de « Grigny »',
      '2 acteurs sont apparus : Foot club et Mission locale.',
      '1 acteur n’est plus sur la carte : Judo club.',
      '5 acteurs étaient déjà là.',
      '3 coopérations sont nées, dont 2 souhaitées lors du diagnostic de mars 2026',
      '1 a disparu',
      '2 ont changé de type, d’intensité ou de qualité',
      'Des 3 liens souhaités lors du diagnostic de mars 2026, 2 existent désormais (67 %).',
      '1 nouveau lien souhaité a été dessiné.',
      'Liens souhaités devenus réels',
      'intensité : Ponctuelle → Forte',
      'qualité : À améliorer → Fluide',
    ]) {
      expect(text).toContain(squash(expected));
    }
    expect(text).not.toContain(squash('rapprochement'));
  }, 180_000);

  it('PDF read by pdftotext: the same chapter', async () => {
    const text = await exportText(t1, 'pdf');
    expect(text).toContain(squash('Depuis le diagnostic de mars 2026'));
    expect(text).toContain(
      squash('Des 3 liens souhaités lors du diagnostic de mars 2026, 2 existent désormais (67 %).'),
    );
  }, 120_000);

  it('writes no chapter in the summary of T0, nor once the series is left', async () => {
    expect(await exportText(t0, 'html')).not.toContain(squash('Depuis le diagnostic'));
    core.call('series.leave', { workshopId: t0 });
    expect(await exportText(t1, 'html')).not.toContain(squash('Depuis le diagnostic'));
    core.call('series.set', { workshopId: t1, name: 'grigny', memberIds: [t0, t1] });
    expect(await exportText(t1, 'html')).toContain(squash('Depuis le diagnostic de mars 2026'));
  });

  it('deleting T0 deletes the answers about its actors with it', () => {
    core.call('workshop.delete', { id: t0 });
    core.eraseDeleted();
    const db = new Database(core.databasePath, { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) AS n FROM series_decisions').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    expect(core.call('series.get', { workshopId: t1 }).members.map((m) => m.rank)).toEqual([0]);
  });
});
