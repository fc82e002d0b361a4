import Papa from 'papaparse';
import { lineAndColumn } from '../json-guard.js';

/** One row of a spreadsheet, with the line of the file where it starts (1 = the first line). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Something wrong in a file, said in French; line null when it concerns the whole file. */
export interface CsvProblem {
  line: number | null;
  message: string;
}

export type Separator = ';' | ',' | '\t';

export interface CsvTable {
  separator: Separator;
  header: CsvRow | null;
  rows: CsvRow[];
  problems: CsvProblem[];
}

/** A cell longer than this is no spreadsheet cell anyone typed: refused with its line. */
export const maxCellChars = 5000;

/** `;` (French Excel) unless the header line has more `,` or tabs outside quotes. */
export function detectSeparator(text: string): Separator {
  const firstLine = (text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates: Separator[] = [';', ',', '\t'];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ';' as Separator);
}

function quoteProblem(code: string, line: number): CsvProblem {
  return code === 'MissingQuotes'
    ? {
        line,
        message: `Ligne ${line}\u00a0: un guillemet ouvre une cellule qui n’est jamais refermée, et tout ce qui suit serait lu comme une seule cellule. Refermez le guillemet dans le tableur.`,
      }
    : {
        line,
        message: `Ligne ${line}\u00a0: guillemet mal placé dans une cellule entre guillemets (un guillemet dans le texte s’écrit "").`,
      };
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * Splits a CSV text into rows with their line numbers (papaparse does the quoting rules), and
 * lists what cannot be read as meant: unbalanced quotes, rows with more filled cells than the
 * header has columns, giant cells. Blank rows are skipped; shorter rows get empty cells, as
 * spreadsheets omit trailing empty cells.
 */
export function readTable(input: string): CsvTable {
  // Old Mac files end lines with CR alone: make them LF so that line numbers count right.
  const text = input.includes('\n') ? input : input.replace(/\r/g, '\n');
  const separator = detectSeparator(text);
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const seenErrors = new Set<string>();
  let line = 1;
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    step: (result) => {
      for (const error of result.errors) {
        const key = `${error.code}@${error.index ?? ''}`;
        if (error.type !== 'Quotes' || seenErrors.has(key)) continue;
        seenErrors.add(key);
        problems.push(quoteProblem(error.code, lineAndColumn(text, error.index ?? cursor).line));
      }
      if (!isBlank(result.data)) rows.push({ line, cells: result.data });
      const end = result.meta.cursor;
      for (let i = cursor; i < end; i++) if (text.charCodeAt(i) === 0x0a) line++;
      cursor = end;
    },
  });
  const [header, ...body] = rows;
  if (!header) return { separator, header: null, rows: [], problems };
  const width = header.cells.length;
  for (const row of body) {
    const filled = row.cells.reduce((last, cell, i) => (cell.trim() !== '' ? i + 1 : last), 0);
    if (filled > width) {
      problems.push({
        line: row.line,
        message: `Ligne ${row.line}\u00a0: ${filled}\u00a0cellules remplies pour ${width}\u00a0colonnes d’en-tête. Vérifiez le séparateur et les guillemets de cette ligne.`,
      });
    }
    const long = row.cells.findIndex((cell) => cell.length > maxCellChars);
    if (long >= 0) {
      problems.push({
        line: row.line,
        message: `Ligne ${row.line}\u00a0: une cellule de ${row.cells[long]!.length.toLocaleString('fr-FR')}\u00a0caractères (colonne ${long + 1}), ${maxCellChars.toLocaleString('fr-FR')}\u00a0au plus.`,
      });
    }
    while (row.cells.length < width) row.cells.push('');
  }
  return { separator, header, rows: body, problems };
}
