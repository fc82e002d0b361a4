import type { MapState, Zone } from '../domain/model.js';
import type { WallPlan } from './wall-plan.js';

/** The smallest zone the wall draws, in px (a zone squeezed between two actors still shows). */
const minZone = 24;

/**
 * The map as the wall draws it with a plan: actors and free notes at their wall boxes, each
 * actor's name as the plan's lines (one per `\\n`), zones stretched with the actors they hold.
 * What is not in the plan stays as it was. Pure; the map itself never changes.
 */
export function wallMapOf(map: MapState, plan: WallPlan): MapState {
  const actors = map.actors.map((actor) => {
    const box = plan.boxes.get(actor.id);
    const name = plan.names.get(actor.id);
    if (!box || !name) return actor;
    return { ...actor, x: box.x, y: box.y, label: name.lines.join('\n') };
  });
  const notes = map.notes.map((note) => {
    const box = note.attachedTo === null ? plan.boxes.get(note.id) : undefined;
    return box ? { ...note, x: box.x, y: box.y } : note;
  });
  const zones = map.zones.map((zone): Zone => {
    const left = plan.toWall.x(zone.x);
    const top = plan.toWall.y(zone.y);
    const width = Math.max(minZone, plan.toWall.x(zone.x + zone.width) - left);
    const height = Math.max(minZone, plan.toWall.y(zone.y + zone.height) - top);
    return { ...zone, x: left, y: top, width, height };
  });
  return { ...map, actors, notes, zones };
}

/** The facilitator's view (a region of the map) as the matching region of the wall. */
export function wallAreaOf(
  area: { x: number; y: number; width: number; height: number },
  plan: WallPlan,
): { x: number; y: number; width: number; height: number } {
  const x = plan.toWall.x(area.x);
  const y = plan.toWall.y(area.y);
  return {
    x,
    y,
    width: Math.max(1, plan.toWall.x(area.x + area.width) - x),
    height: Math.max(1, plan.toWall.y(area.y + area.height) - y),
  };
}
