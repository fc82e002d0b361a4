import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import type { PersonFindings } from '../../../shared/privacy/privacy-api.js';
import { frenchDateTime } from '../backups/backup-files.js';
import { type BackupService, backupRetention } from '../backups/backup-service.js';
import type { EventHub } from '../event-hub.js';
import type { MapService } from '../map/map-service.js';
import { damagedFiles, dataFiles, modeOf, removeDamaged } from './data-folder.js';
import { markCleanupNeeded, purgeFreedPages } from './erase-rows.js';
import { erasePersonRows, findPersonPlaces, namesPerson } from './person-texts.js';
import { dueForReview, keepWorkshop, retentionMonths, setRetentionMonths } from './retention.js';

type PrivacyMethod =
  | 'privacy.overview'
  | 'privacy.removeDamaged'
  | 'privacy.setRetention'
  | 'privacy.keepWorkshop'
  | 'privacy.findPerson'
  | 'privacy.exportPerson'
  | 'privacy.erasePerson';
export type PrivacyHandlers = { [M in PrivacyMethod]: (input: MethodInput<M>) => MethodOutput<M> };

export interface PrivacyDeps {
  db: Database;
  dataDir: string;
  maps: MapService;
  events: EventHub;
  backups: BackupService;
  now: () => string;
  undoWindowMs: number;
}

interface WorkshopRow {
  id: string;
  title: string;
  territory: string;
  date: string;
  club_only: number;
}

/**
 * The privacy notice's methods: the data folder as it is (files, modes, backups, damaged files),
 * the retention review, and a person's right to see and to erase what concerns them.
 */
export function createPrivacyHandlers(deps: PrivacyDeps): PrivacyHandlers {
  const { db, dataDir } = deps;

  function find(text: string): PersonFindings {
    const places = findPersonPlaces(db, text);
    const rows = db
      .prepare('SELECT id, title, territory, date, club_only FROM workshops WHERE erase_at IS NULL ORDER BY rowid')
      .all() as WorkshopRow[];
    const workshops = rows.flatMap((w) => {
      const found = places.get(w.id);
      return found
        ? [{ id: w.id, title: w.title, territory: w.territory, clubOnly: w.club_only === 1, places: found }]
        : [];
    });
    return { text, workshops, total: workshops.reduce((sum, w) => sum + w.places.length, 0) };
  }

  return {
    'privacy.overview': () => {
      const backups = deps.backups.list();
      const counts = db
        .prepare('SELECT SUM(club_only = 0) AS own, SUM(club_only = 1) AS club FROM workshops WHERE erase_at IS NULL')
        .get() as { own: number | null; club: number | null };
      const months = retentionMonths(db);
      return {
        dataDir,
        folderMode: modeOf(dataDir),
        files: dataFiles(dataDir),
        backups: {
          count: backups.length,
          oldest: backups.at(-1)?.takenAt ?? null,
          newest: backups[0]?.takenAt ?? null,
          ...backupRetention,
        },
        damaged: damagedFiles(dataDir),
        workshops: { own: counts.own ?? 0, club: counts.club ?? 0 },
        retentionMonths: months,
        due: months === null ? [] : dueForReview(db, months, new Date(deps.now())),
        undoWindowMs: deps.undoWindowMs,
      };
    },
    'privacy.removeDamaged': ({ name }) => {
      removeDamaged(dataDir, name);
      return { removed: true };
    },
    'privacy.setRetention': ({ months }) => {
      setRetentionMonths(db, months);
      return { retentionMonths: months };
    },
    'privacy.keepWorkshop': ({ id }) => {
      if (!keepWorkshop(db, id, deps.now())) {
        throw new ApiError({
          code: 'not_found',
          message: 'Atelier introuvable : il a peut-être été supprimé entre-temps.',
        });
      }
      return { kept: true };
    },
    'privacy.findPerson': ({ text }) => find(text),
    'privacy.exportPerson': ({ text }) => {
      const findings = find(text);
      const backupsNaming = deps.backups.count((backup) => namesPerson(backup, text));
      return {
        fileName: `maillage-donnees-personne-${deps.now().slice(0, 10)}.txt`,
        mimeType: 'text/plain',
        base64: Buffer.from(personReport(findings, dataDir, deps.now(), backupsNaming), 'utf8').toString('base64'),
      };
    },
    'privacy.erasePerson': ({ text }) => {
      const before = find(text);
      // Backups first, as a deleted workshop: a crash leaves the database naming them, and the
      // same request, done again, finishes the job.
      const { rewritten, removed } = deps.backups.rewrite(
        (backup) => namesPerson(backup, text),
        (backup) => {
          erasePersonRows(backup, text);
        },
      );
      const places = db.transaction(() => {
        const changed = erasePersonRows(db, text);
        // The map changed outside any batch: a new revision, so that whatever is keyed on the
        // revision (the phones' picture of the map, a view's copy) is drawn again without the name.
        // updated_at stays: erasing a name is not working on the workshop, for the retention review.
        const bump = db.prepare('UPDATE workshops SET revision = revision + 1 WHERE id = ?');
        for (const w of before.workshops) bump.run(w.id);
        markCleanupNeeded(db);
        return changed;
      })();
      purgeFreedPages(db);
      for (const w of before.workshops) deps.maps.forget(w.id);
      // Every open view reloads what it shows: names changed under it.
      deps.events.publish({ type: 'database.restored' });
      deps.events.publish({ type: 'workshops.changed' });
      return { places, workshops: before.workshops.length, backupsRewritten: rewritten, backupsRemoved: removed };
    },
  };
}

