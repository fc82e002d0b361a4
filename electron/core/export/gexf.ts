import { findCategory } from '../../../shared/domain/codebook.js';
import type { MapState } from '../../../shared/domain/model.js';
import { escapeXmlAttribute } from '../../../shared/text/escape.js';
import { actorKeys, linkKeys } from './graphml.js';

const text = (value: string | number | boolean) => escapeXmlAttribute(String(value));

const gexfType = { string: 'string', boolean: 'boolean', int: 'integer', double: 'double' } as const;

function rgb(hex: string): { r: number; g: number; b: number } {
  const value = Number.parseInt(/^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '7f7f7f', 16);
  return { r: (value >> 16) & 0xff, g: (value >> 8) & 0xff, b: value & 0xff };
}

/**
 * The map as GEXF 1.2 (Gephi, networkx): the same attributes as the GraphML (`directed` among
 * them, rather than a mixed graph few readers accept), plus the visual extension (position and
 * category colour) so the map opens where the facilitator drew it; intensity is the weight.
 */
export function mapToGexf(
  map: MapState,
  title: string,
  exportedAt: string,
  represented: ReadonlySet<string> = new Set(),
): string {
  const nodeKeys = actorKeys(map, represented).filter((k) => k.id !== 'label');
  const edgeKeys = linkKeys(map);
  const ids = new Set(map.actors.map((a) => a.id));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    `  <meta lastmodifieddate="${text(exportedAt.slice(0, 10))}">`,
    '    <creator>Maillage</creator>',
    `    <description>${text(title)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    ...nodeKeys.map((k) => `      <attribute id="${k.id}" title="${k.name}" type="${gexfType[k.type]}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeKeys.map((k) => `      <attribute id="${k.id}" title="${k.name}" type="${gexfType[k.type]}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const actor of map.actors) {
    const { r, g, b } = rgb(findCategory(map.codebook, actor.category).color);
    lines.push(`      <node id="${text(actor.id)}" label="${text(actor.label)}">`, '        <attvalues>');
    for (const k of nodeKeys) lines.push(`          <attvalue for="${k.id}" value="${text(k.value(actor))}"/>`);
    lines.push(
      '        </attvalues>',
      `        <viz:color r="${r}" g="${g}" b="${b}"/>`,
      // Gephi's y axis points up, the canvas's down.
      `        <viz:position x="${actor.x}" y="${-actor.y}" z="0"/>`,
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const link of map.links) {
    if (!ids.has(link.source) || !ids.has(link.target)) continue;
    const weight = { ponctuelle: 1, reguliere: 2, forte: 3 }[link.intensity];
    lines.push(
      `      <edge id="${text(link.id)}" source="${text(link.source)}" target="${text(link.target)}" weight="${weight}">`,
      '        <attvalues>',
    );
    for (const k of edgeKeys) lines.push(`          <attvalue for="${k.id}" value="${text(k.value(link))}"/>`);
    lines.push('        </attvalues>', '      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
