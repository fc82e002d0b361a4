import type { MapState, NoteAttachment } from './model.js';
import type { Point } from './zone-contents.js';

/**
 * Where a note stands near what it is attached to: right of an actor, beside the middle of a
 * link. A note keeps these coordinates while attached, so that it reappears next to its element
 * when it is detached or when the element is deleted.
 */
export function placeNear(map: Pick<MapState, 'actors' | 'links'>, attachment: NoteAttachment, fallback: Point): Point {
  if (!attachment) return fallback;
  const actorAt = (id: string) => map.actors.find((a) => a.id === id);
  if (attachment.type === 'actor') {
    const actor = actorAt(attachment.id);
    return actor ? { x: actor.x + 210, y: actor.y - 30 } : fallback;
  }
  const link = map.links.find((l) => l.id === attachment.id);
  const source = link && actorAt(link.source);
  const target = link && actorAt(link.target);
  if (!source || !target) return fallback;
  return { x: Math.round((source.x + target.x) / 2) + 40, y: Math.round((source.y + target.y) / 2) + 60 };
}
