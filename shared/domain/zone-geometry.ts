import type { Zone } from './model.js';

/** Whether a point lies in a zone: in its rectangle, or in the ellipse a 'cercle' zone draws. */
export function zoneContains(zone: Zone, point: { x: number; y: number }): boolean {
  if (zone.shape === 'cercle') {
    const rx = zone.width / 2;
    const ry = zone.height / 2;
    const dx = (point.x - (zone.x + rx)) / rx;
    const dy = (point.y - (zone.y + ry)) / ry;
    return dx * dx + dy * dy <= 1;
  }
  return point.x >= zone.x && point.x <= zone.x + zone.width && point.y >= zone.y && point.y <= zone.y + zone.height;
}
