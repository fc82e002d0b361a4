import type { Intensity, LinkStatus, Quality } from '../../domain/codebook.js';
import { limits } from '../../domain/limits.js';
import { fold } from '../fold.js';
import { quoteShort as quote } from '../quote-short.js';
import type { ActorDraft } from './actor-rows.js';
import { type ColumnMatch, type LinkField, linkHeaderNames, matchHeaders } from './headers.js';
import { ProblemList } from './problems.js';
import type { CsvTable } from './read-table.js';
import { parseDirected, parseIntensity, parseQuality, parseStatus } from './values.js';

/** One link as read from its row: its two actors found by name, its kind not yet resolved. */
export interface LinkDraft {
  line: number;
  /** Indexes into the actor drafts. */
  source: number;
  target: number;
  kind: string;
  intensity: Intensity;
  quality: Quality | null;
  status: LinkStatus;
  directed: boolean;
  obstacle: string;
  proposal: string;
  notes: string;
}

export interface LinkRows {
  drafts: LinkDraft[];
  columns: ColumnMatch<LinkField>;
  /** The header line's cells as written. */
  header: string[];
  list: ProblemList;
}

/** Reads the link rows of a table; each end must name an actor of the actors' file. */
export function readLinkRows(table: CsvTable, actors: readonly ActorDraft[]): LinkRows {
  const list = new ProblemList('links');
  for (const problem of table.problems) list.add(problem);
  const columns = matchHeaders(table.header?.cells ?? [], linkHeaderNames);
  const drafts: LinkDraft[] = [];
  const header = table.header?.cells ?? [];
  if (!table.header) {
    list.problem(null, 'Le fichier des liens est vide.');
    return { drafts, columns, header, list };
  }
  const { source: sourceColumn, target: targetColumn } = columns.columns;
  if (sourceColumn === undefined || targetColumn === undefined) {
    const seen = table.header.cells.map((cell) => quote(cell.trim(), 30)).join(', ');
    list.problem(
      1,
      `l’en-tête (${seen}) doit nommer les deux acteurs de chaque lien, par exemple «\u202fSource\u202f» et «\u202fCible\u202f» (ou «\u202fDe\u202f» et «\u202fVers\u202f»).`,
    );
    return { drafts, columns, header, list };
  }
  if (table.rows.length > limits.linksPerWorkshop) {
    list.problem(
      null,
      `Trop de liens\u00a0: ${table.rows.length}, un atelier en compte ${limits.linksPerWorkshop} au plus.`,
    );
    return { drafts, columns, header, list };
  }
  const byName = new Map<string, number>();
  actors.forEach((actor, index) => {
    const key = fold(actor.label);
    if (!byName.has(key)) byName.set(key, index);
  });
  const cellOf = (cells: readonly string[], field: LinkField) => {
    const index = columns.columns[field];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const endOf = (line: number, cell: string, which: string): number | undefined => {
    const name = cell.trim();
    if (name === '') {
      list.problem(line, `${which} du lien est vide.`);
      return undefined;
    }
    const index = byName.get(fold(name));
    if (index === undefined) list.problem(line, `${quote(name)} n’est pas dans la liste des acteurs.`);
    return index;
  };
  for (const { line, cells } of table.rows) {
    const source = endOf(line, cellOf(cells, 'source'), 'l’acteur de départ');
    const target = endOf(line, cellOf(cells, 'target'), 'l’acteur d’arrivée');
    if (source === undefined || target === undefined) continue;
    if (source === target) {
      list.problem(line, `un lien relie deux acteurs différents (${quote(actors[source]!.label)} deux fois).`);
      continue;
    }
    const obstacle = cellOf(cells, 'obstacle').trim();
    const proposal = cellOf(cells, 'proposal').trim();
    const notes = cellOf(cells, 'notes').trim();
    const lengthsOk = [
      list.checkLength(line, 'Obstacle', obstacle, limits.longText),
      list.checkLength(line, 'Proposition', proposal, limits.longText),
      list.checkLength(line, 'Notes', notes, limits.longText),
    ].every(Boolean);
    if (!lengthsOk) continue;
    const read = <T>(
      field: LinkField,
      what: string,
      expected: string,
      parse: (cell: string) => { ok: true; value: T } | { ok: false },
      fallback: T,
    ): T => {
      const cell = cellOf(cells, field);
      const parsed = parse(cell);
      if (parsed.ok) return parsed.value;
      list.unknownWord(line, what, cell, expected);
      return fallback;
    };
    drafts.push({
      line,
      source,
      target,
      kind: cellOf(cells, 'kind').trim(),
      intensity: read('intensity', 'Intensité', 'ponctuelle, régulière ou forte', parseIntensity, 'reguliere'),
      quality: read('quality', 'Qualité', 'fluide, à améliorer ou difficile', parseQuality, null),
      status: read('status', 'Statut', 'existant ou souhaité', parseStatus, 'existing'),
      directed: read('directed', 'Sens', '→ ou ↔, orienté ou mutuel', parseDirected, false),
      obstacle,
      proposal,
      notes,
    });
  }
  if (columns.ignored.length > 0) {
    list.warning(null, `Colonnes non reprises\u00a0: ${columns.ignored.map((h) => quote(h, 30)).join(', ')}.`);
  }
  return { drafts, columns, header, list };
}
