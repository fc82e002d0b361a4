import {
  chmodSync,
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * The maps name people: the data folder and every file Maillage writes are the user's alone
 * (0700 folders, 0600 files), whatever the umask. On Windows these modes mean nothing and are
 * not applied: the user profile's ACLs already keep others out.
 */
export const privateFileMode = 0o600;
export const privateDirMode = 0o700;

const appliesModes = process.platform !== 'win32';

/**
 * Sets a mode, and says whether it could. A file system without Unix modes (a FAT USB key given
 * as --data-dir) refuses: Maillage still works there, and the privacy notice shows the modes as
 * they really are rather than failing to start.
 */
function setMode(path: string, mode: number): boolean {
  if (!appliesModes) return true;
  try {
    chmodSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/** Sets a file's mode to 0600 if it exists (an older Maillage, or SQLite, may have made it 0644). */
export function makePrivate(path: string): boolean {
  return setMode(path, privateFileMode);
}

/** Creates the folder if needed (with its parents) and makes it 0700, fixing one made earlier. */
export function ensurePrivateDir(path: string): boolean {
  mkdirSync(path, { recursive: true, mode: privateDirMode });
  return setMode(path, privateDirMode);
}

/**
 * Creates an empty file 0600 if it does not exist, without touching one that does (SQLite then
 * opens it: an empty file is an empty database, and its -wal and -shm take the same mode).
 */
export function ensurePrivateFile(path: string): void {
  closeSync(openSync(path, 'a', privateFileMode));
  makePrivate(path);
}

/**
 * Every file directly in the data folder made 0600: what an earlier Maillage left readable
 * (damaged databases moved aside, window states), fixed each time the folder is opened.
 */
export function makeFolderFilesPrivate(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile()) makePrivate(join(folder, entry.name));
  }
}

/**
 * Overwrites a file with zeros, forces that to the disk, then removes it: on a hard disk the
 * old bytes are gone. An SSD or a copy-on-write file system may still keep them in blocks the
 * system no longer shows; full-disk encryption is what covers those (README).
 */
export function shred(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r+');
    const size = fstatSync(fd).size;
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    fsyncSync(fd);
  } catch {
    // Unreadable or already gone: removing it is all that is left to do.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  rmSync(path, { force: true });
}
