import { applyOps } from '../domain/apply-op.js';
import { type Codebook, defaultCodebook } from '../domain/codebook.js';
import type { Actor, Link, MapState, Note, Zone } from '../domain/model.js';
import type { MapOp } from '../domain/operations.js';
import type { SavedView } from '../domain/saved-views.js';

/** The map of a workshop that has just been created: the default codebook, nothing drawn. */
export function emptyMap(codebook: Codebook = defaultCodebook()): MapState {
  return { codebook, actors: [], links: [], notes: [], zones: [] };
}

export interface MapContent {
  codebook: Codebook;
  actors: readonly Actor[];
  links: readonly Link[];
  notes: readonly Note[];
  zones: readonly Zone[];
  views?: readonly SavedView[];
}

/**
 * The operations that draw a whole map on an empty one, in an order applyOp accepts: the
 * codebook first, then actors, the links between them, the notes on both, the zones, and the
 * saved views.
 * Every importer goes through these, so an imported map obeys the same rules as one drawn
 * by hand.
 */
export function opsDrawing(content: MapContent): MapOp[] {
  return [
    { type: 'codebook.set', codebook: content.codebook, reassign: { categories: {}, linkKinds: {} } },
    ...content.actors.map((actor): MapOp => ({ type: 'actor.add', actor })),
    ...content.links.map((link): MapOp => ({ type: 'link.add', link })),
    ...content.notes.map((note): MapOp => ({ type: 'note.add', note })),
    ...content.zones.map((zone): MapOp => ({ type: 'zone.add', zone })),
    ...(content.views && content.views.length > 0 ? [{ type: 'views.set' as const, views: [...content.views] }] : []),
  ];
}

/** The map those operations give, folded with the shared applyOp (throws OpError if refused). */
export function mapFromOps(ops: readonly MapOp[]): MapState {
  return applyOps(emptyMap(), ops);
}
