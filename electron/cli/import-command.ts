import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { autoMapOrCreate } from '../../shared/exchange/auto-mapping.js';
import type { ImportProblem } from '../../shared/exchange/csv/problems.js';
import { maillageExtension } from '../../shared/exchange/maillage-schema.js';
import { UsageError } from './args.js';
import type { CliContext, Command } from './command.js';
import { withCore } from './open-core.js';

function readInput(path: string, context: CliContext): { name: string; bytes: Buffer } {
  const full = resolve(context.cwd, path);
  try {
    return { name: basename(full), bytes: readFileSync(full) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `Fichier introuvable\u00a0: ${full}.`
        : `Lecture impossible de ${full} (${code ?? 'erreur'}).`,
    );
  }
}

const where = (p: ImportProblem) => (p.file === 'actors' ? 'acteurs' : 'liens');

/**
 * `maillage import`: a `.maillage` file, or a CSV of actors (and --links, a CSV of links), as a
 * NEW workshop whose id is the last line printed. A spreadsheet's own words are kept: a
 * category or link kind not in the codebook is matched where clear, otherwise added to the
 * workshop's codebook (said on stderr). Rows that cannot be read refuse the whole file, each
 * listed with its line; nothing is written then.
 */
export const importCommand: Command = {
  usage: 'maillage import <fichier.maillage | acteurs.csv> [--links liens.csv] [--title TITRE] [--data-dir DOSSIER]',
  summary: 'importe un fichier .maillage ou une liste d’acteurs CSV (et de liens) comme nouvel atelier',
  flags: ['links', 'title', 'data-dir'],
  async run(args, context) {
    const [path, ...extra] = args.positional;
    if (!path) throw new UsageError('Indiquez le fichier à importer (.maillage, ou CSV des acteurs).');
    if (extra.length > 0) throw new UsageError(`Argument en trop\u00a0: «\u202f${extra[0]}\u202f».`);
    const title = args.options.get('title');
    const linksPath = args.options.get('links');
    const isMaillage = extname(path).toLowerCase() === maillageExtension;
    if (isMaillage && linksPath) throw new UsageError('--links ne s’emploie qu’avec un CSV d’acteurs.');
    const actors = readInput(path, context);
    const links = linksPath ? readInput(linksPath, context) : undefined;

    return withCore(args, context, async (core) => {
      if (isMaillage) {
        const workshop = core.call('import.maillage', { text: actors.bytes.toString('utf8') });
        const titled = title ? core.call('workshop.update', { id: workshop.id, patch: { title } }) : workshop;
        context.err(`Atelier importé\u00a0: «\u202f${titled.title}\u202f».`);
        context.out(titled.id);
        return 0;
      }
      const input = {
        actors: { name: actors.name, base64: actors.bytes.toString('base64') },
        ...(links ? { links: { name: links.name, base64: links.bytes.toString('base64') } } : {}),
        ...(title ? { title } : {}),
      };
      const preview = core.call('import.preview', input);
      if (!preview.canImport) {
        for (const problem of preview.problems) context.err(`${where(problem)} — ${problem.message}`);
        context.err(
          `Maillage\u00a0: import refusé, ${preview.problems.length}\u00a0problème(s) à corriger dans le tableur. Rien n’a été écrit.`,
        );
        return 1;
      }
      const { mappings, report } = autoMapOrCreate(preview);
      const workshop = core.call('import.commit', { ...input, mappings });
      for (const line of report) context.err(line);
      for (const warning of preview.warnings) context.err(`${where(warning)} — ${warning.message}`);
      context.err(
        `Atelier «\u202f${workshop.title}\u202f» créé\u00a0: ${preview.actorCount}\u00a0acteurs, ${preview.linkCount}\u00a0liens.`,
      );
      context.out(workshop.id);
      return 0;
    });
  },
};
