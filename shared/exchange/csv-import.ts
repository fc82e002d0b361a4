import { type Category, type Codebook, defaultCodebook, type LinkKind } from '../domain/codebook.js';
import { type Actor, type Link, newActor, newLink, type Participant } from '../domain/model.js';
import type { MapOp } from '../domain/operations.js';
import { participantsWithPresentActors } from '../domain/participants.js';
import { matchCode, type NamedCode } from './code-match.js';
import { type ActorDraft, type ActorRows, readActorRows } from './csv/actor-rows.js';
import type { TextEncodingName } from './csv/decode-bytes.js';
import { type LinkRows, readLinkRows } from './csv/link-rows.js';
import { participantsFromCsv } from './csv/participant-rows.js';
import type { ImportProblem } from './csv/problems.js';
import { readTable, type Separator } from './csv/read-table.js';
import { foldSingular } from './fold.js';
import type { CodeChoice, ImportMappings } from './import-input.js';
import { opsDrawing } from './map-ops.js';
import { addCategory, addLinkKind } from './new-codes.js';

export interface CsvText {
  text: string;
  encoding: TextEncodingName;
}

/** A word of a spreadsheet that no category (or link kind) of the codebook clearly means. */
export interface UnknownCode {
  /** The folded word: what mappings are keyed by. */
  key: string;
  /** As first written in the file. */
  word: string;
  count: number;
  /** The first lines where it appears. */
  lines: number[];
  /** What happens without a choice: the word becomes a new category (or kind). */
  proposal: CodeChoice;
}

export interface PreviewColumn {
  field: string;
  header: string;
}

export interface PreviewFile {
  encoding: TextEncodingName;
  separator: Separator;
  rows: number;
  columns: PreviewColumn[];
  ignoredColumns: string[];
}

export interface PreviewActor {
  line: number;
  label: string;
  /** The category's label when known, the word as written otherwise. */
  category: string;
  known: boolean;
  /** For an unknown word: its key in unknownCategories, to show the person's choice. */
  unknownKey?: string;
}

export interface PreviewLink {
  line: number;
  source: string;
  target: string;
  kind: string;
  known: boolean;
  unknownKey?: string;
}

/** What an import would create, shown before anything is written. */
export interface ImportPreview {
  title: string;
  actorsFile: PreviewFile;
  linksFile: PreviewFile | null;
  actorCount: number;
  linkCount: number;
  actors: PreviewActor[];
  links: PreviewLink[];
  unknownCategories: UnknownCode[];
  unknownLinkKinds: UnknownCode[];
  /** The codebook the import starts from: the choices offered for unknown words. */
  categories: NamedCode[];
  linkKinds: NamedCode[];
  /** Rows that stop the import until they are corrected in the spreadsheet. */
  problems: ImportProblem[];
  /** Things worth knowing that do not stop it (an unknown engagement left empty…). */
  warnings: ImportProblem[];
  canImport: boolean;
}

