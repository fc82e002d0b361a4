import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { findFontDir } from '../../../electron/core/export/fonts.js';
import { posterHtml } from '../../../electron/core/export/poster.js';
import { ApiError } from '../../../shared/api/errors.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { newActor } from '../../../shared/domain/model.js';
import { textWidth } from '../../../shared/map-picture/text.js';
import { minNameCapMm } from '../../../shared/poster/poster-layout.js';
import { loadAtelier } from '../../support/load-atelier.js';
import { pdfGreyRegion, pdfPageSize, pdfText, pdfWords, squash } from '../../support/readers.js';
import { seriesT1 } from '../../support/series-fixture.js';

/**
 * The poster, printed by the real Chromium through the core's PdfPrinter: pdfinfo reads the
 * page size, pdftotext the words, and the height of a name is measured on the page rasterised
 * by pdftoppm — the capital M of « Mairie », from its first dark row to its last.
 */
let dir: string;
let dataDir: string;
let core: Core;
let workshopId: string;
let crowdedId: string;
const sample = seriesT1();
const mmPerPoint = 25.4 / 72;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-affiche-'));
  dataDir = join(dir, 'donnees');
  core = createCore({ dataDir });
  workshopId = loadAtelier(core, sample);
  // Sixty actors with long names: no A1 holds them with names of 9 mm.
  const actors = Array.from({ length: 60 }, (_, i) =>
    newActor({
      id: `a${i}`,
      label: `Service départemental de la protection ${i}`,
      category: 'autres',
      x: (i % 10) * 240,
      y: Math.floor(i / 10) * 140,
    }),
  );
  crowdedId = loadAtelier(core, {
    workshop: { ...sample.workshop, title: 'Carte dense' },
    map: { codebook: defaultCodebook(), actors, links: [], notes: [], zones: [] },
  });
});

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(format: 'poster-a1' | 'poster-a0', id = workshopId): Promise<string> {
  const file = await core.call('workshop.export', { workshopId: id, format });
  const path = join(dir, file.fileName);
  writeFileSync(path, Buffer.from(file.base64, 'base64'));
  return path;
}

/** Height in mm of the capitals of `word` on the page: its first letter, measured on the raster. */
function capitalHeightMm(pdf: string, word: string): number {
  const boxes = pdfWords(pdf).filter((w) => w.text === word);
  // The name on the map is the tallest of its occurrences (a sentence beside it may name it too).
  const box = boxes.sort((a, b) => b.yMax - b.yMin - (a.yMax - a.yMin))[0];
  if (!box) throw new Error(`« ${word} » absent du PDF`);
  const first = word[0] ?? '';
  const share = textWidth(first, 100, true) / textWidth(word, 100, true);
  const dpi = 300;
  const region = { x: box.xMin, y: box.yMin, width: (box.xMax - box.xMin) * share * 0.8, height: box.yMax - box.yMin };
  const rows = pdfGreyRegion(pdf, region, dpi);
  const inked = rows.map((row, i) => (row.some((v) => v < 128) ? i : -1)).filter((i) => i >= 0);
  const height = (inked[inked.length - 1] ?? 0) - (inked[0] ?? 0) + 1;
  return (height / dpi) * 25.4;
}

describe('the poster', () => {
  it('A1: one landscape A1 page, its title, names, key figures and legend as text', async () => {
    const pdf = await exported('poster-a1');
    expect(pdf.endsWith('-affiche-a1.pdf')).toBe(true);
    const size = pdfPageSize(pdf);
    expect(size.name).toBe('A1');
    // 841 × 594 mm, landscape for this wide map.
    expect(size.width * mmPerPoint).toBeCloseTo(841, 0);
    expect(size.height * mmPerPoint).toBeCloseTo(594, 0);
    const text = pdfText(pdf);
    for (const expected of [
      sample.workshop.title,
      'Chiffres clés',
      'Légende',
      'Centre social Agora',
      'Mission locale',
      'Foot club',
      'Mairie',
      'Éducation nationale',
    ]) {
      expect(text).toContain(squash(expected));
    }
  }, 120_000);

  it('A1: names are at least 9 mm high, measured on the printed page, as the layout computed', async () => {
    const pdf = await exported('poster-a1');
    const { layout } = posterHtml({
      workshop: sample.workshop,
      map: core.call('map.get', { workshopId }).map,
      size: 'A1',
      fontDir: findFontDir(),
      generatedAt: '2027-03-18T12:00:00.000Z',
    });
    expect(layout.nameCapMm).toBeGreaterThanOrEqual(minNameCapMm);
    const measured = capitalHeightMm(pdf, 'Mairie');
    expect(measured).toBeGreaterThanOrEqual(minNameCapMm);
    // Within a pixel or two at 300 dpi of what the font's metrics say.
    expect(Math.abs(measured - layout.nameCapMm)).toBeLessThan(0.3);
  }, 120_000);

  it('A0: an A0 page, names at least 9 mm high', async () => {
    const pdf = await exported('poster-a0');
    const size = pdfPageSize(pdf);
    expect(size.name).toBe('A0');
    expect(Math.max(size.width, size.height) * mmPerPoint).toBeCloseTo(1189, 0);
    expect(Math.min(size.width, size.height) * mmPerPoint).toBeCloseTo(841, 0);
    expect(capitalHeightMm(pdf, 'Mairie')).toBeGreaterThanOrEqual(minNameCapMm);
  }, 120_000);

  it('a map too dense for A1 is refused in French with what to do, and no file is written', async () => {
    const error = await core.call('workshop.export', { workshopId: crowdedId, format: 'poster-a1' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('validation');
    expect((error as ApiError).message).toMatch(/trop d’acteurs pour une affiche A1.*9 mm.*A0/);
  });

  it('the command line writes it with --format affiche (A1) and affiche-a0', async () => {
    core.close();
    try {
      const out: string[] = [];
      const run = (format: string, file: string) =>
        runCli(['export', workshopId, '--format', format, '--out', file, '--data-dir', dataDir], {
          out: (line) => out.push(line),
          err: (line) => out.push(line),
          env: { HOME: dir },
          cwd: dir,
        });
      expect(await run('affiche', 'affiche.pdf')).toBe(0);
      expect(pdfPageSize(join(dir, 'affiche.pdf')).name).toBe('A1');
      expect(await run('affiche-a0', 'affiche-a0.pdf')).toBe(0);
      expect(pdfPageSize(join(dir, 'affiche-a0.pdf')).name).toBe('A0');
      // Refused: nothing written under its name.
      expect(
        await runCli(['export', crowdedId, '--format', 'affiche', '--out', 'dense.pdf', '--data-dir', dataDir], {
          out: (line) => out.push(line),
          err: (line) => out.push(line),
          env: { HOME: dir },
          cwd: dir,
        }),
      ).toBe(1);
      expect(existsSync(join(dir, 'dense.pdf'))).toBe(false);
    } finally {
      core = createCore({ dataDir });
    }
  }, 180_000);
});
