import { randomBytes } from 'node:crypto';
import { lstat, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import { privateFileMode } from '../privacy/private-files.js';

export interface AtomicWriteOptions {
  /**
   * The temporary file's name inside the target's folder. Random by default: a hostile local
   * user cannot guess it, and it is created exclusively anyway. Given by tests only.
   */
  temporaryName?: (target: string) => string;
}

export interface FileToWrite {
  path: string;
  data: Uint8Array | string;
}

const attempts = 8;

const reasons: Record<string, string> = {
  EISDIR: 'c’est un dossier',
  ENOTDIR: 'le chemin passe par un fichier',
  ENOENT: 'dossier introuvable',
  EACCES: 'accès refusé',
  EPERM: 'opération refusée',
  EROFS: 'support en lecture seule',
  ENOSPC: 'disque plein',
  EDQUOT: 'quota dépassé',
  EEXIST: 'nom déjà pris',
};

/** A French reason for a failed write, with the system's code so that support can look it up. */
export function writeFailureReason(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code !== 'string') return error instanceof Error ? error.message : String(error);
  return reasons[code] ? `${reasons[code]}, ${code}` : code;
}

/** Raised when a file cannot be written; the message says which and that nothing was written. */
export class FileWriteError extends ApiError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super({ code: 'storage', message: `«\u00a0${path}\u00a0» n’a pas pu être écrit (${reason}). Rien n’a été écrit.` });
  }
}

const randomName = (target: string) => `.${basename(target)}.${randomBytes(12).toString('hex')}.tmp`;

/**
 * Creates the temporary file beside the target, exclusively (O_CREAT|O_EXCL, which never follows
 * a symlink found at that name), only the user may read it, and forces it to the disk.
 */
async function writeTemporary(target: string, data: Uint8Array | string, options: AtomicWriteOptions) {
  const name = options.temporaryName ?? randomName;
  for (let attempt = 1; ; attempt++) {
    const temporary = join(dirname(target), name(target));
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(temporary, 'wx', privateFileMode);
    } catch (error) {
      // Something already holds that name (a planted link, a leftover): never touch it, try another.
      if ((error as { code?: string }).code === 'EEXIST' && attempt < attempts) continue;
      throw error;
    }
    try {
      // The umask may have removed bits from the mode asked for; the file is the user's alone.
      await handle.chmod(privateFileMode);
      await handle.writeFile(data);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temporary, { force: true });
      throw error;
    }
    await handle.close();
    return temporary;
  }
}

/** Forces a folder's entries (the renames) to the disk; Windows cannot open a folder, and needs not. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // A rename is durable once it returns where a folder cannot be opened.
  }
}

/** What a target held before, to put it back if a later file of the same export fails. */
async function previousContent(path: string): Promise<Buffer | undefined> {
  try {
    const stat = await lstat(path);
    return stat.isFile() ? await readFile(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes several files as one: every file is written to a temporary file beside its target and
 * forced to the disk before any is renamed into place; if a rename fails, the targets already
 * replaced get their previous content back (or are removed). Either all the files are there with
 * their new content, or none changed. Files are created 0600, whatever the umask.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[], options: AtomicWriteOptions = {}): Promise<void> {
  const temporaries: string[] = [];
  const fail = (path: string, error: unknown): never => {
    if (error instanceof FileWriteError) throw error;
    throw new FileWriteError(path, writeFailureReason(error));
  };
  for (const file of files) {
    try {
      temporaries.push(await writeTemporary(file.path, file.data, options));
    } catch (error) {
      for (const temporary of temporaries) await rm(temporary, { force: true });
      fail(file.path, error);
    }
  }
  const placed: { path: string; previous: Buffer | undefined }[] = [];
  for (const [i, file] of files.entries()) {
    const temporary = temporaries[i] ?? '';
    // Only a group needs the previous content: a single rename replaces atomically by itself.
    const previous = files.length > 1 ? await previousContent(file.path) : undefined;
    try {
      await rename(temporary, file.path);
      placed.push({ path: file.path, previous });
    } catch (error) {
      for (const rest of temporaries.slice(i)) await rm(rest, { force: true });
      for (const done of placed.reverse()) {
        if (done.previous === undefined) await rm(done.path, { force: true });
        else await writeFilesAtomic([{ path: done.path, data: done.previous }], options);
      }
      fail(file.path, error);
    }
  }
  for (const folder of new Set(files.map((f) => dirname(f.path)))) await syncFolder(folder);
}

/** Writes beside the target then renames, so an interrupted write never leaves half a file under its name. */
export function writeFileAtomic(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}) {
  return writeFilesAtomic([{ path, data }], options);
}
