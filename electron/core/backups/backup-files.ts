import { closeSync, fsyncSync, openSync } from 'node:fs';
import { type BackupReason, backupReasons } from '../../../shared/api/backups.js';

export const backupFolderName = 'sauvegardes';
const extension = '.sqlite';

/** `2024-05-06T07:08:09.010Z` → `2024-05-06T07-08-09-010Z`: a file name every OS accepts. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export function backupFileName(id: string): string {
  return `${id}${extension}`;
}

const idPattern = /^maillage-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?-([a-z-]+)$/;

/** Reads the time and reason a backup's file name carries; undefined for any other file. */
export function parseBackupFileName(name: string): { id: string; takenAt: string; reason: BackupReason } | undefined {
  if (!name.endsWith(extension)) return undefined;
  const id = name.slice(0, -extension.length);
  const match = idPattern.exec(id);
  if (!match) return undefined;
  const [, day, h, m, s, ms, reason] = match;
  if (!(backupReasons as readonly string[]).includes(reason ?? '')) return undefined;
  return { id, takenAt: `${day}T${h}:${m}:${s}.${ms}Z`, reason: reason as BackupReason };
}

/** Forces a file (or, on Linux and macOS, a folder entry) to the disk before going on. */
export function syncToDisk(path: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // A folder cannot be opened on Windows, where a rename is durable once it returns.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface Dated {
  id: string;
  takenAt: string;
}

/**
 * Which backups to keep: the `recent` newest, and the newest of each of the last `days` days
 * (UTC days). Everything else may go.
 */
export function backupsToKeep<T extends Dated>(
  all: readonly T[],
  now: Date,
  recent: number,
  days: number,
): Set<string> {
  const newestFirst = [...all].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set(newestFirst.slice(0, recent).map((b) => b.id));
  const oldest = now.getTime() - days * 24 * 60 * 60 * 1000;
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.takenAt.slice(0, 10);
    if (Date.parse(backup.takenAt) < oldest || daysSeen.has(day)) continue;
    daysSeen.add(day);
    keep.add(backup.id);
  }
  return keep;
}

/** « 29/11/2026 à 10:43 » in the time zone of the machine, for messages written by the core. */
export function frenchDateTime(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' });
  return `${day} à ${time}`;
}
