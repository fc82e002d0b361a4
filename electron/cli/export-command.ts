import { lstatSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ExportFormat } from '../../shared/api/export-formats.js';
import type { Core } from '../core/create-core.js';
import { defaultDataDir } from '../core/data-dir.js';
import { dataFolderHolding, dataFolderRefusal } from '../core/export/export-target.js';
import { writeFilesAtomic } from '../core/export/write-file-atomic.js';
import { type ParsedArgs, UsageError } from './args.js';
import type { CliContext, Command } from './command.js';
import { dataDirOf, withCore } from './open-core.js';

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
  affiche: ['poster-a1'],
  poster: ['poster-a1'],
  'affiche-a1': ['poster-a1'],
  'poster-a1': ['poster-a1'],
  'affiche-a0': ['poster-a0'],
  'poster-a0': ['poster-a0'],
};

const formatList = 'docx|pdf|html|png|svg|affiche|affiche-a0|json|csv|graphml|gexf|canvas';

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

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Refuses, before anything is read, a target inside a data folder of Maillage (the one used, and the apps' own). */
function refuseDataFolder(paths: readonly string[], args: ParsedArgs, context: CliContext): void {
  const dataDirs = [dataDirOf(args, context), context.env.MAILLAGE_DATA_DIR, defaultDataDir(context.env)].flatMap(
    (dir) => (dir ? [resolve(context.cwd, dir)] : []),
  );
  for (const path of paths) {
    const dataDir = dataFolderHolding(path, dataDirs);
    if (dataDir) throw new UsageError(dataFolderRefusal(path, dataDir));
  }
}

/** An existing file is replaced only with --force; both CSV files are checked before either is written. */
function refuseExisting(paths: readonly string[], args: ParsedArgs): void {
  if (args.switches.has('force')) return;
  for (const path of paths) {
    if (exists(path)) {
      throw new UsageError(
        `«\u00a0${path}\u00a0» existe déjà\u00a0: ajoutez --force pour le remplacer, ou choisissez un autre nom avec --out. Rien n’a été écrit.`,
      );
    }
  }
}

/** `maillage export`: one workshop to one format, written to --out (nothing written on failure). */
export const exportCommand: Command = {
  usage: `maillage export <identifiant> --format ${formatList} --out FICHIER [--anonymiser] [--force] [--data-dir DOSSIER]`,
  summary:
    'exporte un atelier : synthèse (docx, pdf, html), carte (png, svg), affiche A1 ou A0 (pdf) ou données ; --anonymiser retire noms, contacts et remarques (pour partager) ; --force remplace un fichier existant',
  flags: ['format', 'out', 'data-dir'],
  switches: ['force', 'anonymiser'],
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
    const paths = formats.length === 1 ? [out] : [out, linksPathBeside(out)];
    refuseDataFolder(paths, args, context);

    return withCore(
      args,
      context,
      async (core) => {
        const workshopId = resolveWorkshop(core, given);
        refuseExisting(paths, args);
        // Every file is produced before any is written, and written as one: both CSV files or neither.
        const files = [];
        const anonymise = args.switches.has('anonymiser');
        for (const format of formats) files.push(await core.call('workshop.export', { workshopId, format, anonymise }));
        await writeFilesAtomic(
          files.map((file, i) => ({ path: paths[i] ?? out, data: Buffer.from(file.base64, 'base64') })),
        );
        for (const path of paths) context.out(path);
        return 0;
      },
      { reader: true },
    );
  },
};
