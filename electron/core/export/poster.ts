import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { MapState, Workshop } from '../../../shared/domain/model.js';
import { legendSvg, legendWidth } from '../../../shared/map-picture/legend.js';
import {
  minNameCapMm,
  type PosterLayout,
  type PosterSize,
  posterLayout,
} from '../../../shared/poster/poster-layout.js';
import { agree, formatDate, formatNumber } from '../../../shared/synthese/french.js';
import { keyFiguresOf } from '../../../shared/synthese/key-figures.js';
import { escapeXml as esc } from '../../../shared/text/escape.js';
import { fontFilesIn } from './fonts.js';

/** Key sentences on the poster, after the three numbers: who is most linked, who bridges, who is alone. */
const posterSentences = 3;

const mm = (value: number) => `${Math.round(value * 100) / 100}mm`;
/** A block's place on the page, as a rule of the stylesheet (the CSP allows no style attribute). */
const placeRule = (selector: string, r: { x: number; y: number; width: number; height: number }) =>
  `${selector}{left:${mm(r.x)};top:${mm(r.y)};width:${mm(r.width)};height:${mm(r.height)}}`;

/**
 * The bundled fonts inside the page, so that the names are drawn with the font the layout
 * measured (DejaVu Sans) on every machine, whatever fonts it has: their height on paper is a
 * promise (minNameCapMm).
 */
function embeddedFonts(fontDir: string): string {
  return fontFilesIn(fontDir)
    .map((path) => {
      const weight = basename(path).includes('Bold') ? 700 : 400;
      const data = readFileSync(path).toString('base64');
      return `@font-face{font-family:'DejaVu Sans';font-weight:${weight};font-style:normal;src:url(data:font/ttf;base64,${data}) format('truetype');}`;
    })
    .join('');
}

function tooDense(size: PosterSize): ApiError {
  const advice =
    size === 'A1'
      ? 'choisissez l’affiche A0, ou donnez un nom court aux acteurs dont le nom est long'
      : 'donnez un nom court aux acteurs dont le nom est long, ou exportez la carte en SVG pour la faire imprimer à la taille voulue';
  return new ApiError({
    code: 'validation',
    message: `La carte a trop d’acteurs pour une affiche ${size} où chaque nom fait au moins ${minNameCapMm} mm de haut : ${advice}. Aucun fichier n’a été produit.`,
  });
}

export interface PosterInput {
  workshop: Workshop;
  map: MapState;
  size: PosterSize;
  fontDir: string;
  /** ISO time of the export. */
  generatedAt: string;
}

/** The poster's page (HTML, printed to PDF by the PdfPrinter) and its layout, for tests to measure. */
export function posterHtml(input: PosterInput): { html: string; layout: PosterLayout } {
  const placed = posterLayout(input.map, input.size);
  if (!placed.ok) throw tooDense(input.size);
  const { layout } = placed;
  const { workshop, map } = input;
  const u = (value: number) => mm(value * layout.unit);
  const figures = keyFiguresOf(map);
  const existing = map.links.filter((l) => l.status === 'existing').length;
  const desired = map.links.length - existing;
  const numbers: [string, string][] = [
    [formatNumber(map.actors.length), agree(map.actors.length, 'acteur', 'acteurs')],
    [formatNumber(existing), agree(existing, 'coopération', 'coopérations')],
    [formatNumber(desired), agree(desired, 'lien souhaité', 'liens souhaités')],
  ];
  const legend = legendSvg(map, 0, 0);
  const subtitle = [workshop.territory, formatDate(workshop.date), 'Carte des coopérations']
    .filter(Boolean)
    .join(' · ');
  const producedOn = formatDate(input.generatedAt);

  const footerHeight = 6 * layout.unit;
  const styles = [
    embeddedFonts(input.fontDir),
    `@page{size:${mm(layout.page.width)} ${mm(layout.page.height)};margin:0}`,
    `html,body{margin:0;padding:0}`,
    `body{width:${mm(layout.page.width)};height:${mm(layout.page.height)};position:relative;overflow:hidden;font-family:'DejaVu Sans',sans-serif;color:#1a1a1a;background:#fff}`,
    `.bloc{position:absolute;box-sizing:border-box}`,
    `h1{font-size:${u(14)};line-height:1.1;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}`,
    `.sous-titre{font-size:${u(7)};margin:${u(2)} 0 0;color:#3a414a}`,
    `.carte svg{display:block;width:100%;height:100%}`,
    `.cote{display:flex;flex-direction:column;gap:${u(4)}}`,
    layout.orientation === 'portrait' ? `.cote{flex-direction:row}.cote>*{flex:1 1 0;min-width:0}` : '',
    `h2{font-size:${u(7.5)};margin:0 0 ${u(2)};border-bottom:${u(0.8)} solid #0072b2}`,
    `.chiffres{display:flex;gap:${u(6)};margin:0 0 ${u(3)}}`,
    `.chiffre strong{display:block;font-size:${u(17)};line-height:1}`,
    `.chiffre span{font-size:${u(6)}}`,
    `ul{margin:0;padding-left:${u(6)};font-size:${u(6)};line-height:1.3}`,
    `li{margin-bottom:${u(1.5)}}`,
    `.legende{flex:1 1 0;min-height:0}`,
    `.legende svg{width:100%;height:100%}`,
    `dl{font-size:${u(5.5)};margin:0;display:grid;grid-template-columns:max-content 1fr;gap:${u(1)} ${u(3)}}`,
    `dt{font-weight:700}dd{margin:0}`,
    `.pied{font-size:${u(4)};color:#3a414a;margin:0}`,
    placeRule('.entete', layout.header),
    placeRule('.carte', layout.mapBox),
    placeRule('.cote', { ...layout.side, height: layout.side.height - footerHeight }),
    placeRule('.pied', {
      ...layout.side,
      y: layout.side.y + layout.side.height - footerHeight + layout.unit,
      height: footerHeight,
    }),
  ].join('');
  const csp = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(styles).digest('base64')}'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'`;

  const side = [
    '<section>',
    '<h2>Chiffres clés</h2>',
    `<div class="chiffres">${numbers.map(([n, label]) => `<p class="chiffre"><strong>${n}</strong><span>${esc(label)}</span></p>`).join('')}</div>`,
    `<ul>${figures.sentences
      .slice(1, 1 + posterSentences)
      .map((s) => `<li>${esc(s)}</li>`)
      .join('')}</ul>`,
    layout.shortNames.length > 0
      ? `<h2>Noms courts</h2><dl>${layout.shortNames.map((n) => `<dt>${esc(n.short)}</dt><dd>${esc(n.full)}</dd>`).join('')}</dl>`
      : '',
    '</section>',
    `<div class="legende"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${legendWidth} ${Math.ceil(legend.height)}" preserveAspectRatio="xMinYMin meet" font-family="'DejaVu Sans', sans-serif" role="img" aria-label="Légende">${legend.svg}</svg></div>`,
  ].join('');

  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${esc(`Affiche — ${workshop.title}`)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    `<header class="bloc entete"><h1>${esc(workshop.title)}</h1><p class="sous-titre">${esc(subtitle)}</p></header>`,
    `<div class="bloc carte">${layout.picture.svg}</div>`,
    `<aside class="bloc cote">${side}</aside>`,
    `<p class="bloc pied">${esc(`Carte dessinée en atelier avec Maillage${producedOn ? ` · affiche du ${producedOn}` : ''}.`)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { html, layout };
}
