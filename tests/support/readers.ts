import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** The real programs that read exported files (Debian packages; .ci/run installs them). */
function need(command: string, debianPackage: string): string {
  for (const dir of ['/usr/bin', '/usr/local/bin']) {
    if (existsSync(join(dir, command))) return join(dir, command);
  }
  throw new Error(
    `${command} est introuvable : installez le paquet Debian « ${debianPackage} » (sudo apt-get install -y ${debianPackage}).`,
  );
}

/**
 * Text of a PDF in content order without any whitespace: a name wrapped inside a table cell, or
 * a no-break space a reader drops, still reads whole. Compare with squash(expected).
 */
export function pdfText(pdf: string): string {
  const text = execFileSync(need('pdftotext', 'poppler-utils'), ['-raw', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
  });
  return squash(text);
}

export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, '');
}

/** LibreOffice converts a document to PDF, as a participant opening the file would; returns the PDF's path. */
export function libreOfficeToPdf(document: string, outDir: string): string {
  // A profile of its own: a second LibreOffice (or a user's) would otherwise lock it.
  const profile = mkdtempSync(join(tmpdir(), 'maillage-lo-'));
  try {
    execFileSync(
      need('soffice', 'libreoffice-writer'),
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, document],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, `${basename(document).replace(/\.[^.]+$/, '')}.pdf`);
}

/** networkx reads a GraphML or GEXF file; the script's JSON answer describes the graph it got. */
export function networkxRead(
  file: string,
  reader: 'read_graphml' | 'read_gexf',
): {
  nodes: number;
  edges: number;
  multigraph: boolean;
  nodeData: Record<string, Record<string, unknown>>;
  edgeData: Record<string, unknown>[];
} {
  const python = need('python3', 'python3-networkx');
  const script = `
import json, sys
import networkx as nx
g = nx.${reader}(sys.argv[1])
edges = [dict(d) for _, _, d in g.edges(data=True)]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "multigraph": g.is_multigraph(),
  "nodeData": {str(n): dict(d) for n, d in g.nodes(data=True)}, "edgeData": edges}, ensure_ascii=False, default=str))
`;
  return JSON.parse(execFileSync(python, ['-c', script, file], { encoding: 'utf8' }));
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** pdfinfo's « Page size » line of a PDF: width and height in points, and the paper's name if it knows it. */
export function pdfPageSize(pdf: string): { width: number; height: number; name: string } {
  const info = execFileSync(need('pdfinfo', 'poppler-utils'), [pdf], { encoding: 'utf8' });
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/.exec(info);
  if (!match) throw new Error(`pdfinfo ne donne pas la taille de page :\n${info}`);
  return { width: Number(match[1]), height: Number(match[2]), name: match[3] ?? '' };
}

/** Each word of the first page with its box in points (pdftotext -bbox), top-left origin. */
export function pdfWords(pdf: string): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync(need('pdftotext', 'poppler-utils'), ['-bbox', '-f', '1', '-l', '1', pdf, '-'], {
    encoding: 'utf8',
  });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '' }));
}

/**
 * A region of the first page drawn by pdftoppm in grey levels at `dpi` (a real rasteriser, as a
 * printer would), as rows of 0–255 values. The region is given in points.
 */
export function pdfGreyRegion(
  pdf: string,
  region: { x: number; y: number; width: number; height: number },
  dpi: number,
): number[][] {
  const px = (pt: number) => Math.round((pt / 72) * dpi);
  const out = mkdtempSync(join(tmpdir(), 'maillage-raster-'));
  try {
    const stem = join(out, 'region');
    execFileSync(need('pdftoppm', 'poppler-utils'), [
      '-gray',
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-x',
      String(px(region.x)),
      '-y',
      String(px(region.y)),
      '-W',
      String(px(region.width)),
      '-H',
      String(px(region.height)),
      '-singlefile',
      pdf,
      stem,
    ]);
    const bytes = readFileSync(`${stem}.pgm`);
    // Binary PGM: « P5 width height maxval » then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm n’a pas écrit une image PGM lisible');
    const [whole, w, h] = header;
    const width = Number(w);
    const start = whole.length;
    return Array.from({ length: Number(h) }, (_, row) => [
      ...bytes.subarray(start + row * width, start + (row + 1) * width),
    ]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
