import type { Zone } from '../../shared/domain/model.js';
import type { Point } from '../../shared/domain/zone-contents.js';
import { zoneColours } from './zone-colours.js';

const size = { width: 640, height: 420 };

/** A new rectangular zone centred on a point, in the next colour of the palette. */
export function newZoneAt(centre: Point, count: number, label: string): Zone {
  const colour = zoneColours[count % zoneColours.length]!;
  return {
    id: crypto.randomUUID(),
    label,
    color: colour.value,
    x: Math.round(centre.x - size.width / 2),
    y: Math.round(centre.y - size.height / 2),
    width: size.width,
    height: size.height,
    shape: 'rectangle',
  };
}
