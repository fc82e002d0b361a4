import type { Command } from './command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { listCommand } from './list-command.js';

/**
 * The commands of `maillage`, by name. `import` is added here by the exchange work
 * (electron/cli/import-command.ts, over the core's import.* methods).
 */
export const commands: Record<string, Command> = {
  list: listCommand,
  export: exportCommand,
  import: importCommand,
};
