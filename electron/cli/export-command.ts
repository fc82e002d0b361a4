import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ExportFormat } from '../../shared/api/export-formats.js';
import type { Core } from '../core/create-core.js';
import { writeFileAtomic } from '../core/export/write-file-atomic.js';
import { UsageError } from './args.js';
import type { Command } from './command.js';
import { withCore } from './open-core.js';

/** The formats the command line names, and what each produces (csv: two files). */
const cliFormats: Record<string, ExportFormat[]> = {
  docx: ['docx'],
  pdf: ['pdf'],
  html: ['html'],
  png: ['png'],
  svg: ['svg'],
  json: ['maillage'],
  maillage: ['maillage'],
  csv: ['csv-actors', 'csv-links'],
  'csv-acteurs': ['csv-actors'],
  'csv-liens': ['csv-links'],
  graphml: ['graphml'],
  gexf: ['gexf'],
  canvas: ['canvas'],
};

const formatList = 'docx|pdf|html|png|svg|json|csv|graphml|gexf|canvas';

/** The workshop named on the command line: its full id, or an unambiguous start of it (as `list` shows). */
function resolveWorkshop(core: Core, given: string): string {
  const workshops = core.call('workshop.list', {});
  if (workshops.some((w) => w.id === given)) return given;
  const matches = given.length >= 4 ? workshops.filter((w) => w.id.startsWith(given)) : [];
  if (matches.length === 1 && matches[0]) return matches[0].id;
  if (matches.length > 1) {
    throw new UsageError(
      `«\u202f${given}\u202f» désigne plusieurs ateliers\u00a0: donnez l’identifiant complet (maillage list).`,
    );
  }
  throw new UsageError(
    `Aucun atelier «\u202f${given}\u202f» dans ${core.dataDir}. Les identifiants sont donnés par «\u202fmaillage list\u202f».`,
  );
}

/** The links file of `--format csv`: beside the actors file, « -liens » added to its name. */
export function linksPathBeside(actorsPath: string): string {
  const extension = extname(actorsPath) || '.csv';
  return join(dirname(actorsPath), `${basename(actorsPath, extname(actorsPath))}-liens${extension}`);
}

/** `maillage export`: one workshop to one format, written to --out (nothing written on failure). */
export const exportCommand: Command = {
  usage: `maillage export <identifiant> --format ${formatList} --out FICHIER [--data-dir DOSSIER]`,
  summary: 'exporte un atelier : synthèse (docx, pdf, html), carte (png, svg) ou données',
  flags: ['format', 'out', 'data-dir'],
  async run(args, context) {
    const [given, ...extra] = args.positional;
    if (!given)
      throw new UsageError('Indiquez l’identifiant de l’atelier à exporter (voir «\u202fmaillage list\u202f»).');
    if (extra.length > 0) throw new UsageError(`Argument en trop\u00a0: «\u202f${extra[0]}\u202f».`);
    const formatName = args.options.get('format');
    if (!formatName) throw new UsageError(`Indiquez le format avec --format (${formatList}).`);
    const formats = cliFormats[formatName.toLowerCase()];
    if (!formats)
      throw new UsageError(
        `Format inconnu\u00a0: «\u202f${formatName}\u202f». Formats possibles\u00a0: ${formatList}.`,
      );
    const outOption = args.options.get('out');
    if (!outOption) throw new UsageError('Indiquez le fichier à écrire avec --out.');
    const out = resolve(context.cwd, outOption);

    return withCore(
      args,
      context,
      async (core) => {
        const workshopId = resolveWorkshop(core, given);
        // Every file is produced before any is written: a failure leaves nothing behind.
        const files = [];
        for (const format of formats) files.push(await core.call('workshop.export', { workshopId, format }));
        const paths = formats.length === 1 ? [out] : [out, linksPathBeside(out)];
        for (const [i, file] of files.entries()) {
          const path = paths[i] ?? out;
          await writeFileAtomic(path, Buffer.from(file.base64, 'base64'));
          context.out(path);
        }
        return 0;
      },
      { reader: true },
    );
  },
};
