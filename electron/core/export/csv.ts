import { findCategory, findLinkKind } from '../../../shared/domain/codebook.js';
import type { MapState } from '../../../shared/domain/model.js';
import {
  engagementLabels,
  intensityLabels,
  qualityLabels,
  stanceLabels,
  statusLabels,
  timeLabels,
} from '../../../shared/synthese/labels.js';
import { csvCell } from '../../../shared/text/escape.js';

export interface CsvOptions {
  /** ';' by default: what French Excel expects. */
  separator?: string;
  /** A UTF-8 BOM by default, without which Excel reads « Éducation » as « Ã‰ducation ». */
  bom?: boolean;
}

type Cell = string | number | boolean;

export function table(header: readonly string[], rows: readonly Cell[][], options: CsvOptions): string {
  const separator = options.separator ?? ';';
  const line = (cells: readonly Cell[]) => cells.map((cell) => csvCell(cell, separator)).join(separator);
  // RFC 4180: CRLF between records.
  const text = [line(header), ...rows.map(line)].join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${text}\r\n`;
}

const yesNo = (value: boolean) => (value ? 'oui' : 'non');
const nobody: ReadonlySet<string> = new Set();

/**
 * The actors as a spreadsheet, with the column names and words the CSV import reads back
 * (shared/exchange/csv/headers.ts), then the ids and positions for other tools.
 */
export function actorsCsv(
  map: MapState,
  options: CsvOptions & {
    /** Actors represented at the workshop (shared/domain/participants.ts): « Représenté » says oui. */
    represented?: ReadonlySet<string>;
  } = {},
): string {
  const represented = options.represented ?? nobody;
  return table(
    [
      'Nom',
      'Nom court',
      'Catégorie',
      'Engagement',
      'Temps',
      'Représenté',
      'Contact',
      'Notes',
      'Influence',
      'Position',
      'Identifiant',
      'X',
      'Y',
    ],
    map.actors.map((a) => [
      a.label,
      a.shortLabel ?? '',
      findCategory(map.codebook, a.category).label,
      a.engagement ? engagementLabels[a.engagement] : '',
      a.times.map((t) => timeLabels[t]).join(', '),
      yesNo(represented.has(a.id)),
      a.contact,
      a.notes,
      a.influence ?? '',
      a.stance ? stanceLabels[a.stance].one : '',
      a.id,
      a.x,
      a.y,
    ]),
    options,
  );
}

/** The links, one per row, their ends named as in the actors file (and by id, for homonyms). */
export function linksCsv(map: MapState, options: CsvOptions = {}): string {
  const labelOf = new Map(map.actors.map((a) => [a.id, a.label]));
  return table(
    [
      'Source',
      'Cible',
      'Type',
      'Intensité',
      'Qualité',
      'Statut',
      'Sens',
      'Obstacle',
      'Proposition',
      'Notes',
      'Identifiant',
      'Identifiant de la source',
      'Identifiant de la cible',
    ],
    map.links.map((l) => [
      labelOf.get(l.source) ?? '',
      labelOf.get(l.target) ?? '',
      findLinkKind(map.codebook, l.kind).label,
      intensityLabels[l.intensity],
      l.quality ? qualityLabels[l.quality] : '',
      statusLabels[l.status],
      l.directed ? 'Sens unique' : 'Réciproque',
      l.obstacle,
      l.proposal,
      l.notes,
      l.id,
      l.source,
      l.target,
    ]),
    options,
  );
}
