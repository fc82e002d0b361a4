import type { Actor, Link, Note, Zone } from '../../../shared/domain/model.js';

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/** How one kind of map element is stored: its table, its columns, and both directions. */
export interface Codec<T extends { id: string }> {
  table: 'actors' | 'links' | 'notes' | 'zones';
  /** Columns besides workshop_id and id, in a fixed order. */
  columns: readonly string[];
  encode(item: T): SqlValue[];
  decode(row: Row): T;
}

const bool = (value: boolean): number => (value ? 1 : 0);
const json = (value: unknown): string => JSON.stringify(value);

export const actorCodec: Codec<Actor> = {
  table: 'actors',
  columns: [
    'label',
    'category',
    'engagement',
    'times',
    'contact',
    'notes',
    'x',
    'y',
    'standard_type',
    'pinned',
    'short_label',
    'influence',
    'stance',
    'person',
  ],
  encode: (a) => [
    a.label,
    a.category,
    a.engagement,
    json(a.times),
    a.contact,
    a.notes,
    a.x,
    a.y,
    a.standardType ?? null,
    a.pinned === undefined ? null : bool(a.pinned),
    a.shortLabel ?? null,
    a.influence ?? null,
    a.stance ?? null,
    a.person === undefined ? null : bool(a.person),
  ],
  decode: (r) => ({
    // NULL (never set) reads back as no key at all, so a map written before the field still
    // equals itself once read.
    ...(r.standard_type === null || r.standard_type === undefined ? {} : { standardType: r.standard_type as string }),
    ...(r.pinned === null || r.pinned === undefined ? {} : { pinned: r.pinned === 1 }),
    ...(r.short_label === null || r.short_label === undefined ? {} : { shortLabel: r.short_label as string }),
    ...(r.influence === null || r.influence === undefined ? {} : { influence: r.influence as number }),
    ...(r.stance === null || r.stance === undefined ? {} : { stance: r.stance as NonNullable<Actor['stance']> }),
    ...(r.person === null || r.person === undefined ? {} : { person: r.person === 1 }),
    id: r.id as string,
    label: r.label as string,
    category: r.category as string,
    engagement: r.engagement as Actor['engagement'],
    times: JSON.parse(r.times as string) as Actor['times'],
    contact: r.contact as string,
    notes: r.notes as string,
    x: r.x as number,
    y: r.y as number,
  }),
};

export const linkCodec: Codec<Link> = {
  table: 'links',
  columns: ['source', 'target', 'kind', 'intensity', 'quality', 'status', 'directed', 'obstacle', 'proposal', 'notes'],
  encode: (l) => [
    l.source,
    l.target,
    l.kind,
    l.intensity,
    l.quality,
    l.status,
    bool(l.directed),
    l.obstacle,
    l.proposal,
    l.notes,
  ],
  decode: (r) => ({
    id: r.id as string,
    source: r.source as string,
    target: r.target as string,
    kind: r.kind as string,
    intensity: r.intensity as Link['intensity'],
    quality: r.quality as Link['quality'],
    status: r.status as Link['status'],
    directed: r.directed === 1,
    obstacle: r.obstacle as string,
    proposal: r.proposal as string,
    notes: r.notes as string,
  }),
};

export const noteCodec: Codec<Note> = {
  table: 'notes',
  columns: ['kind', 'text', 'attached_type', 'attached_id', 'x', 'y', 'votes', 'owners', 'priority'],
  encode: (n) => [
    n.kind,
    n.text,
    n.attachedTo?.type ?? null,
    n.attachedTo?.id ?? null,
    n.x,
    n.y,
    n.votes,
    json(n.owners),
    n.priority,
  ],
  decode: (r) => ({
    id: r.id as string,
    kind: r.kind as Note['kind'],
    text: r.text as string,
    attachedTo:
      r.attached_type === 'actor' || r.attached_type === 'link'
        ? { type: r.attached_type, id: r.attached_id as string }
        : null,
    x: r.x as number,
    y: r.y as number,
    votes: r.votes as number,
    owners: JSON.parse(r.owners as string) as string[],
    priority: r.priority as Note['priority'],
  }),
};

export const zoneCodec: Codec<Zone> = {
  table: 'zones',
  columns: ['label', 'color', 'x', 'y', 'width', 'height', 'shape'],
  encode: (z) => [z.label, z.color, z.x, z.y, z.width, z.height, z.shape],
  decode: (r) => ({
    id: r.id as string,
    label: r.label as string,
    color: r.color as string,
    x: r.x as number,
    y: r.y as number,
    width: r.width as number,
    height: r.height as number,
    shape: r.shape as Zone['shape'],
  }),
};
