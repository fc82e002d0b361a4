import type { Zone } from './model.js';
import type { MapOp } from './operations.js';

/** How a new map starts: empty, as an écocarte, or in columns by time of the child's life. */
export const mapTemplateIds = ['libre', 'ecocarte', 'temps'] as const;
export type MapTemplate = (typeof mapTemplateIds)[number];

/** Écocarte: the child and the family at the centre, then those close to them, then the territory. */
const ecocarteRings = [
  { label: 'Territoire : institutions et dispositifs', radius: 640, color: '#009E73' },
  { label: 'Proximité : école, quartier, loisirs', radius: 400, color: '#56B4E9' },
  { label: 'L’enfant et sa famille', radius: 180, color: '#E69F00' },
] as const;

const timeColumns = [
  { label: 'Temps scolaire', color: '#0072B2' },
  { label: 'Temps périscolaire', color: '#E69F00' },
  { label: 'Temps extrascolaire', color: '#009E73' },
  { label: 'Temps en famille', color: '#CC79A7' },
] as const;
const column = { width: 440, height: 820, gap: 40 };

/**
 * The zones a template lays out, around the canvas origin. Outer circles come first so that the
 * inner ones are drawn over them.
 */
export function templateZones(template: MapTemplate, newId: () => string): Zone[] {
  switch (template) {
    case 'libre':
      return [];
    case 'ecocarte':
      return ecocarteRings.map((ring) => ({
        id: newId(),
        label: ring.label,
        color: ring.color,
        x: -ring.radius,
        y: -ring.radius,
        width: ring.radius * 2,
        height: ring.radius * 2,
        shape: 'cercle',
      }));
    case 'temps': {
      const total = timeColumns.length * column.width + (timeColumns.length - 1) * column.gap;
      return timeColumns.map((time, index) => ({
        id: newId(),
        label: time.label,
        color: time.color,
        x: -total / 2 + index * (column.width + column.gap),
        y: -column.height / 2,
        width: column.width,
        height: column.height,
        shape: 'rectangle',
      }));
    }
  }
}

/** The map's first operations for a template (none for a free map). */
export function templateOps(template: MapTemplate, newId: () => string): MapOp[] {
  return templateZones(template, newId).map((zone): MapOp => ({ type: 'zone.add', zone }));
}
