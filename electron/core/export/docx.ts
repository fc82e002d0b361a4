import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { excusedText, formatDate, nbsp, notNoted, phoneContributorsSentence } from '../../../shared/synthese/french.js';
import type { CountRow, Synthese } from '../../../shared/synthese/model.js';
import { seriesChapterTables } from '../../../shared/synthese/series-chapter.js';
import { xmlSafe } from '../../../shared/text/escape.js';
import type { Png } from './png.js';

/** Room for the map on a landscape A4 page with default margins, in pixels at 96 dpi. */
const mapRoom = { width: 940, height: 540 };

/**
 * The zoom at which to draw the map for the document: twice the size it is shown at (sharp
 * in print), never more than 2× the picture. Drawing a large map at 2× of its own size would
 * make a PNG of tens of megapixels that Word then shrinks to one page.
 */
export function docxMapZoom(size: { width: number; height: number }): number {
  const shown = Math.min(mapRoom.width / size.width, mapRoom.height / size.height);
  return Math.min(2, 2 * shown);
}

/** Runs of one text, line breaks kept; characters XML forbids are dropped (docx escapes the rest). */
function runs(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: runs(text, options), spacing: { after: 120 } });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ children: runs(text), heading: level, keepNext: true });
const bullet = (text: string) => new Paragraph({ children: runs(text), bullet: { level: 0 } });

export function table(headers: readonly string[], rows: readonly string[][], numeric: readonly number[] = []): Table {
  const cellOf = (text: string, index: number, header: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          children: runs(text, { bold: header }),
          alignment: numeric.includes(index) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        }),
      ],
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8F1F8' } } : {}),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    // Cell padding once for the table rather than on each of a thousand cells.
    margins: { top: 40, bottom: 40, left: 90, right: 90 },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cellOf(h, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c, i) => cellOf(c, i, false)) })),
    ],
  });
}

function countTable(title: string, rows: readonly CountRow[]): Table {
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return table([title, 'Nombre'], [...rows.map((r) => [r.label, String(r.count)]), ['Total', String(total)]], [1]);
}

/**
 * A map picture as large as a landscape page allows, centred, with its text for screen readers;
 * `above` is the height the page's heading and sentences take, so that the picture stays on it.
 */
function picture(png: Png, name: string, description: string, above = 0): Paragraph {
  const scale = Math.min(mapRoom.width / png.width, (mapRoom.height - above) / png.height);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: png.data,
        transformation: { width: Math.round(png.width * scale), height: Math.round(png.height * scale) },
        altText: { name: xmlSafe(name), title: xmlSafe(name), description: xmlSafe(description) },
      }),
    ],
  });
}

/** A little space after a table, which Word otherwise glues to the next heading. */
const gap = () => new Paragraph({ children: [] });

/**
 * The summary as a Word document that opens in Word and LibreOffice and can be edited: real
 * headings (navigation pane, table of contents), real tables with repeated header rows, and
 * the map picture on a landscape page of its own.
 */
