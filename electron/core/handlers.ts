import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AppInfo, MethodInput, MethodName, MethodOutput } from '../../shared/api/contract.js';
import { ApiError } from '../../shared/api/errors.js';
import type { AsyncMethodName } from '../../shared/api/method-names.js';
import { defaultCodebook } from '../../shared/domain/codebook.js';
import { limits } from '../../shared/domain/limits.js';
import type { Workshop } from '../../shared/domain/model.js';
import { createAtelierHandlers } from './atelier/atelier-handlers.js';
import type { BackupService } from './backups/backup-service.js';
import { createClubHandlers } from './club/club-handlers.js';
import { refuseIfClubOnly } from './club/club-store.js';
import { notFound, readOnlyError } from './errors.js';
import type { EventHub } from './event-hub.js';
import { createExchangeHandlers } from './exchange/exchange-handlers.js';
import type { Exporter } from './export/export-service.js';
import type { PdfPrinter } from './export/pdf.js';
import type { MapService } from './map/map-service.js';
import type { ErasureService } from './privacy/erasure-service.js';
import { createPrivacyHandlers } from './privacy/privacy-handlers.js';
import { createRoomHandlers } from './salle/room-handlers.js';
import type { RoomService } from './salle/room-service.js';
import { createSeriesHandlers } from './series/series-handlers.js';
import type { WorkshopRepository } from './workshops/workshop-repository.js';

/** What a handler returns: a promise for the slow methods (asyncMethodNames), the output otherwise. */
export type HandlerResult<M extends MethodName> = M extends AsyncMethodName
  ? Promise<MethodOutput<M>>
  : MethodOutput<M>;

export type Handlers = { [M in MethodName]: (input: MethodInput<M>) => HandlerResult<M> };

export interface HandlerDeps {
  workshops: WorkshopRepository;
  maps: MapService;
  events: EventHub;
  backups: BackupService;
  /** The data folder, as the privacy notice describes it. */
  dataDir: string;
  undoWindowMs: number;
  /** Deletion with an undo window, then erasure from the database and the backups. */
  erasure: Pick<ErasureService, 'request' | 'undo' | 'eraseAll'>;
  /** The room of participants' phones (electron/core/salle). */
  room: RoomService;
  /** Builds an exported file of a workshop (electron/core/export). */
  exporter: Exporter;
  /** Prints the Club's digest to PDF (the same printer as the summary's). */
  printPdf: PdfPrinter;
  /** For the stores of facilitation state and versions (electron/core/atelier). */
  db: Database;
  info: () => AppInfo;
  transaction: <T>(fn: () => T) => T;
  now: () => string;
  newId?: () => string;
}

/** Methods that change the database: refused up front when it is open read-only. */
export const writingMethods: ReadonlySet<MethodName> = new Set([
  'workshop.create',
  'workshop.update',
  'workshop.duplicate',
  'workshop.delete',
  'workshop.undoDelete',
  'map.apply',
  'import.commit',
  'import.maillage',
  'club.importMaillage',
  'club.remove',
  'backup.restore',
  'facilitation.act',
  'snapshot.take',
  'snapshot.rename',
  'snapshot.delete',
  'series.set',
  'series.leave',
  'series.decide',
  // The room stores proposals: a database opened read-only cannot receive any.
  'room.open',
  'room.settle',
  'privacy.removeDamaged',
  'privacy.setRetention',
  'privacy.keepWorkshop',
  'privacy.erasePerson',
]);

export function requireWritable(method: MethodName, readOnly: boolean): void {
  if (readOnly && writingMethods.has(method)) throw readOnlyError();
}

const copySuffix = ' (copie)';

/** The title of a duplicate: the source's, shortened if need be so that it stays within the limit. */
export function copyTitle(title: string): string {
  if (title.length + copySuffix.length <= limits.label) return `${title}${copySuffix}`;
  // Shortened with an ellipsis, never cutting a surrogate pair in two.
  const cut = title.slice(0, limits.label - copySuffix.length - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…${copySuffix}`;
}

/** The one handler table that Electron IPC, the HTTP server and the CLI all call. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { workshops, maps, events, now } = deps;
  const newId = deps.newId ?? randomUUID;

  function existing(id: string) {
    const found = workshops.find(id);
    if (!found) throw notFound('Atelier');
    const { revision: _revision, ...workshop } = found;
    return workshop;
  }

  return {
    'app.info': () => deps.info(),
    'workshop.list': () => workshops.list(),
    'workshop.create': (input) => {
      const at = now();
      const workshop: Workshop = {
        id: newId(),
        title: input.title,
        territory: input.territory ?? '',
        date: input.date ?? '',
        facilitator: input.facilitator ?? '',
        objective: input.objective ?? '',
        participants: input.participants ?? [],
        codebook: defaultCodebook(),
        createdAt: at,
        updatedAt: at,
      };
      workshops.insert(workshop);
      events.publish({ type: 'workshops.changed' });
      return workshop;
    },
    'workshop.update': ({ id, patch }) => {
      existing(id);
      refuseIfClubOnly(deps.db, id);
      workshops.update(id, patch, now());
      const updated = existing(id);
      events.publish({ type: 'workshops.changed' });
      events.publish({ type: 'workshop.changed', workshop: updated });
      return updated;
    },
    'workshop.duplicate': ({ id }) => {
      const source = existing(id);
      const at = now();
      const copy: Workshop = { ...source, id: newId(), title: copyTitle(source.title), createdAt: at, updatedAt: at };
      deps.transaction(() => workshops.copy(id, copy));
      events.publish({ type: 'workshops.changed' });
      return copy;
    },
    'workshop.delete': ({ id }) => {
      const eraseAt = deps.erasure.request(id, 'own');
      if (!eraseAt) throw notFound('Atelier');
      events.publish({ type: 'workshops.changed' });
      return { deleted: true, eraseAt };
    },
    'workshop.undoDelete': ({ id }) => {
      if (!deps.erasure.undo(id)) {
        throw new ApiError({
          code: 'not_found',
          message:
            'Trop tard pour annuler : cet atelier a déjà été effacé, de la base et des sauvegardes. Rien n’a été modifié.',
        });
      }
      events.publish({ type: 'workshops.changed' });
      return { restored: true };
    },
    'map.get': ({ workshopId }) => maps.get(workshopId),
    'map.apply': ({ workshopId, ops, origin, batchId, base }) => {
      refuseIfClubOnly(deps.db, workshopId);
      return maps.apply(workshopId, ops, origin, { batchId, base });
    },
    'workshop.export': ({ workshopId, format, anonymise }) =>
      deps.exporter(workshopId, format, anonymise ? { anonymise } : {}),
    ...createExchangeHandlers({ maps, events, now, newId }),
    'backup.list': () => deps.backups.list(),
    'backup.restore': ({ id }) => {
      // A workshop deleted a moment ago is erased first: the restored file must not bring it back.
      deps.erasure.eraseAll();
      return deps.backups.restore(id);
    },
    ...createAtelierHandlers({ db: deps.db, maps, events, now, newId }),
    ...createPrivacyHandlers({
      db: deps.db,
      dataDir: deps.dataDir,
      maps,
      events,
      backups: deps.backups,
      now,
      undoWindowMs: deps.undoWindowMs,
    }),
    ...createClubHandlers({ db: deps.db, maps, events, printPdf: deps.printPdf, now, newId, erasure: deps.erasure }),
    ...createSeriesHandlers({ db: deps.db, events }),
    ...createRoomHandlers(deps.room),
  };
}
