import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * A path as the system will reach it: symlinked folders resolved, as far as the path exists
 * (the file itself usually does not yet). A planted link to the data folder is seen through.
 */
function reachedPath(path: string): string {
  const absolute = resolve(path);
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return resolve(realpathSync.native(current), ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return absolute;
      rest.push(basename(current));
      current = parent;
    }
  }
}

function inside(path: string, folder: string, platform: NodeJS.Platform): boolean {
  // Windows and macOS file systems ignore case by default: « C:\Users\X\AppData » is « c:\users\x\appdata ».
  const fold = (p: string) => (platform === 'win32' || platform === 'darwin' ? p.toLowerCase() : p);
  const between = relative(fold(folder), fold(path));
  return between === '' || (!between.startsWith('..') && !isAbsolute(between));
}

/**
 * The data folder that `target` would land in, if any: an export must never be written there
 * (it could replace the database, a backup or the lock, and the folder is meant to hold the
 * base alone). Undefined when the target is elsewhere.
 */
export function dataFolderHolding(
  target: string,
  dataDirs: readonly string[],
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const reached = reachedPath(target);
  return dataDirs.find((dir) => inside(reached, reachedPath(dir), platform));
}

/** The French refusal, the same from the command line and the desktop's save dialog. */
export function dataFolderRefusal(target: string, dataDir: string): string {
  return `«\u00a0${target}\u00a0» est dans le dossier des données de Maillage («\u00a0${dataDir}\u00a0»), qui ne doit contenir que la base et ses sauvegardes\u00a0: un export ne s’y enregistre jamais. Rien n’a été écrit\u00a0; choisissez un autre dossier.`;
}
