import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { databaseFileName } from '../core/data-dir.js';
import { UsageError } from './args.js';
import type { Command } from './command.js';
import { dataDirOf, withCore } from './open-core.js';

/** `maillage list`: the workshops of the data folder, one per line, tab-separated (easy to grep or cut). */
export const listCommand: Command = {
  usage: 'maillage list [--data-dir DOSSIER]',
  summary: 'liste les ateliers (identifiant, titre, territoire, date, acteurs, liens)',
  flags: ['data-dir'],
  async run(args, context) {
    if (args.positional.length > 0)
      throw new UsageError(`Argument en trop\u00a0: «\u202f${args.positional[0]}\u202f».`);
    // A folder Maillage never used has no workshop; reading it must not create a database there.
    const dataDir = dataDirOf(args, context);
    if (!existsSync(join(dataDir, databaseFileName))) {
      context.err(`Aucun atelier dans ${dataDir}.`);
      return 0;
    }
    return withCore(
      args,
      context,
      async (core) => {
        const workshops = core.call('workshop.list', {});
        if (workshops.length === 0) {
          context.err(`Aucun atelier dans ${core.dataDir}.`);
          return 0;
        }
        context.out(['identifiant', 'titre', 'territoire', 'date', 'acteurs', 'liens'].join('\t'));
        for (const w of workshops) {
          const cells = [w.id, w.title, w.territory, w.date, String(w.actorCount), String(w.linkCount)];
          // A tab or line break typed in a title must not shift the columns.
          context.out(cells.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')).join('\t'));
        }
        return 0;
      },
      { reader: true },
    );
  },
};
