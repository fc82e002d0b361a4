/**
 * A command line split into positional words, `--flag value` options (also `--flag=value`) and
 * `--switch` words that take no value (`--force`, `--anonymiser`).
 */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
  switches: Set<string>;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Reads the words after the command name. Only the given flags (each with a value) and switches
 * (none) are accepted: anything else is a usage error with a French message, never silently ignored.
 */
export function parseArgs(
  argv: readonly string[],
  flags: readonly string[],
  switchNames: readonly string[] = [],
): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const [name = '', inline] = word.slice(2).split(/=(.*)/s);
    if (switchNames.includes(name)) {
      if (inline !== undefined) throw new UsageError(`L’option --${name} ne prend pas de valeur.`);
      switches.add(name);
      continue;
    }
    if (!flags.includes(name)) {
      throw new UsageError(`Option inconnue\u00a0: «\u202f--${name}\u202f».`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`L’option --${name} attend une valeur.`);
    options.set(name, value);
  }
  return { positional, options, switches };
}
