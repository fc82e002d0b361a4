import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors.js';
import type { DamagedFile, DataFile } from '../../../shared/privacy/privacy-api.js';
import { databaseFileName } from '../data-dir.js';
import { shred } from './private-files.js';

const appliesModes = process.platform !== 'win32';

/** « 0600 » for a path, null where Unix modes mean nothing. */
export function modeOf(path: string): string | null {
  if (!appliesModes) return null;
  return `0${(statSync(path).mode & 0o777).toString(8)}`;
}

/** Every entry directly in the data folder, as the privacy notice lists it. */
export function dataFiles(dataDir: string): DataFile[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dataDir, entry.name);
      const folder = entry.isDirectory();
      const size = folder ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : sizeOf(path);
      return { name: entry.name, size, folder, mode: modeOf(path) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

function sizeOf(path: string): number {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : 0;
  } catch {
    return 0;
  }
}

/** `maillage.sqlite.illisible-2026-11-29T10-43-00-000Z` (and `-2`…): nothing else may be deleted this way. */
const damagedName = new RegExp(
  `^${databaseFileName.replace('.', '\\.')}\\.illisible-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z(?:-\\d+)?$`,
);

/** The damaged databases moved aside at start (their -wal and -shm go with them). */
export function damagedFiles(dataDir: string): DamagedFile[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir)
    .flatMap((name) => {
      const match = damagedName.exec(name);
      if (!match) return [];
      const [, day, h, m, s, ms] = match;
      const size = ['', '-wal', '-shm'].reduce((sum, suffix) => sum + sizeOf(join(dataDir, name + suffix)), 0);
      return [{ name, size, movedAt: `${day}T${h}:${m}:${s}.${ms}Z` }];
    })
    .sort((a, b) => (b.movedAt ?? '').localeCompare(a.movedAt ?? ''));
}

/**
 * Deletes a damaged database moved aside, with its -wal and -shm, overwritten with zeros first.
 * Only a name the folder lists as such is accepted: never a path, never another file.
 */
export function removeDamaged(dataDir: string, name: string): void {
  if (!damagedName.test(name) || !damagedFiles(dataDir).some((file) => file.name === name)) {
    throw new ApiError({
      code: 'not_found',
      message: `Aucune base abîmée «\u202f${name.slice(0, 80)}\u202f» dans le dossier des données. Rien n’a été supprimé.`,
    });
  }
  for (const suffix of ['', '-wal', '-shm']) {
    const path = join(dataDir, name + suffix);
    if (existsSync(path)) shred(path);
  }
}
