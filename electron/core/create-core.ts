import { contract, isMethodName, type MethodName, type MethodOutput } from '../../shared/api/contract.js';
import { ApiError, type Envelope } from '../../shared/api/errors.js';
import { latestSchemaVersion } from './database/migrations.js';
import { type OpenDatabaseOptions, openDatabase } from './database/open-database.js';
import { toApiError } from './errors.js';
import { EventHub, type Listener } from './event-hub.js';
import { createHandlers, type Handlers, requireWritable } from './handlers.js';
import { MapService } from './map/map-service.js';
import { appVersion } from './version.js';
import { WorkshopRepository } from './workshops/workshop-repository.js';

export interface CoreOptions extends OpenDatabaseOptions {
  dataDir: string;
}

export interface Core {
  /** Validates, runs and answers one call; never throws. */
  dispatch(method: string, input: unknown): Envelope<unknown>;
  /** The typed form of dispatch, for code inside the same process (CLI, tests). */
  call<M extends MethodName>(method: M, input: unknown): MethodOutput<M>;
  subscribe(listener: Listener): () => void;
  readonly dataDir: string;
  readonly databasePath: string;
  readonly readOnly: boolean;
  close(): void;
}

/** Opens the database of dataDir and builds the handler table over it. */
export function createCore(options: CoreOptions): Core {
  const opened = openDatabase(options.dataDir, options);
  const { db } = opened;
  const events = new EventHub();
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const workshops = new WorkshopRepository(db);
  const maps = new MapService(db, workshops, events, now);
  const handlers: Handlers = createHandlers({
    workshops,
    maps,
    events,
    now,
    transaction: (fn) => db.transaction(fn)(),
    info: () => ({
      version: appVersion,
      schemaVersion: latestSchemaVersion,
      dataDir: options.dataDir,
      notices: opened.notices,
      readOnly: opened.readOnly,
    }),
  });

  function run(method: string, input: unknown): unknown {
    if (!isMethodName(method)) {
      throw new ApiError({ code: 'unknown_method', message: `Méthode inconnue : « ${method.slice(0, 80)} ».` });
    }
    requireWritable(method, opened.readOnly);
    const parsed = contract[method].input.parse(input ?? {});
    return (handlers[method] as (input: unknown) => unknown)(parsed);
  }

  return {
    dispatch(method, input) {
      try {
        return { ok: true, result: run(method, input) };
      } catch (error) {
        return { ok: false, error: toApiError(error).toBody() };
      }
    },
    call(method, input) {
      try {
        return run(method, input) as MethodOutput<typeof method>;
      } catch (error) {
        throw toApiError(error);
      }
    },
    subscribe: (listener) => events.subscribe(listener),
    dataDir: options.dataDir,
    databasePath: opened.path,
    readOnly: opened.readOnly,
    close: () => db.close(),
  };
}
