import { quoteShort as quote } from '../quote-short.js';

/** Which file of an import a message is about. */
export type ImportFileRole = 'actors' | 'links';

export interface ImportProblem {
  file: ImportFileRole;
  /** Line of the file (1 = the header line), or null for the whole file. */
  line: number | null;
  message: string;
}

/** Collects the problems (which stop the import) and warnings (which do not) of one file. */
export class ProblemList {
  readonly problems: ImportProblem[] = [];
  readonly warnings: ImportProblem[] = [];

  constructor(private readonly file: ImportFileRole) {}

  /** A problem whose message already names its line (from readTable). */
  add(problem: { line: number | null; message: string }): void {
    this.problems.push({ file: this.file, ...problem });
  }

  problem(line: number | null, message: string): void {
    this.problems.push({ file: this.file, line, message: line === null ? message : `Ligne ${line}\u00a0: ${message}` });
  }

  warning(line: number | null, message: string): void {
    this.warnings.push({ file: this.file, line, message: line === null ? message : `Ligne ${line}\u00a0: ${message}` });
  }

  /** A cell longer than the model allows: a problem naming the column and both lengths. */
  checkLength(line: number, what: string, cell: string, max: number): boolean {
    if (cell.length <= max) return true;
    this.problem(
      line,
      `${what} trop long (${cell.length.toLocaleString('fr-FR')}\u00a0caractères, ${max.toLocaleString('fr-FR')}\u00a0au plus).`,
    );
    return false;
  }

  /** A word the column does not know: the field keeps its default, and the person is told. */
  unknownWord(line: number, what: string, cell: string, expected: string): void {
    this.warning(line, `${what} ${quote(cell.trim(), 40)} non reconnu (${expected})\u00a0: laissé par défaut.`);
  }
}
