import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';

/**
 * The maps name people: the data folder and every file Maillage writes are the user's alone
 * (0700 folders, 0600 files), whatever the umask. On Windows these modes mean nothing and are
 * not applied: the user profile's ACLs already keep others out.
 */
export const privateFileMode = 0o600;
export const privateDirMode = 0o700;

const appliesModes = process.platform !== 'win32';

function missing(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ENOENT';
}

/** Sets a file's mode to 0600 if it exists (an older Maillage, or SQLite, may have made it 0644). */
export function makePrivate(path: string): void {
  if (!appliesModes) return;
  try {
    chmodSync(path, privateFileMode);
  } catch (error) {
    if (!missing(error)) throw error;
  }
}

/** Creates the folder if needed (with its parents) and makes it 0700, fixing one made earlier. */
export function ensurePrivateDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: privateDirMode });
  if (appliesModes) chmodSync(path, privateDirMode);
}

/**
 * Creates an empty file 0600 if it does not exist, without touching one that does (SQLite then
 * opens it: an empty file is an empty database, and its -wal and -shm take the same mode).
 */
export function ensurePrivateFile(path: string): void {
  const fd = openSync(path, 'a', privateFileMode);
  closeSync(fd);
  makePrivate(path);
}
