/** A command line split into positional words and `--flag value` options (also `--flag=value`). */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Reads the words after the command name. Only the given flags are accepted, each with a
 * value: anything else is a usage error with a French message, never silently ignored.
 */
export function parseArgs(argv: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [name = '', inline] = word.slice(2).split(/=(.*)/s);
    if (!flags.includes(name)) {
      throw new UsageError(`Option inconnue\u00a0: «\u202f--${name}\u202f».`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`L’option --${name} attend une valeur.`);
    options.set(name, value);
  }
  return { positional, options };
}