export async function syntheseToDocx(synthese: Synthese, map: Png, views: readonly Png[] = []): Promise<Uint8Array> {
  const { cover, actors, cooperations } = synthese;
  const first: (Paragraph | Table)[] = [
    para('Synthèse du diagnostic partagé', { italics: true }),
    heading(cover.title, HeadingLevel.TITLE),
  ];
  for (const [label, value] of [
    ['Territoire', cover.territory],
    ['Date', cover.dateText],
    ['Animé par', cover.facilitator],
    ['Objectif', cover.objective],
  ] as const) {
    if (value) first.push(new Paragraph({ children: [...runs(`${label}${nbsp}: `, { bold: true }), ...runs(value)] }));
  }
  first.push(heading('Participants', HeadingLevel.HEADING_1));
  if (cover.participants.length > 0) {
    first.push(
      table(
        ['Nom', 'Structure', 'Rôle'],
        cover.participants.map((p) => [p.name || notNoted, p.structure, p.role]),
      ),
      gap(),
    );
  } else first.push(para('Aucun participant n’a été saisi.', { italics: true }));
  if (cover.excused.length > 0) {
    first.push(
      new Paragraph({
        children: [...runs(`Excusés${nbsp}: `, { bold: true }), ...runs(cover.excused.map(excusedText).join(' ; '))],
      }),
    );
  }
  if (cover.structures.length > 0) {
    first.push(
      new Paragraph({
        children: [...runs(`Structures représentées${nbsp}: `, { bold: true }), ...runs(cover.structures.join(', '))],
      }),
    );
  }
  if (cover.phoneContributors > 0) first.push(para(phoneContributorsSentence(cover.phoneContributors)));
  first.push(heading('Chiffres clés', HeadingLevel.HEADING_1), ...synthese.keyFigures.sentences.map(bullet));
  if (synthese.series) {
    first.push(heading(synthese.series.title, HeadingLevel.HEADING_1), ...synthese.series.sentences.map(bullet));
    for (const t of seriesChapterTables(synthese.series)) {
      first.push(heading(`${t.title} (${t.rows.length})`, HeadingLevel.HEADING_2), table(t.headers, t.rows), gap());
    }
  }
  if (synthese.changes) {
    first.push(heading(synthese.changes.title, HeadingLevel.HEADING_1), ...synthese.changes.sentences.map(bullet));
  }

  const mapPage: Paragraph[] = [
    heading('Carte des coopérations', HeadingLevel.HEADING_1),
    picture(map, 'Carte des coopérations', `Carte des coopérations de l’atelier ${cover.title}, avec sa légende.`),
  ];
  // A landscape page per view chosen for the summary: its name, what it shows, its picture.
  const viewSections = synthese.viewPages.flatMap((page, i) => {
    const png = views[i];
    if (!png) return [];
    const children = [
      heading(page.title, HeadingLevel.HEADING_1),
      ...page.sentences.map(bullet),
      // About 110 characters to a line of a landscape page, 18 px a line and 6 between bullets.
      picture(
        png,
        page.title,
        `La carte vue par ${page.title}, avec sa légende.`,
        page.sentences.reduce((height, s) => height + 6 + 18 * Math.ceil(s.length / 110), 60),
      ),
    ];
    return [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }];
  });

  const rest: (Paragraph | Table)[] = [heading('Acteurs', HeadingLevel.HEADING_1)];
  if (actors.total === 0) rest.push(para('Aucun acteur sur la carte.', { italics: true }));
  else {
    rest.push(
      heading('Par catégorie', HeadingLevel.HEADING_2),
      countTable('Catégorie', actors.categoryCounts),
      heading('Par engagement', HeadingLevel.HEADING_2),
      countTable('Engagement', actors.engagementCounts),
    );
    for (const group of actors.byCategory) {
      rest.push(
        heading(`${group.category.label} (${group.actors.length})`, HeadingLevel.HEADING_3),
        table(
          ['Acteur', 'Engagement', 'Temps couverts', 'Représenté', 'Partenaires'],
          group.actors.map((a) => [a.label, a.engagement, a.times, a.represented ? 'oui' : 'non', String(a.partners)]),
          [4],
        ),
      );
    }
  }

  rest.push(heading('Coopérations', HeadingLevel.HEADING_1));
  if (cooperations.existingCount === 0)
    rest.push(para('Aucune coopération existante sur la carte.', { italics: true }));
  else {
    rest.push(
      heading('Par type', HeadingLevel.HEADING_2),
      countTable('Type', cooperations.byKind),
      heading('Par intensité', HeadingLevel.HEADING_2),
      countTable('Intensité', cooperations.byIntensity),
      heading('Par qualité', HeadingLevel.HEADING_2),
      countTable('Qualité', cooperations.byQuality),
      heading('Liste des coopérations', HeadingLevel.HEADING_2),
      table(
        ['Entre', 'Et', 'Type', 'Intensité', 'Qualité'],
        cooperations.rows.map((r) => [r.source, r.target, r.kind, r.intensity, r.quality]),
      ),
    );
  }

  rest.push(heading('Liens souhaités', HeadingLevel.HEADING_1));
  if (synthese.desiredLinks.length === 0) rest.push(para('Aucun lien souhaité n’a été dessiné.', { italics: true }));
  else {
    rest.push(
      table(
        ['Entre', 'Et', 'Type', 'Obstacle', 'Proposition'],
        synthese.desiredLinks.map((l) => [l.source, l.target, l.kind, l.obstacle, l.proposal]),
      ),
    );
  }

  rest.push(heading('Ce que le groupe a dit', HeadingLevel.HEADING_1));
  if (synthese.noteGroups.length === 0) rest.push(para('Aucune note.', { italics: true }));
  for (const group of synthese.noteGroups) {
    rest.push(heading(`${group.title} (${group.notes.length})`, HeadingLevel.HEADING_2));
    for (const note of group.notes) {
      const details = [note.about, note.votes > 0 ? `${note.votes} ${note.votes > 1 ? 'votes' : 'vote'}` : '']
        .filter(Boolean)
        .join(' · ');
      rest.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [...runs(note.text), ...(details ? runs(` (${details})`, { italics: true }) : [])],
        }),
      );
    }
  }

  rest.push(heading('Plan d’action', HeadingLevel.HEADING_1));
  if (synthese.actionPlan.length === 0) rest.push(para('Aucune piste d’action.', { italics: true }));
  else {
    rest.push(
      table(
        ['Piste d’action', 'Portée par', 'Votes', 'Priorité'],
        synthese.actionPlan.map((a) => [a.text, a.owners.join(', '), String(a.votes), a.priorityLabel]),
        [2],
      ),
    );
  }
  const producedOn = formatDate(cover.generatedAt);
  rest.push(gap(), para(`Synthèse produite avec Maillage${producedOn ? ` le ${producedOn}` : ''}.`, { italics: true }));

  const document = new Document({
    creator: 'Maillage',
    title: xmlSafe(`Synthèse — ${cover.title}`),
    description: 'Synthèse du diagnostic partagé',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: 'fr-FR' } } },
        heading1: {
          run: { size: 32, bold: true, color: '1F4E79' },
          paragraph: { spacing: { before: 360, after: 160 } },
        },
        heading2: {
          run: { size: 26, bold: true, color: '1F4E79' },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: { run: { size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 100 } } },
      },
    },
    sections: [
      { children: first },
      { properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children: mapPage },
      ...viewSections,
      { children: rest },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
