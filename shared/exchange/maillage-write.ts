import type { Codebook } from '../domain/codebook.js';
import { categorySchema, linkKindSchema } from '../domain/codebook-schema.js';
import type { MapState, WorkshopFields } from '../domain/model.js';
import { actorSchema, linkSchema, noteSchema, participantSchema, zoneSchema } from '../domain/model-schema.js';
import { savedViewSchema } from '../domain/saved-views-schema.js';
import { viewFilterSchema } from '../domain/view-filter-schema.js';
import { latestMaillageVersion, type MaillageFile, type MaillageSource, maillageFileType } from './maillage-schema.js';

/**
 * Elements with their keys in the schema's order, whatever order they were built in: the same
 * map always gives the same text, so two exports can be compared line by line.
 */
function inOrder<T extends object>(items: readonly T[], schema: { shape: object }): T[] {
  const keys = Object.keys(schema.shape);
  return items.map(
    (item) => Object.fromEntries(keys.filter((k) => Object.hasOwn(item, k)).map((k) => [k, item[k as keyof T]])) as T,
  );
}

export interface MaillageWriteOptions {
  appVersion?: string;
  /** ISO date of the export; now by default. */
  exportedAt?: string;
}

/**
 * The `.maillage` text of a workshop and its map, in the latest format. Only the fields the
 * format names are copied (never the workshop's id, revision or dates), so the file says the
 * same thing whichever database it came from.
 */
export function maillageFileOf(
  workshop: WorkshopFields & { codebook: Codebook },
  map: Pick<MapState, 'actors' | 'links' | 'notes' | 'zones' | 'views'>,
  options: MaillageWriteOptions = {},
): MaillageFile {
  const source: MaillageSource = {
    app: 'Maillage',
    appVersion: options.appVersion ?? '',
    exportedAt: options.exportedAt ?? new Date().toISOString(),
  };
  return {
    type: maillageFileType,
    version: latestMaillageVersion,
    source,
    workshop: {
      title: workshop.title,
      territory: workshop.territory,
      date: workshop.date,
      facilitator: workshop.facilitator,
      objective: workshop.objective,
      participants: inOrder(workshop.participants, participantSchema),
      codebook: {
        categories: inOrder(workshop.codebook.categories, categorySchema),
        linkKinds: inOrder(workshop.codebook.linkKinds, linkKindSchema),
      },
    },
    map: {
      actors: inOrder(map.actors, actorSchema),
      links: inOrder(map.links, linkSchema),
      notes: inOrder(map.notes, noteSchema),
      zones: inOrder(map.zones, zoneSchema),
      // Written only when there are some: a map without views gives the same file as before them.
      ...(map.views && map.views.length > 0
        ? {
            views: inOrder(map.views, savedViewSchema).map((view) => ({
              ...view,
              filter: inOrder([view.filter], viewFilterSchema)[0]!,
            })),
          }
        : {}),
    },
  };
}

/** One element per line: compact (a full map stays a few megabytes) yet readable and diffable. */
function elementLines(items: readonly object[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((item) => `      ${JSON.stringify(item)}`).join(',\n')}\n    ]`;
}

export function writeMaillageFile(
  workshop: WorkshopFields & { codebook: Codebook },
  map: Pick<MapState, 'actors' | 'links' | 'notes' | 'zones' | 'views'>,
  options: MaillageWriteOptions = {},
): string {
  const file = maillageFileOf(workshop, map, options);
  const header = (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
  const keys = file.map.views
    ? (['actors', 'links', 'notes', 'zones', 'views'] as const)
    : (['actors', 'links', 'notes', 'zones'] as const);
  const lists = keys.map((key) => `    ${JSON.stringify(key)}: ${elementLines(file.map[key] ?? [])}`);
  return [
    '{',
    `  "type": ${JSON.stringify(file.type)},`,
    `  "version": ${file.version},`,
    `  "source": ${header(file.source)},`,
    `  "workshop": ${header(file.workshop)},`,
    '  "map": {',
    lists.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}
