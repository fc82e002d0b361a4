import type { Actor, Link } from '../../../shared/domain/model.js';

/** Column names of the actors and links tables, keyed by the model's field names. */
export const actorColumns = {
  label: 'label',
  category: 'category',
  engagement: 'engagement',
  times: 'times',
  present: 'present',
  contact: 'contact',
  notes: 'notes',
  x: 'x',
  y: 'y',
} as const satisfies Record<Exclude<keyof Actor, 'id'>, string>;

export const linkColumns = {
  source: 'source',
  target: 'target',
  kind: 'kind',
  intensity: 'intensity',
  quality: 'quality',
  status: 'status',
  directed: 'directed',
  obstacle: 'obstacle',
  proposal: 'proposal',
  notes: 'notes',
} as const satisfies Record<Exclude<keyof Link, 'id'>, string>;

export type SqlValue = string | number | null;

/** How a model value is stored: booleans as 0/1, arrays as JSON text. */
export function toSql(value: unknown): SqlValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return JSON.stringify(value);
  if (value === undefined) return null;
  return value as SqlValue;
}

export interface ActorRow {
  id: string;
  label: string;
  category: string;
  engagement: string | null;
  times: string;
  present: number;
  contact: string;
  notes: string;
  x: number;
  y: number;
}

export interface LinkRow {
  id: string;
  source: string;
  target: string;
  kind: string;
  intensity: string;
  quality: string | null;
  status: string;
  directed: number;
  obstacle: string;
  proposal: string;
  notes: string;
}

export function actorFromRow(row: ActorRow): Actor {
  return {
    id: row.id,
    label: row.label,
    category: row.category,
    engagement: row.engagement as Actor['engagement'],
    times: JSON.parse(row.times) as Actor['times'],
    present: row.present === 1,
    contact: row.contact,
    notes: row.notes,
    x: row.x,
    y: row.y,
  };
}

export function linkFromRow(row: LinkRow): Link {
  return {
    id: row.id,
    source: row.source,
    target: row.target,
    kind: row.kind,
    intensity: row.intensity as Link['intensity'],
    quality: row.quality as Link['quality'],
    status: row.status as Link['status'],
    directed: row.directed === 1,
    obstacle: row.obstacle,
    proposal: row.proposal,
    notes: row.notes,
  };
}
