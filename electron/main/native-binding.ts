import { join } from 'node:path';
import { frenchSpacing } from '../../shared/text/french-spacing.js';

/** Where scripts/rebuild-electron-sqlite.mjs puts the SQLite binary built for Electron. */
export function electronBindingPath(appRoot: string): string {
  return join(appRoot, 'native', 'electron', 'better_sqlite3.node');
}

export interface BindingContext {
  isPackaged: boolean;
  appRoot: string;
  exists: (path: string) => boolean;
}

/**
 * Which better-sqlite3 binary Electron loads. node_modules keeps the Node build the tests use;
 * a development run needs the Electron build kept beside it. A packaged app has its own
 * node_modules rebuilt for Electron by electron-builder, so the default lookup is right there.
 */
export function resolveNativeBinding(context: BindingContext): string | undefined {
  if (context.isPackaged) return undefined;
  const path = electronBindingPath(context.appRoot);
  return context.exists(path) ? path : undefined;
}

export interface ErrorText {
  title: string;
  content: string;
  /** One line for the terminal: the start script quotes the last line of stderr. */
  summary: string;
}

function firstLine(text: string): string {
  // Split with a limit of one always gives exactly one piece; trim drops a Windows \r.
  return (text.split('\n', 1)[0] as string).trim();
}

/** What the facilitator (or a developer) reads when SQLite cannot be loaded at all. */
export function nativeBindingErrorText(isPackaged: boolean, detail: string): ErrorText {
  const title = 'Maillage ne peut pas démarrer';
  const cause =
    'La bibliothèque SQLite, qui enregistre les ateliers, n’a pas pu être chargée par Electron. Aucune donnée n’a été touchée.';
  const fix = isPackaged
    ? 'Réinstallez Maillage. Si le problème persiste, transmettez le détail ci-dessous à votre support.'
    : [
        'Sa version compilée pour Electron manque ou ne correspond pas. Pour la produire, lancez :',
        '    npm run rebuild:electron',
        '(cette commande a besoin d’Internet). En attendant, « npm run web » ouvre Maillage dans le navigateur.',
      ].join('\n');
  // The detail is the library's own message: quoted as is.
  return {
    title,
    content: `${frenchSpacing(`${cause}\n\n${fix}\n\nDétail :`)} ${detail}`,
    summary: isPackaged
      ? `SQLite n’a pas pu être chargé (${firstLine(detail)})`
      : 'SQLite n’a pas pu être chargé pour Electron : lancez « npm run rebuild:electron » (Internet nécessaire)',
  };
}

/** Any other failure to open the data folder: say where, and what to check. */
/** Another Maillage (window, browser mode, command) already writes to this folder. */
export function databaseInUseErrorText(message: string): ErrorText {
  return {
    title: 'Maillage est déjà ouvert',
    content: frenchSpacing(message),
    summary: firstLine(message),
  };
}

export function startupErrorText(dataDir: string, detail: string): ErrorText {
  // The folder and the detail are quoted as is, so that they can be copied exactly.
  const advice = frenchSpacing(
    'n’a pas pu être ouvert. Aucune donnée n’a été effacée.\n' +
      'Vérifiez que le disque n’est pas plein et que vous avez le droit d’écrire dans ce dossier, puis relancez Maillage.\n\n' +
      'Détail :',
  );
  return {
    title: 'Maillage ne peut pas démarrer',
    content: `Le dossier de données «\u00a0${dataDir}\u00a0» ${advice} ${detail}`,
    summary: `le dossier de données « ${dataDir} » n’a pas pu être ouvert (${firstLine(detail)})`,
  };
}
