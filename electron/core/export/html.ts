import { createHash } from 'node:crypto';
import { excusedText, formatDate, nbsp, notNoted, phoneContributorsSentence } from '../../../shared/synthese/french.js';
import type { CountRow, Synthese } from '../../../shared/synthese/model.js';
import { seriesChapterTables } from '../../../shared/synthese/series-chapter.js';
import { escapeXml as esc } from '../../../shared/text/escape.js';

/** Print and screen styles of the summary: one sheet, inline, allowed by its hash in the CSP. */
const styles = `
@page { size: A4; margin: 16mm 14mm; }
:root { color: #1a1a1a; font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 11pt; line-height: 1.4; }
body { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.6rem; border-bottom: 2px solid #0072b2; padding-bottom: 0.2rem; break-after: avoid; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 0.4rem; break-after: avoid; }
.surtitre { text-transform: uppercase; letter-spacing: 0.08em; color: #555; margin: 0; }
dl.fiche { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.fiche dt { font-weight: bold; }
dl.fiche dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 1rem; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #b5b5b5; padding: 0.25rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #e8f1f8; }
td.nombre, th.nombre { text-align: right; }
figure { margin: 0.5rem 0; }
figure svg, figure img { width: 100%; height: auto; max-height: 240mm; border: 1px solid #ccc; }
figcaption { font-size: 0.9rem; color: #555; }
ul.chiffres li { margin-bottom: 0.3rem; }
.vide { color: #555; font-style: italic; }
.apropos { font-size: 0.85rem; color: #555; margin-top: 2rem; }
@page carte { size: A4 landscape; }
@media print { body { padding: 0; max-width: none; } .carte { page: carte; } figure svg, figure img { max-height: 165mm; } }
`;

const styleHash = createHash('sha256').update(styles).digest('base64');

/** The summary's CSP: nothing may load or run; only its own stylesheet and data: images. */
export const summaryCsp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'`;

const cell = (text: string | number, className = '') =>
  `<td${className ? ` class="${className}"` : ''}>${esc(String(text))}</td>`;

