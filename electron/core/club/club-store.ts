import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors.js';
import type { ClubWorkshop } from '../../../shared/club/club-model.js';
import type { MapService } from '../map/map-service.js';

interface Row {
  id: string;
  title: string;
  territory: string;
  date: string;
  club_only: number;
  created_at: string;
  series: string | null;
}

/** Every workshop of this machine, the facilitator's own and those received for the Club. */
export function readClubWorkshops(db: Database, maps: MapService): ClubWorkshop[] {
  // A workshop deleted a moment ago (still in its undo window) is already gone for the Club.
  const rows = db
    .prepare(
      'SELECT id, title, territory, date, club_only, created_at, series FROM workshops WHERE erase_at IS NULL ORDER BY rowid',
    )
    .all() as Row[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    territory: r.territory,
    date: r.date,
    clubOnly: r.club_only === 1,
    createdAt: r.created_at,
    series: r.series,
    map: maps.get(r.id).map,
  }));
}

export function isClubOnly(db: Database, workshopId: string): boolean {
  const row = db.prepare('SELECT club_only FROM workshops WHERE id = ?').get(workshopId) as
    | { club_only: number }
    | undefined;
  return row?.club_only === 1;
}

export function markClubOnly(db: Database, workshopId: string): void {
  db.prepare('UPDATE workshops SET club_only = 1 WHERE id = ?').run(workshopId);
}

/**
 * Refuses to change a workshop received for the Club: it is a colleague's record of their own
 * territory, kept here to compare, and an edit would silently diverge from theirs.
 */
export function refuseIfClubOnly(db: Database, workshopId: string): void {
  if (!isClubOnly(db, workshopId)) return;
  throw new ApiError({
    code: 'read_only',
    message:
      'Cet atelier a été reçu d’un collègue pour le Club des cités éducatives : il se consulte et se compare, mais ne se modifie pas ici. Pour en faire votre propre atelier, importez le fichier .maillage depuis la liste des ateliers ; rien n’a été modifié.',
  });
}
