// The batches the kill test writes, and how to check a database holds whole batches only.
import Database from 'better-sqlite3';
import { newActor, newLink } from '../../shared/domain/model.js';
import type { MapOp } from '../../shared/domain/operations.js';

export const anchorId = 'ancre';

/**
 * Batch n: actor `a<n>`, link `l<n>` from it to the previous actor (or the anchor), and the
 * anchor's notes set to `dernier lot : n` — three rows that must all be there, or none.
 */
export function batchOps(n: number): MapOp[] {
  return [
    { type: 'actor.add', actor: newActor({ id: `a${n}`, label: `Acteur ${n}`, category: 'associations', x: n, y: n }) },
    {
      type: 'link.add',
      link: newLink({ id: `l${n}`, source: `a${n}`, target: n > 1 ? `a${n - 1}` : anchorId, kind: 'information' }),
    },
    { type: 'actor.update', id: anchorId, patch: { notes: `dernier lot : ${n}` } },
  ];
}

export interface DatabaseCheck {
  /** How many batches, 1…n, the database holds whole. */
  batches: number;
  /** Everything found wrong: empty when the database is sound. */
  problems: string[];
}

/**
 * Reads the database as a crash left it (through SQLite, which replays the log) and checks
 * that it holds batches 1…n whole, nothing else, and a revision that counts them.
 */
export function checkDatabase(path: string, workshopId: string, baseRevision: number): DatabaseCheck {
  const db = new Database(path, { fileMustExist: true });
  const problems: string[] = [];
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const actors = db
      .prepare("SELECT id FROM actors WHERE workshop_id = ? AND id <> 'ancre'")
      .pluck()
      .all(workshopId) as string[];
    const numbers = actors.map((id) => Number(id.slice(1))).sort((a, b) => a - b);
    const batches = numbers.length;
    if (numbers.some((n, i) => n !== i + 1))
      problems.push(`actors not 1…${batches}: ${numbers.slice(0, 5).join(',')}…`);
    const links = db
      .prepare('SELECT id, source, target FROM links WHERE workshop_id = ? ORDER BY id')
      .all(workshopId) as { id: string; source: string; target: string }[];
    if (links.length !== batches) problems.push(`${links.length} links for ${batches} actors`);
    for (const link of links) {
      const n = Number(link.id.slice(1));
      const target = n > 1 ? `a${n - 1}` : anchorId;
      if (link.source !== `a${n}` || link.target !== target || n < 1 || n > batches) {
        problems.push(`link ${link.id} is ${link.source}→${link.target}`);
      }
    }
    const anchorNotes = db
      .prepare('SELECT notes FROM actors WHERE workshop_id = ? AND id = ?')
      .pluck()
      .get(workshopId, anchorId) as string | undefined;
    const expectedNotes = batches === 0 ? '' : `dernier lot : ${batches}`;
    if (anchorNotes !== expectedNotes) problems.push(`anchor notes « ${anchorNotes} », expected « ${expectedNotes} »`);
    const revision = db.prepare('SELECT revision FROM workshops WHERE id = ?').pluck().get(workshopId) as number;
    if (revision !== baseRevision + batches) problems.push(`revision ${revision}, expected ${baseRevision + batches}`);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
    return { batches, problems };
  } finally {
    db.close();
  }
}