export function tableOf(
  headers: readonly string[],
  rows: readonly string[][],
  numeric: readonly number[] = [],
): string {
  const head = headers
    .map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="nombre"' : ''}>${esc(h)}</th>`)
    .join('');
  const body = rows
    .map((row) => `<tr>${row.map((c, i) => cell(c, numeric.includes(i) ? 'nombre' : '')).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function countTable(title: string, rows: readonly CountRow[]): string {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return tableOf([title, 'Nombre'], [...rows.map((r) => [r.label, String(r.count)]), ['Total', String(total)]], [1]);
}

const empty = (text: string) => `<p class="vide">${esc(text)}</p>`;

/**
 * How the pictures go into the page: inline SVG in the HTML file; for paper, SVG images (data:
 * URLs, which the CSP allows). Chromium prints an SVG image's text as text, but lays out an
 * inline SVG again at each of its print passes: for 120 actors the map made half of a warm PDF's
 * layout, and printing it as an image took a warm PDF from 730 to 620 ms (median of 15 prints
 * each, alternated in one run).
 */
export type SummaryPictures = 'inline' | 'images';

function picture(svg: string, alt: string, as: SummaryPictures): string {
  if (as === 'inline') return svg;
  // Without ligatures, as inline: a name's « fi » stays two letters that a PDF search finds.
  const image = svg.replace('<svg ', '<svg style="font-variant-ligatures: none" ');
  return `<img src="data:image/svg+xml;base64,${Buffer.from(image, 'utf8').toString('base64')}" alt="${esc(alt)}">`;
}

/**
 * The summary as one self-contained HTML page: inline CSS allowed by hash, a CSP that forbids
 * scripts and every load, every string escaped, and the map as SVG (with its legend). The same
 * page, with its pictures as images, is printed to PDF.
 */
export function syntheseToHtml(
  synthese: Synthese,
  mapSvg: string,
  viewSvgs: readonly string[] = [],
  pictures: SummaryPictures = 'inline',
): string {
  const { cover, actors, cooperations, keyFigures } = synthese;
  const fiche: [string, string][] = [
    ['Territoire', cover.territory],
    ['Date', cover.dateText],
    ['Animé par', cover.facilitator],
    ['Objectif', cover.objective],
  ].filter((entry): entry is [string, string] => entry[1] !== '');
  const parts: string[] = [];

  parts.push(
    '<header>',
    '<p class="surtitre">Synthèse du diagnostic partagé</p>',
    `<h1>${esc(cover.title)}</h1>`,
    fiche.length > 0
      ? `<dl class="fiche">${fiche.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`
      : '',
    '<h2>Participants</h2>',
    cover.participants.length > 0
      ? tableOf(
          ['Nom', 'Structure', 'Rôle'],
          cover.participants.map((p) => [p.name || notNoted, p.structure, p.role]),
        )
      : empty('Aucun participant n’a été saisi.'),
    cover.excused.length > 0
      ? `<p><strong>Excusés${nbsp}:</strong> ${esc(cover.excused.map(excusedText).join(' ; '))}</p>`
      : '',
    cover.structures.length > 0
      ? `<p><strong>Structures représentées${nbsp}:</strong> ${esc(cover.structures.join(', '))}</p>`
      : '',
    cover.phoneContributors > 0 ? `<p>${esc(phoneContributorsSentence(cover.phoneContributors))}</p>` : '',
    '</header>',
  );

  parts.push(
    '<section><h2>Chiffres clés</h2>',
    `<ul class="chiffres">${keyFigures.sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>`,
  );

  if (synthese.series) {
    parts.push(
      `<section class="suivi"><h2>${esc(synthese.series.title)}</h2>`,
      `<ul class="chiffres">${synthese.series.sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`,
      ...seriesChapterTables(synthese.series).map(
        (t) => `<h3>${esc(t.title)} (${t.rows.length})</h3>${tableOf(t.headers, t.rows)}`,
      ),
      '</section>',
    );
  }

  if (synthese.changes) {
    parts.push(
      `<section><h2>${esc(synthese.changes.title)}</h2>`,
      `<ul>${synthese.changes.sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>`,
    );
  }

  parts.push(
    '<section class="carte"><h2>Carte des coopérations</h2>',
    `<figure>${picture(mapSvg, 'Carte des coopérations', pictures)}<figcaption>La carte telle qu’elle a été dessinée en atelier, avec sa légende.</figcaption></figure></section>`,
  );
  synthese.viewPages.forEach((page, i) => {
    const svg = viewSvgs[i];
    if (!svg) return;
    parts.push(
      `<section class="carte vue"><h2>${esc(page.title)}</h2>`,
      `<ul>${page.sentences.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`,
      `<figure>${picture(svg, `La carte vue par ${page.title}`, pictures)}<figcaption>${esc(`La carte vue par ${page.title}, avec sa légende.`)}</figcaption></figure></section>`,
    );
  });

  parts.push('<section><h2>Acteurs</h2>');
  if (actors.total === 0) parts.push(empty('Aucun acteur sur la carte.'));
  else {
    parts.push(
      '<h3>Par catégorie</h3>',
      countTable('Catégorie', actors.categoryCounts),
      '<h3>Par engagement</h3>',
      countTable('Engagement', actors.engagementCounts),
    );
    for (const group of actors.byCategory) {
      parts.push(
        `<h3>${esc(group.category.label)} (${group.actors.length})</h3>`,
        tableOf(
          ['Acteur', 'Engagement', 'Temps couverts', 'Représenté', 'Partenaires'],
          group.actors.map((a) => [a.label, a.engagement, a.times, a.represented ? 'oui' : 'non', String(a.partners)]),
          [4],
        ),
      );
    }
  }
  parts.push('</section>');

  parts.push('<section><h2>Coopérations</h2>');
  if (cooperations.existingCount === 0) parts.push(empty('Aucune coopération existante sur la carte.'));
  else {
    parts.push(
      '<h3>Par type</h3>',
      countTable('Type', cooperations.byKind),
      '<h3>Par intensité</h3>',
      countTable('Intensité', cooperations.byIntensity),
      '<h3>Par qualité</h3>',
      countTable('Qualité', cooperations.byQuality),
      '<h3>Liste des coopérations</h3>',
      tableOf(
        ['Entre', 'Et', 'Type', 'Intensité', 'Qualité'],
        cooperations.rows.map((r) => [r.source, r.target, r.kind, r.intensity, r.quality]),
      ),
    );
  }
  parts.push('</section>');

  parts.push('<section><h2>Liens souhaités</h2>');
  parts.push(
    synthese.desiredLinks.length === 0
      ? empty('Aucun lien souhaité n’a été dessiné.')
      : tableOf(
          ['Entre', 'Et', 'Type', 'Obstacle', 'Proposition'],
          synthese.desiredLinks.map((l) => [l.source, l.target, l.kind, l.obstacle, l.proposal]),
        ),
  );
  parts.push('</section>');

  parts.push('<section><h2>Ce que le groupe a dit</h2>');
  if (synthese.noteGroups.length === 0) parts.push(empty('Aucune note.'));
  for (const group of synthese.noteGroups) {
    parts.push(
      `<h3>${esc(group.title)} (${group.notes.length})</h3><ul>`,
      ...group.notes.map((n) => {
        const details = [n.about, n.votes > 0 ? `${n.votes} ${n.votes > 1 ? 'votes' : 'vote'}` : '']
          .filter(Boolean)
          .join(' · ');
        return `<li>${esc(n.text)}${details ? ` <small>(${esc(details)})</small>` : ''}</li>`;
      }),
      '</ul>',
    );
  }
  parts.push('</section>');

  parts.push('<section><h2>Plan d’action</h2>');
  parts.push(
    synthese.actionPlan.length === 0
      ? empty('Aucune piste d’action.')
      : tableOf(
          ['Piste d’action', 'Portée par', 'Votes', 'Priorité'],
          synthese.actionPlan.map((a) => [a.text, a.owners.join(', '), String(a.votes), a.priorityLabel]),
          [2],
        ),
  );
  parts.push('</section>');

  const producedOn = formatDate(cover.generatedAt);
  parts.push(
    `<p class="apropos">${esc(`Synthèse produite avec Maillage${producedOn ? ` le ${producedOn}` : ''}.`)}</p>`,
  );

  return [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(summaryCsp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(`Synthèse — ${cover.title}`)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    `<body>${parts.join('\n')}</body>`,
    '</html>',
    '',
  ].join('\n');
}
