import type { Engagement, Stance, TimeOfLife } from '../../domain/codebook.js';
import { limits } from '../../domain/limits.js';
import { fold } from '../fold.js';
import { quoteShort as quote } from '../quote-short.js';
import { type ActorField, actorHeaderNames, type ColumnMatch, matchHeaders } from './headers.js';
import { ProblemList } from './problems.js';
import type { CsvTable } from './read-table.js';
import { parseEngagement, parseInfluence, parsePresent, parseStance, parseTimes } from './values.js';

/** One actor as read from its row, before its category is resolved against a codebook. */
export interface ActorDraft {
  line: number;
  label: string;
  /** The « Sigle » / « Nom court » cell; '' when the row gives none. */
  shortLabel: string;
  /** The category cell as written; '' when the row gives none. */
  category: string;
  engagement: Engagement | null;
  times: TimeOfLife[];
  present: boolean;
  contact: string;
  notes: string;
  /** Influence 0 to 5 and stance, null when the row gives none (or a word the import does not know). */
  influence: number | null;
  stance: Stance | null;
}

export interface ActorRows {
  drafts: ActorDraft[];
  columns: ColumnMatch<ActorField>;
  /** The header line's cells as written. */
  header: string[];
  list: ProblemList;
}

/** Reads the actor rows of a table: names required, known words parsed, everything else reported. */
export function readActorRows(table: CsvTable): ActorRows {
  const list = new ProblemList('actors');
  for (const problem of table.problems) list.add(problem);
  const columns = matchHeaders(table.header?.cells ?? [], actorHeaderNames);
  const drafts: ActorDraft[] = [];
  const header = table.header?.cells ?? [];
  if (!table.header) {
    list.problem(null, 'Le fichier des acteurs est vide.');
    return { drafts, columns, header, list };
  }
  const labelColumn = columns.columns.label;
  if (labelColumn === undefined) {
    const seen = table.header.cells.map((cell) => quote(cell.trim(), 30)).join(', ');
    list.problem(
      1,
      `aucune colonne de noms reconnue dans l’en-tête (${seen}). Nommez la colonne des acteurs «\u202fNom\u202f».`,
    );
    return { drafts, columns, header, list };
  }
  if (table.rows.length === 0) list.problem(null, 'Le fichier des acteurs ne contient aucune ligne après l’en-tête.');
  if (table.rows.length > limits.actorsPerWorkshop) {
    list.problem(
      null,
      `Trop d’acteurs\u00a0: ${table.rows.length}, un atelier en compte ${limits.actorsPerWorkshop} au plus.`,
    );
    return { drafts, columns, header, list };
  }
  const cellOf = (cells: readonly string[], field: ActorField) => {
    const index = columns.columns[field];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const label = cellOf(cells, 'label').trim().replace(/\s+/g, ' ');
    if (label === '') {
      list.problem(line, 'le nom de l’acteur est vide.');
      continue;
    }
    const shortLabel = cellOf(cells, 'shortLabel').trim().replace(/\s+/g, ' ');
    const contact = cellOf(cells, 'contact').trim();
    const notes = cellOf(cells, 'notes').trim();
    const lengthsOk = [
      list.checkLength(line, 'Nom', label, limits.label),
      list.checkLength(line, 'Nom court', shortLabel, limits.shortLabel),
      list.checkLength(line, 'Contact', contact, limits.shortText),
      list.checkLength(line, 'Notes', notes, limits.longText),
    ].every(Boolean);
    if (!lengthsOk) continue;
    const engagementCell = cellOf(cells, 'engagement');
    const engagement = parseEngagement(engagementCell);
    if (!engagement.ok) list.unknownWord(line, 'Engagement', engagementCell, 'professionnel, bénévole ou habitant');
    const timesCell = cellOf(cells, 'times');
    const times = parseTimes(timesCell);
    if (!times.ok) {
      list.unknownWord(line, 'Temps', timesCell, 'scolaire, périscolaire, extrascolaire, famille');
    }
    const presentCell = cellOf(cells, 'present');
    const present = parsePresent(presentCell);
    if (!present.ok) list.unknownWord(line, 'Présence', presentCell, 'oui ou non');
    const influenceCell = cellOf(cells, 'influence');
    const influence = parseInfluence(influenceCell);
    if (!influence.ok) list.unknownWord(line, 'Influence', influenceCell, 'un nombre entier de 0 à 5');
    const stanceCell = cellOf(cells, 'stance');
    const stance = parseStance(stanceCell);
    if (!stance.ok) list.unknownWord(line, 'Position', stanceCell, 'favorable, neutre ou réticent');
    const key = fold(label);
    const earlier = firstLine.get(key);
    if (earlier === undefined) firstLine.set(key, line);
    else list.warning(line, `${quote(label)} figure déjà ligne ${earlier}\u00a0; les liens iront vers la première.`);
    drafts.push({
      line,
      label,
      shortLabel,
      category: cellOf(cells, 'category').trim(),
      engagement: engagement.ok ? engagement.value : null,
      times: times.ok ? times.value : [],
      present: present.ok ? present.value : false,
      contact,
      notes,
      influence: influence.ok ? influence.value : null,
      stance: stance.ok ? stance.value : null,
    });
  }
  if (columns.ignored.length > 0) {
    list.warning(null, `Colonnes non reprises\u00a0: ${columns.ignored.map((h) => quote(h, 30)).join(', ')}.`);
  }
  return { drafts, columns, header, list };
}
