import { type Core, createCore } from '../core/create-core.js';
import { defaultDataDir } from '../core/data-dir.js';
import type { ParsedArgs } from './args.js';
import type { CliContext } from './command.js';

/** The same data folder as the apps: --data-dir, else MAILLAGE_DATA_DIR, else the desktop app's. */
export function dataDirOf(args: ParsedArgs, context: CliContext): string {
  return args.options.get('data-dir') ?? context.env.MAILLAGE_DATA_DIR ?? defaultDataDir(context.env);
}

/**
 * Opens the core on the data folder for one command, and always closes it (and its lock). A command
 * that only reads (list, export) opens it as a reader, so that it works while Maillage is open.
 */
export async function withCore<T>(
  args: ParsedArgs,
  context: CliContext,
  work: (core: Core) => Promise<T>,
  access: { reader: boolean } = { reader: false },
): Promise<T> {
  const core = createCore({ dataDir: dataDirOf(args, context), reader: access.reader });
  try {
    return await work(core);
  } finally {
    core.close();
  }
}
