import { createHash } from 'node:crypto';
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ClubDigest } from '../../../shared/club/club-digest.js';
import { escapeXml as esc, xmlSafe } from '../../../shared/text/escape.js';
import { table as csvTable } from '../export/csv.js';
import { table as docxTable } from '../export/docx.js';
import { tableOf } from '../export/html.js';

const noTrajectory = 'Aucun territoire n’a encore été diagnostiqué deux fois sur cette période.';

/** The digest as a Word document (landscape: the figures table is wide). */
export async function clubDigestToDocx(digest: ClubDigest): Promise<Uint8Array> {
  const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
    new Paragraph({ children: [new TextRun({ text: xmlSafe(value), ...options })], spacing: { after: 120 } });
  const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ children: [new TextRun(xmlSafe(value))], heading: level, keepNext: true });
  const children = [
    heading(digest.title, HeadingLevel.TITLE),
    text(digest.period, { italics: true }),
    heading('Chiffres clés par territoire', HeadingLevel.HEADING_1),
    digest.figures.rows.length > 0
      ? docxTable(digest.figures.headers, digest.figures.rows, digest.figures.numeric)
      : text('Aucun atelier sur cette période.', { italics: true }),
    heading('Trajectoires des territoires', HeadingLevel.HEADING_1),
    digest.trajectories.rows.length > 0
      ? docxTable(digest.trajectories.headers, digest.trajectories.rows, digest.trajectories.numeric)
      : text(noTrajectory, { italics: true }),
    heading('Coopérations les plus souvent manquantes', HeadingLevel.HEADING_1),
    digest.missing.rows.length > 0
      ? docxTable(digest.missing.headers, digest.missing.rows, [3])
      : text('Aucun lien souhaité n’a été dessiné.', { italics: true }),
    heading('Pratiques inspirantes', HeadingLevel.HEADING_1),
    ...(digest.practices.length > 0
      ? digest.practices.flatMap((p) => [
          text(`${p.territory}${p.date ? ` · ${p.date}` : ''}${p.actors ? ` · ${p.actors}` : ''}`, { bold: true }),
          text(p.text),
        ])
      : [text('Aucune pratique inspirante n’a été notée.', { italics: true })]),
  ];
  const document = new Document({
    creator: 'Maillage',
    title: xmlSafe(digest.title),
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const styles = `
@page { size: A4 landscape; margin: 14mm; }
:root { color: #1a1a1a; font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 1.6rem; margin: 0 0 0.3rem; }
h2 { font-size: 1.2rem; margin: 1.4rem 0 0.5rem; border-bottom: 2px solid #0072b2; break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 0.3rem 0 0.8rem; }
thead { display: table-header-group; }
tr, li { break-inside: avoid; }
th, td { border: 1px solid #b5b5b5; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #e8f1f8; }
td.nombre, th.nombre { text-align: right; }
.periode, .vide { color: #555; font-style: italic; }
li { margin-bottom: 0.4rem; }
`;
const csp = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(styles).digest('base64')}'; base-uri 'none'; form-action 'none'`;

/** The digest as a self-contained page (nothing loads, nothing runs), printed to PDF. */
export function clubDigestToHtml(digest: ClubDigest): string {
  const empty = (value: string) => `<p class="vide">${esc(value)}</p>`;
  const practices = digest.practices
    .map(
      (p) =>
        `<li><strong>${esc([p.territory, p.date, p.actors].filter(Boolean).join(' · '))}</strong><br>${esc(p.text)}</li>`,
    )
    .join('');
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    `<title>${esc(digest.title)}</title><style>${styles}</style></head><body>`,
    `<h1>${esc(digest.title)}</h1><p class="periode">${esc(digest.period)}</p>`,
    '<h2>Chiffres clés par territoire</h2>',
    digest.figures.rows.length > 0
      ? tableOf(digest.figures.headers, digest.figures.rows, digest.figures.numeric)
      : empty('Aucun atelier sur cette période.'),
    '<h2>Trajectoires des territoires</h2>',
    digest.trajectories.rows.length > 0
      ? tableOf(digest.trajectories.headers, digest.trajectories.rows, digest.trajectories.numeric)
      : empty(noTrajectory),
    '<h2>Coopérations les plus souvent manquantes</h2>',
    digest.missing.rows.length > 0
      ? tableOf(digest.missing.headers, digest.missing.rows, [3])
      : empty('Aucun lien souhaité n’a été dessiné.'),
    '<h2>Pratiques inspirantes</h2>',
    practices ? `<ul>${practices}</ul>` : empty('Aucune pratique inspirante n’a été notée.'),
    '</body></html>',
  ].join('');
}

/**
 * The figures as CSV for a spreadsheet: one row per territory, then (after an empty line) one row
 * per territory and category. `;`, a BOM and inert cells, as every CSV of Maillage (export/csv.ts).
 */
export function clubFiguresCsv(digest: ClubDigest): string {
  const wide = csvTable(digest.figures.headers, digest.figures.rows, {});
  const long = csvTable(digest.byCategory.headers, digest.byCategory.rows, { bom: false });
  return `${wide}\r\n${long}`;
}
