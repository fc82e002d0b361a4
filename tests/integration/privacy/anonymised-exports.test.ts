// An anonymised export, format by format: no name, contact or remark of the source anywhere in
// its bytes — DOCX entries decompressed, PDF text read by pdftotext and its raw streams inflated.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run-cli.js';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { type ExportFormat, exportFormats } from '../../../shared/api/export-formats.js';
import { atelierNominatif } from '../../support/atelier-nominatif.js';
import { textsIn } from '../../support/byte-scan.js';
import { loadAtelier } from '../../support/load-atelier.js';
import { pdfText, squash } from '../../support/readers.js';

const nominatif = atelierNominatif();
const { secrets } = nominatif;
let dir: string;
let core: Core;
let workshopId: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-anonyme-'));
  core = createCore({ dataDir: join(dir, 'donnees') });
  // The first version holds a person who left the map since: the summary's « ce qui a changé » names him.
  workshopId = loadAtelier(core, { workshop: nominatif.workshop, map: nominatif.firstVersion });
  core.call('snapshot.take', { workshopId, name: 'Version avant la rentrée' });
  core.call('map.apply', { workshopId, origin: 'test', ops: [{ type: 'actor.remove', id: 'kevin' }] });
});

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exported(format: ExportFormat, anonymise: boolean): Promise<{ bytes: Buffer; path: string }> {
  const file = await core.call('workshop.export', { workshopId, format, anonymise });
  const bytes = Buffer.from(file.base64, 'base64');
  const path = join(dir, `${anonymise ? 'anonyme' : 'complet'}-${file.fileName}`);
  writeFileSync(path, bytes);
  return { bytes, path };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of XML or HTML with its character references decoded, so that « &#233; » reads « é ». */
function decoded(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/** Every entry of a zip (DOCX), decompressed by Python's zipfile, one after the other. */
function unzipped(path: string): Buffer {
  return execFileSync(
    'python3',
    [
      '-c',
      'import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist(): sys.stdout.buffer.write(z.read(n))',
      path,
    ],
    { maxBuffer: 200 * 1024 * 1024 },
  );
}

/** A PDF's raw streams inflated, and its UTF-16 hex strings (metadata) decoded. */
function pdfInsides(bytes: Buffer): Buffer {
  const parts: Buffer[] = [bytes];
  const raw = bytes.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      parts.push(inflateSync(bytes.subarray(start, end)));
    } catch {
      // Not deflated (an image, a font subset): already scanned in the raw bytes.
    }
  }
  for (const match of raw.matchAll(/<FEFF([0-9A-Fa-f]+)>/g)) {
    const hex = Buffer.from(match[1] ?? '', 'hex');
    parts.push(Buffer.from(hex.swap16().toString('utf16le'), 'utf8'));
  }
  return Buffer.concat(parts);
}

const isPdf = (format: ExportFormat) => format === 'pdf' || format.startsWith('poster');

/** Every form the bytes of one format can hide a text in. */
function readable(format: ExportFormat, bytes: Buffer, path: string): Buffer[] {
  if (format === 'docx') {
    const xml = unzipped(path);
    return [bytes, xml, Buffer.from(decoded(xml.toString('utf8')))];
  }
  if (isPdf(format)) return [pdfInsides(bytes), Buffer.from(pdfText(path))];
  return [bytes, Buffer.from(decoded(bytes.toString('utf8')))];
}

function leaks(format: ExportFormat, bytes: Buffer, path: string): string[] {
  const forms = readable(format, bytes, path);
  // pdftotext's text is squashed (no spaces): secrets are looked for squashed there too.
  const wanted = isPdf(format) ? [...secrets, ...secrets.map(squash)] : secrets;
  return [...new Set(forms.flatMap((form) => textsIn(form, wanted).map((hit) => hit.text)))];
}

// Every format the contract knows: one added later is checked without touching this file.
const formats = exportFormats;

/** What an anonymised file still shows: structures, and people under their pseudonym. */
const kept: Partial<Record<ExportFormat, string[]>> = {
  docx: ['Centre social Agora', 'Parent 1', 'Parent 5'],
  pdf: ['CentresocialAgora', 'Parent1'],
  html: ['Centre social Agora', 'Parent 1', 'Parent 5', 'Bénévole 3'],
  svg: ['Centre social Agora', 'Parent 1'],
  'poster-a1': ['CentresocialAgora', 'Parent1'],
  'poster-a0': ['CentresocialAgora', 'Parent1'],
  'csv-actors': ['Centre social Agora', 'Parent 1', 'Professionnel 4'],
  'csv-links': ['Centre social Agora', 'Parent 2', 'Que Bénévole 3 accompagne les familles'],
  graphml: ['Centre social Agora', 'Parent 1'],
  gexf: ['Centre social Agora', 'Parent 1'],
  canvas: ['Centre social Agora', 'Parent 1'],
  maillage: ['Centre social Agora', 'Parent 1', 'Participant 2'],
};

describe.each(formats)('anonymised %s', (format) => {
  it('holds no name, contact or remark of the source, in any of its bytes', async () => {
    const { bytes, path } = await exported(format, true);
    expect(bytes.length).toBeGreaterThan(100);
    expect(leaks(format, bytes, path)).toEqual([]);
    const shown = readable(format, bytes, path);
    for (const text of kept[format] ?? []) {
      expect(
        shown.some((form) => form.includes(Buffer.from(text))),
        `${format} garde « ${text} »`,
      ).toBe(true);
    }
  });
});

describe('the same exports without anonymising', () => {
  it('do hold the names (the scan finds what is there)', async () => {
    for (const format of ['docx', 'pdf', 'csv-actors', 'maillage'] as const) {
      const { bytes, path } = await exported(format, false);
      expect(leaks(format, bytes, path).length, format).toBeGreaterThan(5);
    }
  });
});

describe('maillage export --anonymiser', () => {
  it('writes both CSV files anonymised, named as such', async () => {
    const out: string[] = [];
    const code = await runCli(
      [
        'export',
        workshopId,
        '--format',
        'csv',
        '--out',
        join(dir, 'cli.csv'),
        '--anonymiser',
        '--data-dir',
        join(dir, 'donnees'),
      ],
      { out: (line) => out.push(line), err: (line) => out.push(line), env: { HOME: dir }, cwd: dir },
    );
    expect([code, out]).toEqual([0, [join(dir, 'cli.csv'), join(dir, 'cli-liens.csv')]]);
    for (const name of ['cli.csv', 'cli-liens.csv']) {
      const bytes = readFileSync(join(dir, name));
      expect(textsIn(bytes, secrets)).toEqual([]);
      expect(bytes.toString('utf8')).toContain('Centre social Agora');
    }
  });

  it('is refused with a value, like any switch', async () => {
    const err: string[] = [];
    const code = await runCli(['export', workshopId, '--format', 'csv', '--out', 'x.csv', '--anonymiser=oui'], {
      out: () => undefined,
      err: (line) => err.push(line),
      env: { HOME: dir },
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/--anonymiser ne prend pas de valeur/);
  });
});
