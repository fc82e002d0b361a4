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
