import type { ExportedFile, ExportFormat } from '../../../shared/api/export-formats.js';
import type { MapState, Workshop } from '../../../shared/domain/model.js';
import { representedActorIds } from '../../../shared/domain/participants.js';
import { writeMaillageFile } from '../../../shared/exchange/maillage-write.js';
import { type MapPicture, mapToSvg } from '../../../shared/map-picture/map-svg.js';
import { forPaper } from '../../../shared/map-picture/paper.js';
import { anonymise, type ExportSource } from '../../../shared/privacy/anonymise.js';
import { buildSynthese } from '../../../shared/synthese/build-synthese.js';
import type { VersionOfMap } from '../../../shared/synthese/changes.js';
import type { SeriesReference } from '../../../shared/synthese/series-chapter.js';
import { mapToCanvas } from './canvas.js';
import { actorsCsv, linksCsv } from './csv.js';
import { docxMapZoom, syntheseToDocx } from './docx.js';
import { fileStem } from './file-name.js';
import { mapToGexf } from './gexf.js';
import { mapToGraphml } from './graphml.js';
import { syntheseToHtml } from './html.js';
import type { PdfPrinter } from './pdf.js';
import { svgToPng } from './png.js';
import { posterHtml } from './poster.js';
import { viewPictures } from './view-pictures.js';

export interface ExporterDeps {
  /** The workshop and its map as they are now (read once, before any slow work). */
  read: (workshopId: string) => {
    workshop: Workshop;
    map: MapState;
    versions?: readonly VersionOfMap[];
    /** The territory's first diagnostic, when this workshop is a later one of its series. */
    series?: SeriesReference;
    /** People who contributed from their phones (the room). */
    contributors?: number;
  };
  printPdf: PdfPrinter;
  fontDir: string;
  /** ISO time of the export. */
  now: () => string;
  appVersion: string;
}

interface Produced {
  suffix: string;
  extension: string;
  mimeType: string;
  bytes: Uint8Array | string;
}

const mime = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  canvas: 'application/json',
  maillage: 'application/x-maillage',
} as const;

export interface ExportOptions {
  /** People's names, contacts and remarks removed (shared/privacy/anonymise.ts): for sharing. */
  anonymise?: boolean;
}

export type Exporter = (workshopId: string, format: ExportFormat, options?: ExportOptions) => Promise<ExportedFile>;

/**
 * Exports one workshop to one format. The workshop is read once, at the start; everything
 * after is computed from that copy, so an edit made meanwhile cannot tear the file. Anonymised,
 * the copy is anonymised before any format sees it: every format, the summary's sentences and
 * file names included, is written from a source that no longer holds a name.
 */
export function createExporter(deps: ExporterDeps): Exporter {
  return async (workshopId, format, options = {}) => {
    const { workshop, map, versions = [], series, contributors = 0 } = deps.read(workshopId);
    const read: ExportSource = { workshop, map, versions, series };
    const source = options.anonymise ? anonymise(read) : read;
    const produced = await produce(deps, { ...source, series: source.series, contributors }, format);
    const bytes = typeof produced.bytes === 'string' ? Buffer.from(produced.bytes, 'utf8') : produced.bytes;
    const stem = `${fileStem(source.workshop.title)}${options.anonymise ? '-anonymise' : ''}`;
    return {
      fileName: `${stem}${produced.suffix}.${produced.extension}`,
      mimeType: produced.mimeType,
      base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
    };
  };
}

interface Source {
  workshop: Workshop;
  map: MapState;
  versions: readonly VersionOfMap[];
  series: SeriesReference | undefined;
  contributors: number;
}

async function produce(
  deps: ExporterDeps,
  { workshop, map, versions, series, contributors }: Source,
  format: ExportFormat,
): Promise<Produced> {
  const at = deps.now();
  const heading = [workshop.title, workshop.territory].filter(Boolean).join(' · ');
  const represented = representedActorIds(workshop.participants, map.actors);
  const summary = () =>
    buildSynthese({ workshop, map, generatedAt: at, versions, contributors, ...(series ? { series } : {}) });
  switch (format) {
    case 'docx': {
      const toPng = (picture: MapPicture) => svgToPng(picture.svg, picture, deps.fontDir, docxMapZoom(picture));
      return {
        suffix: '-synthese',
        extension: 'docx',
        mimeType: mime.docx,
        bytes: await syntheseToDocx(summary(), toPng(mapToSvg(map)), viewPictures(map, represented).map(toPng)),
      };
    }
    case 'html':
      return {
        suffix: '-synthese',
        extension: 'html',
        mimeType: mime.html,
        bytes: syntheseToHtml(
          summary(),
          mapToSvg(map).svg,
          viewPictures(map, represented).map((p) => p.svg),
        ),
      };
    case 'pdf': {
      const html = syntheseToHtml(
        summary(),
        forPaper(mapToSvg(map).svg),
        viewPictures(map, represented).map((p) => forPaper(p.svg)),
        'images',
      );
      return { suffix: '-synthese', extension: 'pdf', mimeType: mime.pdf, bytes: await deps.printPdf(html) };
    }
    case 'png': {
      const picture = mapToSvg(map, { heading });
      return {
        suffix: '-carte',
        extension: 'png',
        mimeType: mime.png,
        bytes: svgToPng(picture.svg, picture, deps.fontDir, 2).data,
      };
    }
    case 'svg':
      return { suffix: '-carte', extension: 'svg', mimeType: mime.svg, bytes: mapToSvg(map, { heading }).svg };
    case 'poster-a1':
    case 'poster-a0': {
      const size = format === 'poster-a1' ? 'A1' : 'A0';
      const { html } = posterHtml({ workshop, map, size, fontDir: deps.fontDir, generatedAt: at });
      return {
        suffix: `-affiche-${size.toLowerCase()}`,
        extension: 'pdf',
        mimeType: mime.pdf,
        bytes: await deps.printPdf(html),
      };
    }
    case 'csv-actors':
      return { suffix: '-acteurs', extension: 'csv', mimeType: mime.csv, bytes: actorsCsv(map, { represented }) };
    case 'csv-links':
      return { suffix: '-liens', extension: 'csv', mimeType: mime.csv, bytes: linksCsv(map) };
    case 'graphml':
      return {
        suffix: '-reseau',
        extension: 'graphml',
        mimeType: mime.graphml,
        bytes: mapToGraphml(map, heading, represented),
      };
    case 'gexf':
      return {
        suffix: '-reseau',
        extension: 'gexf',
        mimeType: mime.gexf,
        bytes: mapToGexf(map, heading, at, represented),
      };
    case 'canvas':
      return {
        suffix: '',
        extension: 'canvas',
        mimeType: mime.canvas,
        bytes: `${JSON.stringify(mapToCanvas(map), null, 2)}\n`,
      };
    case 'maillage':
      return {
        suffix: '',
        extension: 'maillage',
        mimeType: mime.maillage,
        bytes: writeMaillageFile(workshop, map, { appVersion: deps.appVersion, exportedAt: at }),
      };
  }
}