export interface CsvAnalysis {
  title: string;
  codebook: Codebook;
  actorsText: CsvText;
  linksText: CsvText | null;
  actorRows: ActorRows;
  linkRows: LinkRows | null;
  separators: { actors: Separator; links: Separator | null };
  unknownCategories: UnknownCode[];
  unknownLinkKinds: UnknownCode[];
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

const sampleSize = 10;

/** The folded word that groups spellings and keys the person's choices; '' for a cell with no letters. */
function keyOf(word: string): string {
  return foldSingular(word).slice(0, 120);
}
const createChoice: CodeChoice = { action: 'create' };

/** The words of `words` that match no code, grouped by folded spelling, with their lines. */
function unknownWords(words: readonly { line: number; word: string }[], codes: readonly NamedCode[]): UnknownCode[] {
  const found = new Map<string, UnknownCode>();
  for (const { line, word } of words) {
    const key = keyOf(word);
    if (key === '' || matchCode(word, codes)) continue;
    const entry = found.get(key);
    if (entry) {
      entry.count++;
      if (entry.lines.length < 10) entry.lines.push(line);
    } else found.set(key, { key, word, count: 1, lines: [line], proposal: createChoice });
  }
  return [...found.values()];
}

/** Reads both files and says what would be created; pure, and the same every time for the same input. */
export function analyseCsvImport(
  actors: CsvText,
  links: CsvText | null,
  title: string,
  codebook: Codebook = defaultCodebook(),
): CsvAnalysis {
  const actorTable = readTable(actors.text);
  const actorRows = readActorRows(actorTable);
  const linkTable = links ? readTable(links.text) : null;
  const linkRows = linkTable ? readLinkRows(linkTable, actorRows.drafts) : null;
  const unknownCategories = unknownWords(
    actorRows.drafts.map((d) => ({ line: d.line, word: d.category })),
    codebook.categories,
  );
  const unknownLinkKinds = unknownWords(
    (linkRows?.drafts ?? []).map((d) => ({ line: d.line, word: d.kind })),
    codebook.linkKinds,
  );
  return {
    title,
    codebook,
    actorsText: actors,
    linksText: links,
    actorRows,
    linkRows,
    separators: { actors: actorTable.separator, links: linkTable?.separator ?? null },
    unknownCategories,
    unknownLinkKinds,
    problems: [...actorRows.list.problems, ...(linkRows?.list.problems ?? [])],
    warnings: [...actorRows.list.warnings, ...(linkRows?.list.warnings ?? [])],
  };
}

function previewFile(text: CsvText, separator: Separator, rows: ActorRows | LinkRows): PreviewFile {
  return {
    encoding: text.encoding,
    separator,
    rows: rows.drafts.length,
    columns: Object.entries(rows.columns.columns).map(([field, index]) => ({
      field,
      header: (rows.header[index as number] ?? '').trim(),
    })),
    ignoredColumns: rows.columns.ignored,
  };
}

export function previewOf(analysis: CsvAnalysis): ImportPreview {
  const { codebook, actorRows, linkRows } = analysis;
  const categoryLabel = (word: string) => {
    const found =
      keyOf(word) === '' ? fallbackCode(codebook.categories, 'autres') : matchCode(word, codebook.categories);
    return found ? { text: found.label, known: true } : { text: word, known: false };
  };
  const kindLabel = (word: string) => {
    const found = keyOf(word) === '' ? fallbackCode(codebook.linkKinds, 'autre') : matchCode(word, codebook.linkKinds);
    return found ? { text: found.label, known: true } : { text: word, known: false };
  };
  const drafts = actorRows.drafts;
  return {
    title: analysis.title,
    actorsFile: previewFile(analysis.actorsText, analysis.separators.actors, actorRows),
    linksFile:
      analysis.linksText && linkRows && analysis.separators.links
        ? previewFile(analysis.linksText, analysis.separators.links, linkRows)
        : null,
    actorCount: drafts.length,
    linkCount: linkRows?.drafts.length ?? 0,
    actors: drafts.slice(0, sampleSize).map((d) => {
      const category = categoryLabel(d.category);
      return {
        line: d.line,
        label: d.label,
        category: category.text,
        known: category.known,
        ...(category.known ? {} : { unknownKey: keyOf(d.category) }),
      };
    }),
    links: (linkRows?.drafts ?? []).slice(0, sampleSize).map((d) => {
      const kind = kindLabel(d.kind);
      return {
        line: d.line,
        source: drafts[d.source]!.label,
        target: drafts[d.target]!.label,
        kind: kind.text,
        known: kind.known,
        ...(kind.known ? {} : { unknownKey: keyOf(d.kind) }),
      };
    }),
    unknownCategories: analysis.unknownCategories,
    unknownLinkKinds: analysis.unknownLinkKinds,
    categories: codebook.categories.map(({ id, label }) => ({ id, label })),
    linkKinds: codebook.linkKinds.map(({ id, label }) => ({ id, label })),
    problems: analysis.problems,
    warnings: analysis.warnings,
    canImport: analysis.problems.length === 0,
  };
}

/** Where a row without a category (or kind) goes: « Autres » if the codebook has it, else its last code. */
function fallbackCode<C extends { id: string }>(codes: readonly C[], id: string): C | undefined {
  return codes.find((c) => c.id === id) ?? codes[codes.length - 1];
}

/** Grid positions grouped by category, in codebook order, so that each family sits together. */
function gridPositions(drafts: readonly { category: string }[], order: readonly string[]): { x: number; y: number }[] {
  const rank = (id: string) => order.indexOf(id);
  const sorted = drafts.map((d, i) => ({ i, rank: rank(d.category) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const columns = Math.max(1, Math.ceil(Math.sqrt(drafts.length * 1.8)));
  const positions: { x: number; y: number }[] = new Array(drafts.length);
  sorted.forEach(({ i }, n) => {
    positions[i] = { x: (n % columns) * 240, y: Math.floor(n / columns) * 140 };
  });
  return positions;
}

export interface CsvImportPlan {
  title: string;
  ops: MapOp[];
  /** The tour de table the files give (actors marked represented, in this version). */
  participants: Participant[];
  actorCount: number;
  linkCount: number;
  addedCategories: Category[];
  addedLinkKinds: LinkKind[];
}

export type CsvPlanResult = { ok: true; plan: CsvImportPlan } | { ok: false; message: string };

function problemSummary(problems: readonly ImportProblem[]): string {
  const first = problems
    .slice(0, 3)
    .map((p) => `${p.file === 'actors' ? 'acteurs' : 'liens'}, ${p.message}`)
    .join(' ; ');
  const more = problems.length > 3 ? ` ; et ${problems.length - 3}\u00a0autres` : '';
  return `Import refusé\u00a0: ${problems.length}\u00a0problème(s) à corriger dans le tableur (${first}${more}). Rien n’a été importé.`;
}

/**
 * Resolves every category and kind (the person's choices for unknown words; create by
 * default), and turns the rows into the operations that draw the new map. Refused, with a
 * French message, when a row has a problem or a choice names a code that does not exist.
 */
export function planCsvImport(
  analysis: CsvAnalysis,
  mappings: ImportMappings = { categories: {}, linkKinds: {} },
  /** The tour de table prepared in a spreadsheet (one person a row), when one was given. */
  participantsText?: string,
): CsvPlanResult {
  if (analysis.problems.length > 0) return { ok: false, message: problemSummary(analysis.problems) };
  let codebook = analysis.codebook;
  const addedCategories: Category[] = [];
  const addedLinkKinds: LinkKind[] = [];
  const categoryFor = new Map<string, string>();
  for (const unknown of analysis.unknownCategories) {
    const choice = Object.hasOwn(mappings.categories, unknown.key)
      ? mappings.categories[unknown.key]!
      : unknown.proposal;
    if (choice.action === 'use') {
      if (!codebook.categories.some((c) => c.id === choice.id)) {
        return {
          ok: false,
          message: `La catégorie choisie pour «\u202f${unknown.word}\u202f» n’existe pas (${choice.id}). Rien n’a été importé.`,
        };
      }
      categoryFor.set(unknown.key, choice.id);
    } else {
      const added = addCategory(codebook, unknown.word);
      codebook = added.codebook;
      addedCategories.push(added.category);
      categoryFor.set(unknown.key, added.category.id);
    }
  }
  const kindFor = new Map<string, string>();
  for (const unknown of analysis.unknownLinkKinds) {
    const choice = Object.hasOwn(mappings.linkKinds, unknown.key) ? mappings.linkKinds[unknown.key]! : unknown.proposal;
    if (choice.action === 'use') {
      if (!codebook.linkKinds.some((k) => k.id === choice.id)) {
        return {
          ok: false,
          message: `Le type de coopération choisi pour «\u202f${unknown.word}\u202f» n’existe pas (${choice.id}). Rien n’a été importé.`,
        };
      }
      kindFor.set(unknown.key, choice.id);
    } else {
      const added = addLinkKind(codebook, unknown.word);
      codebook = added.codebook;
      addedLinkKinds.push(added.kind);
      kindFor.set(unknown.key, added.kind.id);
    }
  }
  if (codebook.categories.length > 60 || codebook.linkKinds.length > 40) {
    return {
      ok: false,
      message: `Trop de catégories ou de types à créer (60 catégories et 40 types au plus par atelier)\u00a0: rattachez certains mots à des catégories existantes. Rien n’a été importé.`,
    };
  }
  const base = analysis.codebook;
  const resolveCategory = (word: string): string =>
    keyOf(word) === ''
      ? fallbackCode(base.categories, 'autres')!.id
      : (matchCode(word, base.categories)?.id ?? categoryFor.get(keyOf(word))!);
  const resolveKind = (word: string): string =>
    keyOf(word) === ''
      ? fallbackCode(base.linkKinds, 'autre')!.id
      : (matchCode(word, base.linkKinds)?.id ?? kindFor.get(keyOf(word))!);
  const drafts: readonly ActorDraft[] = analysis.actorRows.drafts;
  const categories = drafts.map((d) => resolveCategory(d.category));
  const positions = gridPositions(
    categories.map((category) => ({ category })),
    codebook.categories.map((c) => c.id),
  );
  const actors: Actor[] = drafts.map((d, i) =>
    newActor({
      id: `a${i + 1}`,
      label: d.label,
      ...(d.shortLabel ? { shortLabel: d.shortLabel } : {}),
      category: categories[i]!,
      engagement: d.engagement,
      times: d.times,
      contact: d.contact,
      notes: d.notes,
      x: positions[i]!.x,
      y: positions[i]!.y,
      ...(d.influence === null ? {} : { influence: d.influence }),
      ...(d.stance === null ? {} : { stance: d.stance }),
    }),
  );
  const links: Link[] = (analysis.linkRows?.drafts ?? []).map((d, i) =>
    newLink({
      id: `l${i + 1}`,
      source: actors[d.source]!.id,
      target: actors[d.target]!.id,
      kind: resolveKind(d.kind),
      intensity: d.intensity,
      quality: d.quality,
      status: d.status,
      directed: d.directed,
      obstacle: d.obstacle,
      proposal: d.proposal,
      notes: d.notes,
    }),
  );
  // The core folds these with applyOp when it writes them (MapService.create): checked once, there.
  const ops = opsDrawing({ codebook, actors, links, notes: [], zones: [] });
  const listed =
    participantsText === undefined
      ? { ok: true as const, participants: [] }
      : participantsFromCsv(participantsText, actors);
  if (!listed.ok)
    return { ok: false, message: `Fichier des participants\u00a0: ${listed.message} Rien n’a été importé.` };
  // A « Représenté » (or « Présent ») column says who was there: participants say it now.
  const participants = participantsWithPresentActors(
    listed.participants,
    actors.map((actor, i) => ({ ...actor, present: drafts[i]!.present })),
  );
  return {
    ok: true,
    plan: {
      title: analysis.title,
      ops,
      actorCount: actors.length,
      linkCount: links.length,
      participants,
      addedCategories,
      addedLinkKinds,
    },
  };
}
