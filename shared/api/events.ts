import type { Facilitation } from '../atelier/facilitation.js';
import type { WallView } from '../atelier/wall-view.js';
import type { Workshop } from '../domain/model.js';
import type { MapOp } from '../domain/operations.js';

/** What the core broadcasts to every open view after a change has been committed. */
export type CoreEvent =
  /** `batchId`: the id its view gave the batch, so that the view knows its own. */
  | { type: 'map.changed'; workshopId: string; revision: number; ops: MapOp[]; origin: string; batchId?: string }
  | { type: 'workshops.changed' }
  /** Deleted workshops were erased for good (database and backups): « Annuler » is no longer possible. */
  | { type: 'workshops.erased'; workshopIds: string[] }
  /** One workshop's fields changed (tour de table, objective…): its open views take the new ones. */
  | { type: 'workshop.changed'; workshop: Workshop }
  /** The database changed under every view (a backup restored, a person erased): every view reloads what it shows. */
  | { type: 'database.restored' }
  /** The workshop's step, timer or wall mode changed: the projector follows. */
  | { type: 'facilitation.changed'; workshopId: string; state: Facilitation }
  /** What the facilitator looks at (viewport, selection, focus): passed on, never stored. */
  | { type: 'projection.view'; workshopId: string; view: WallView; origin: string }
  /** A version of the map was taken, renamed or deleted. */
  | { type: 'snapshots.changed'; workshopId: string }
  /** Something changed in the room (a proposal, a phone, the vote): the editor reads room.state. No participant text here. */
  | { type: 'room.changed'; workshopId: string };