const kindNames: Record<string, string> = {
  titre: 'Titre',
  territoire: 'Territoire',
  animation: 'Animation',
  objectif: 'Objectif',
  participant: 'Participant',
  acteur: 'Acteur',
  contact: 'Contact',
  remarque: 'Remarque',
  lien: 'Lien',
  note: 'Note',
  zone: 'Zone',
  vue: 'Vue',
  version: 'Version',
  question: 'Question',
  proposition: 'Proposition',
};

/** The answer to a person's access request, as a plain French text file. */
export function personReport(findings: PersonFindings, dataDir: string, at: string, backupsNaming: number): string {
  const lines = [
    `Maillage — ce qui concerne «\u202f${findings.text}\u202f»`,
    `Extrait le ${frenchDateTime(at)} du dossier des données «\u202f${dataDir}\u202f».`,
    'Recherche\u00a0: ce texte en mots entiers, sans tenir compte des majuscules ni des accents, dans tous les ateliers de cet ordinateur (y compris les fichiers reçus de collègues pour le Club), leurs versions, leurs vues et les questions des étapes.',
    '',
  ];
  for (const w of findings.workshops) {
    lines.push(
      `Atelier «\u202f${w.title}\u202f»${w.territory ? ` — ${w.territory}` : ''}${w.clubOnly ? ' (reçu pour le Club)' : ''}`,
    );
    for (const place of w.places)
      lines.push(`  • ${kindNames[place.kind] ?? place.kind} — ${place.where}\u00a0: ${place.text}`);
    lines.push('');
  }
  lines.push(
    findings.total === 0
      ? 'Aucun passage ne contient ce texte.'
      : `${findings.total}\u00a0passage${findings.total > 1 ? 's' : ''} dans ${findings.workshops.length}\u00a0atelier${findings.workshops.length > 1 ? 's' : ''}.`,
    `Sauvegardes\u00a0: ${backupsNaming} des sauvegardes automatiques (copies de ces ateliers à des dates passées, gardées au plus sept jours) contiennent aussi ce texte, parfois sous une forme plus ancienne\u00a0; «\u202fEffacer partout\u202f» les réécrit aussi.`,
  );
  return `${lines.join('\n')}\n`;
}
