import { contract, isMethodName, type MethodName, type StartupNotice } from '../../shared/api/contract.js';
import { ApiError, type Envelope } from '../../shared/api/errors.js';
import type { AsyncMethodName } from '../../shared/api/method-names.js';
import type { RoomInterface } from '../../shared/salle/room.js';
import { startRoomServer } from '../salle-server/room-server.js';
import { SnapshotStore } from './atelier/snapshot-store.js';
import { frenchDateTime } from './backups/backup-files.js';
import { BackupService } from './backups/backup-service.js';
import { latestSchemaVersion } from './database/migrations.js';
import {
  type OpenDatabaseOptions,
  type OpenedDatabase,
  openDatabase,
  openForReading,
} from './database/open-database.js';
import { acquireWriterLock } from './database/writer-lock.js';
import { toApiError } from './errors.js';
import { EventHub, type Listener } from './event-hub.js';
import { createExporter } from './export/export-service.js';
import { firstVersionOf } from './export/first-version.js';
import { findFontDir } from './export/fonts.js';
import { type ChromiumPdfPrinter, chromiumPdfPrinter, type PdfPrinter } from './export/pdf.js';
import { createHandlers, type HandlerResult, type Handlers, requireWritable, writingMethods } from './handlers.js';
import { MapService } from './map/map-service.js';
import { type ErasureReport, ErasureService, undoWindowMs } from './privacy/erasure-service.js';
import { ensurePrivateDir, makeFolderFilesPrivate } from './privacy/private-files.js';
import { roomInterfaces } from './salle/network-interfaces.js';
import { findPhoneDir } from './salle/phone-dir.js';
import { type ListenRoom, RoomService } from './salle/room-service.js';
import { seriesReferenceFor } from './series/series-handlers.js';
import { appVersion } from './version.js';
import { WorkshopRepository } from './workshops/workshop-repository.js';

export interface CoreOptions extends OpenDatabaseOptions {
  dataDir: string;
  /** How often a backup is taken while something changes; 5 minutes by default. */
  backupIntervalMs?: number;
  /** How long a deleted workshop can be brought back before it is erased; 10 s by default. */
  undoWindowMs?: number;
  /** Prints the summary's HTML to PDF: Electron's printToPDF on the desktop, Chromium elsewhere. */
  printPdf?: PdfPrinter;
  /** The bundled fonts (build/fonts) for pictures; found next to the code by default. */
  fontDir?: string;
  /**
   * Read only, without the writer's lock, beside an app that may be running: every writing
   * method answers read_only. For the command line's list and export.
   */
  reader?: boolean;
  /** Starts the room listener for participants' phones; electron/salle-server's by default. */
  listenRoom?: ListenRoom;
  /** The built phone page (dist/telephone); found next to the code by default. */
  phoneDir?: string;
  /** The network interfaces the room may listen on; the computer's own by default. */
  roomInterfaces?: () => RoomInterface[];
}

/** What dispatch answers: a promise for the slow methods (exports), the envelope at once otherwise. */
export type DispatchAnswer<M extends string> = M extends AsyncMethodName
  ? Promise<Envelope<unknown>>
  : string extends M
    ? Envelope<unknown> | Promise<Envelope<unknown>>
    : Envelope<unknown>;

/** The database and everything built over it: replaced as a whole when a backup is restored. */
interface Session {
  opened: OpenedDatabase;
  maps: MapService;
  handlers: Handlers;
  room: RoomService;
}

export interface Core {
  /** Validates, runs and answers one call; never throws (nor rejects, for the slow methods). */
  dispatch<M extends string>(method: M, input: unknown): DispatchAnswer<M>;
  /** The typed form of dispatch, for code inside the same process (CLI, tests). */
  call<M extends MethodName>(method: M, input: unknown): HandlerResult<M>;
  subscribe(listener: Listener): () => void;
  readonly dataDir: string;
  readonly databasePath: string;
  readonly readOnly: boolean;
  readonly backups: BackupService;
  /**
   * Erases every deleted workshop now, without waiting for the end of its undo window (close()
   * does it too); what was erased, or undefined when nothing waited.
   */
  eraseDeleted(): ErasureReport | undefined;
  /** Erases what Maillage keeps pending, then closes the database and lets go of the folder. */
  close(): void;
}

