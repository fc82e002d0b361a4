import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { landscape } from '../../shared/domain/landscape.js';
import type { MapState } from '../../shared/domain/model.js';
import { zoneContains } from '../../shared/domain/zone-geometry.js';

export interface Size {
  width: number;
  height: number;
}

const fallbackSize: Size = { width: 180, height: 64 };

/**
 * The actors that layout leaves where they are: those the facilitator pinned, and those placed
 * inside a zone (their place means something: a neighbourhood, a time of the child's life).
 */
export function fixedActors(map: MapState, sizes: ReadonlyMap<string, Size>): Set<string> {
  const fixed = new Set<string>();
  for (const actor of map.actors) {
    const size = sizes.get(actor.id) ?? fallbackSize;
    const centre = { x: actor.x + size.width / 2, y: actor.y + size.height / 2 };
    if (actor.pinned || map.zones.some((zone) => zoneContains(zone, centre))) fixed.add(actor.id);
  }
  return fixed;
}

/**
 * New positions for the actors, from ELK's stress layout (a force-like layout that keeps linked
 * actors at a readable distance); fixed actors keep theirs and the others arrange around them.
 * ELK is loaded on first use, so that opening a map never waits for it.
 */
export async function layoutPositions(
  map: MapState,
  sizes: ReadonlyMap<string, Size>,
  fixed: ReadonlySet<string>,
): Promise<{ id: string; x: number; y: number }[]> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const elk = new ELK();
  const graph: ElkNode = {
    id: 'carte',
    layoutOptions: {
      'elk.algorithm': 'stress',
      'elk.stress.desiredEdgeLength': '200',
      'elk.spacing.nodeNode': '40',
    },
    children: map.actors.map((actor) => ({
      id: actor.id,
      ...(sizes.get(actor.id) ?? fallbackSize),
      x: actor.x,
      y: actor.y,
      ...(fixed.has(actor.id) ? { layoutOptions: { 'elk.stress.fixed': 'true' } } : {}),
    })),
    edges: map.links.map((link) => ({ id: link.id, sources: [link.source], targets: [link.target] })),
  };
  const laid = await elk.layout(graph);
  const placed = new Map((laid.children ?? []).map((child) => [child.id, child]));
  // ELK may shift the whole drawing; keep fixed actors exactly where they were.
  const anchor = map.actors.find((actor) => fixed.has(actor.id));
  const anchorLaid = anchor ? placed.get(anchor.id) : undefined;
  const shift =
    anchor && anchorLaid ? { x: anchor.x - (anchorLaid.x ?? 0), y: anchor.y - (anchorLaid.y ?? 0) } : { x: 0, y: 0 };
  const moves = map.actors
    .filter((actor) => !fixed.has(actor.id))
    .map((actor) => {
      const child = placed.get(actor.id);
      return { id: actor.id, x: (child?.x ?? actor.x) + shift.x, y: (child?.y ?? actor.y) + shift.y };
    });
  // With nothing fixed, the drawing may turn freely: lay it along the width of the wall.
  const turned = fixed.size === 0 ? landscape(moves) : moves;
  return turned.map((move) => ({ id: move.id, x: Math.round(move.x), y: Math.round(move.y) }));
}
