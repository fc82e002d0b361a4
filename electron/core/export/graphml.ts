import { findCategory, findLinkKind } from '../../../shared/domain/codebook.js';
import type { MapState } from '../../../shared/domain/model.js';
import { escapeXml } from '../../../shared/text/escape.js';

type KeyType = 'string' | 'boolean' | 'int' | 'double';

interface Key<T> {
  id: string;
  name: string;
  type: KeyType;
  value: (item: T) => string | number | boolean;
}

type Actor = MapState['actors'][number];
type Link = MapState['links'][number];

/** Every attribute of an actor and a link, each declared as a GraphML key (yEd and Gephi read them). */
/** `represented`: the actors a present participant speaks for (shared/domain/participants.ts). */
export function actorKeys(map: MapState, represented: ReadonlySet<string>): Key<Actor>[] {
  return [
    { id: 'label', name: 'label', type: 'string', value: (a) => a.label },
    { id: 'shortLabel', name: 'shortLabel', type: 'string', value: (a) => a.shortLabel ?? '' },
    { id: 'category', name: 'category', type: 'string', value: (a) => a.category },
    {
      id: 'categoryLabel',
      name: 'categoryLabel',
      type: 'string',
      value: (a) => findCategory(map.codebook, a.category).label,
    },
    { id: 'color', name: 'color', type: 'string', value: (a) => findCategory(map.codebook, a.category).color },
    { id: 'shape', name: 'shape', type: 'string', value: (a) => findCategory(map.codebook, a.category).shape },
    { id: 'engagement', name: 'engagement', type: 'string', value: (a) => a.engagement ?? '' },
    { id: 'times', name: 'times', type: 'string', value: (a) => a.times.join(',') },
    { id: 'represented', name: 'represented', type: 'boolean', value: (a) => represented.has(a.id) },
    { id: 'contact', name: 'contact', type: 'string', value: (a) => a.contact },
    { id: 'notes', name: 'notes', type: 'string', value: (a) => a.notes },
    { id: 'x', name: 'x', type: 'double', value: (a) => a.x },
    { id: 'y', name: 'y', type: 'double', value: (a) => a.y },
  ];
}

export function linkKeys(map: MapState): Key<Link>[] {
  return [
    { id: 'kind', name: 'kind', type: 'string', value: (l) => l.kind },
    { id: 'kindLabel', name: 'kindLabel', type: 'string', value: (l) => findLinkKind(map.codebook, l.kind).label },
    { id: 'kindColor', name: 'kindColor', type: 'string', value: (l) => findLinkKind(map.codebook, l.kind).color },
    { id: 'intensity', name: 'intensity', type: 'string', value: (l) => l.intensity },
    { id: 'quality', name: 'quality', type: 'string', value: (l) => l.quality ?? '' },
    { id: 'status', name: 'status', type: 'string', value: (l) => l.status },
    { id: 'directed', name: 'directed', type: 'boolean', value: (l) => l.directed },
    { id: 'obstacle', name: 'obstacle', type: 'string', value: (l) => l.obstacle },
    { id: 'proposal', name: 'proposal', type: 'string', value: (l) => l.proposal },
    { id: 'linkNotes', name: 'notes', type: 'string', value: (l) => l.notes },
  ];
}

const text = (value: string | number | boolean) => escapeXml(String(value));

/**
 * The map as GraphML: one node per actor, one edge per link, every attribute as a key. The
 * graph is undirected and the `directed` key says which links go one way: a per-edge
 * `directed` attribute would make a mixed graph, which networkx and others refuse.
 */
export function mapToGraphml(map: MapState, title: string, represented: ReadonlySet<string> = new Set()): string {
  const nodeKeys = actorKeys(map, represented);
  const edgeKeys = linkKeys(map);
  const ids = new Set(map.actors.map((a) => a.id));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${k.name}" attr.type="${k.type}"/>`),
    `  <graph id="carte" edgedefault="undirected">`,
    `    <desc>${text(title)}</desc>`,
  ];
  for (const actor of map.actors) {
    lines.push(`    <node id="${text(actor.id)}">`);
    for (const k of nodeKeys) lines.push(`      <data key="${k.id}">${text(k.value(actor))}</data>`);
    lines.push('    </node>');
  }
  for (const link of map.links) {
    if (!ids.has(link.source) || !ids.has(link.target)) continue;
    lines.push(`    <edge id="${text(link.id)}" source="${text(link.source)}" target="${text(link.target)}">`);
    for (const k of edgeKeys) lines.push(`      <data key="${k.id}">${text(k.value(link))}</data>`);
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
