import { ApiError } from '../../shared/api/errors.js';
import { NativeBindingError } from '../core/database/open-database.js';
import { DatabaseInUseError } from '../core/database/writer-lock.js';
import { parseArgs, UsageError } from './args.js';
import type { CliContext } from './command.js';
import { commands } from './commands.js';

function usage(): string {
  return [
    'Maillage en ligne de commande, sur les mêmes données que l’application\u00a0:',
    ...Object.values(commands).map((c) => `  ${c.usage}\n      ${c.summary}`),
    'Dossier des données par défaut\u00a0: celui de l’application (ou MAILLAGE_DATA_DIR).',
  ].join('\n');
}

/** Runs one command line; resolves to the exit code (0 done, 1 failed, 2 wrong call). Never throws. */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'aide') {
    (name ? context.out : context.err)(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    context.err(`Maillage\u00a0: commande inconnue «\u202f${name}\u202f».\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest, command.flags, command.switches), context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.err(`Maillage\u00a0: ${error.message}\nUsage\u00a0: ${command.usage}`);
      return 2;
    }
    if (error instanceof NativeBindingError) {
      context.err(
        `Maillage\u00a0: le module SQLite (better-sqlite3) ne se charge pas pour cette version de Node (${error.message}). Lancez «\u202fnpm rebuild better-sqlite3\u202f».`,
      );
      return 1;
    }
    const message =
      error instanceof ApiError || error instanceof DatabaseInUseError
        ? error.message
        : `erreur inattendue (${error instanceof Error ? error.message : String(error)}). Rien n’a été écrit.`;
    context.err(`Maillage\u00a0: ${message}`);
    return 1;
  }
}