/**
 * Opens the database of dataDir and builds the handler table over it. The data folder is
 * locked for this core only (one writer per database); a backup is taken at open, then every
 * few minutes while something changes.
 */
export function createCore(options: CoreOptions): Core {
  if (!options.reader) ensurePrivateDir(options.dataDir);
  // A reader takes no lock: it may run beside the app that writes (see openForReading).
  const lock = options.reader ? undefined : acquireWriterLock(options.dataDir, options);
  const events = new EventHub();
  const clock = options.now ?? (() => new Date());
  const now = () => clock().toISOString();
  let session: Session;
  let changedSinceBackup = false;
  // One Chromium for the whole life of the core, not one per session: a restored backup keeps it.
  const chromium = options.printPdf ? undefined : chromiumPdfPrinter();
  const printPdf: PdfPrinter = options.printPdf ?? (chromium as ChromiumPdfPrinter).print;

  function openSession(): Session {
    const opened = options.reader
      ? openForReading(options.dataDir, options)
      : openDatabase(options.dataDir, {
          ...options,
          beforeMigration(db) {
            try {
              backups.take('avant-migration', { database: db, prune: false });
            } catch (error) {
              // The migration still runs; the backup taken right after the opening will hold it all.
              console.error('Maillage : sauvegarde avant mise à jour du schéma impossible', error);
            }
          },
        });
    const workshops = new WorkshopRepository(opened.db);
    const maps = new MapService(opened.db, workshops, events, now);
    const snapshots = new SnapshotStore(opened.db);
    const room = new RoomService({
      db: opened.db,
      maps,
      events,
      now,
      listen: options.listenRoom ?? startRoomServer,
      phoneDir: options.phoneDir ?? findPhoneDir(),
      interfaces: options.roomInterfaces ?? (() => roomInterfaces()),
      clockMs: () => clock().getTime(),
    });
    const handlers: Handlers = createHandlers({
      workshops,
      printPdf,
      maps,
      events,
      now,
      backups,
      erasure,
      dataDir: options.dataDir,
      undoWindowMs: options.undoWindowMs ?? undoWindowMs,
      room,
      exporter: createExporter({
        read: (id) => {
          const series = seriesReferenceFor(opened.db, maps, id);
          return {
            ...maps.get(id),
            versions: firstVersionOf(snapshots, id),
            contributors: room.contributors(id),
            ...(series ? { series } : {}),
          };
        },
        printPdf,
        fontDir: options.fontDir ?? findFontDir(),
        now,
        appVersion,
      }),
      db: opened.db,
      transaction: (fn) => opened.db.transaction(fn)(),
      info: () => ({
        version: appVersion,
        schemaVersion: latestSchemaVersion,
        dataDir: options.dataDir,
        notices: opened.notices,
        readOnly: opened.readOnly,
        undoWindowMs: options.undoWindowMs ?? undoWindowMs,
      }),
    });
    return { opened, maps, handlers, room };
  }

  const backups = new BackupService({
    ...options,
    database: () => session.opened.db,
    now: clock,
    reopen(replace) {
      // Phones must not keep writing into a database being replaced.
      session.room.dispose();
      session.opened.db.close();
      try {
        replace();
      } finally {
        session = openSession();
        // Pending deletions were all erased before the restore: a mark still in the restored file
        // belongs to a deletion that was cancelled since.
        if (!session.opened.readOnly) session.opened.db.prepare('UPDATE workshops SET erase_at = NULL').run();
      }
      changedSinceBackup = false;
      events.publish({ type: 'database.restored' });
      events.publish({ type: 'workshops.changed' });
    },
  });

  const erasure = new ErasureService({
    database: () => session.opened.db,
    backups,
    events,
    now: clock,
    forget: (id) => session.maps.forget(id),
    ...(options.undoWindowMs === undefined ? {} : { undoWindowMs: options.undoWindowMs }),
  });

  try {
    session = openSession();
    // An empty database (first start, or a damaged one just moved aside) is not worth a backup:
    // it would only push the useful ones out of the rolling window.
    const hasData = session.handlers['workshop.list']({}).length > 0;
    if (!options.reader) makeFolderFilesPrivate(options.dataDir);
    if (!session.opened.readOnly) backups.cleanUp();
    // A deletion confirmed before Maillage stopped (crash, kill) is completed before anything else,
    // before the opening backup in particular.
    if (!session.opened.readOnly) erasure.eraseAll();
    if (!session.opened.readOnly && hasData) backups.take('ouverture');
    pointToLatestBackup(session.opened.notices, backups);
  } catch (error) {
    lock?.release();
    throw error;
  }

  const timer = setInterval(
    () => {
      if (!changedSinceBackup || session.opened.readOnly) return;
      changedSinceBackup = false;
      try {
        backups.take('periodique');
      } catch (error) {
        changedSinceBackup = true;
        console.error('Maillage : sauvegarde automatique impossible', error);
      }
    },
    options.backupIntervalMs ?? 5 * 60 * 1000,
  );
  // A pending backup never keeps a finished process (CLI, tests) alive.
  timer.unref();

  let closed = false;

  function run(method: string, input: unknown): unknown {
    if (!isMethodName(method)) {
      throw new ApiError({ code: 'unknown_method', message: `Méthode inconnue : « ${method.slice(0, 80)} ».` });
    }
    requireWritable(method, session.opened.readOnly);
    const parsed = contract[method].input.parse(input ?? {});
    const result = (session.handlers[method] as (input: unknown) => unknown)(parsed);
    if (writingMethods.has(method)) changedSinceBackup = true;
    return result;
  }

  return {
    dispatch<M extends string>(method: M, input: unknown) {
      const failed = (error: unknown): Envelope<unknown> => ({ ok: false, error: toApiError(error).toBody() });
      let answer: Envelope<unknown> | Promise<Envelope<unknown>>;
      try {
        const result = run(method, input);
        answer =
          result instanceof Promise
            ? result.then((value): Envelope<unknown> => ({ ok: true, result: value }), failed)
            : { ok: true, result };
      } catch (error) {
        answer = failed(error);
      }
      return answer as DispatchAnswer<M>;
    },
    call<M extends MethodName>(method: M, input: unknown) {
      let result: unknown;
      try {
        result = run(method, input);
      } catch (error) {
        throw toApiError(error);
      }
      const typed =
        result instanceof Promise ? result.catch((error: unknown) => Promise.reject(toApiError(error))) : result;
      return typed as HandlerResult<M>;
    },
    subscribe: (listener) => events.subscribe(listener),
    dataDir: options.dataDir,
    get databasePath() {
      return session.opened.path;
    },
    get readOnly() {
      return session.opened.readOnly;
    },
    backups,
    eraseDeleted: () => (session.opened.readOnly ? undefined : erasure.eraseAll()),
    close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      erasure.stop();
      // The PDF browser closes on its own; a CLI process ends once it has.
      chromium?.close().catch((error: unknown) => console.error('Maillage : Chromium mal fermé', error));
      try {
        // Quitting closes the room: every phone is revoked and the listener stops.
        session.room.dispose();
      } catch (error) {
        console.error('Maillage : fermeture de la salle', error);
      }
      try {
        // Quitting during « Annuler » completes the deletion: it was confirmed, and it must not
        // wait for a next start that may never come.
        if (!session.opened.readOnly) erasure.eraseAll();
      } catch (error) {
        console.error('Maillage : effacement reporté au prochain démarrage', error);
      } finally {
        try {
          session.opened.db.close();
        } finally {
          lock?.release();
        }
      }
    },
  };
}

/** After a damaged database was moved aside, says which backup can bring the work back. */
function pointToLatestBackup(notices: StartupNotice[], backups: BackupService): void {
  const notice = notices.find((n) => n.kind === 'database-moved-aside');
  const latest = notice ? backups.list().find((b) => b.readable) : undefined;
  if (!notice || !latest) return;
  notice.message += ` Une sauvegarde du ${frenchDateTime(latest.takenAt)} (${latest.workshops} atelier${latest.workshops > 1 ? 's' : ''}) est disponible\u00a0: choisissez «\u00a0Restaurer une sauvegarde\u00a0» sur la page des ateliers.`;
}
