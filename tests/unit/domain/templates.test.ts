import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import type { MapState } from '../../../shared/domain/model.js';
import { mapOpSchema } from '../../../shared/domain/operations.js';
import { mapTemplateIds, templateOps, templateZones } from '../../../shared/domain/templates.js';
import { zoneContains } from '../../../shared/domain/zone-contents.js';

const emptyMap = (): MapState => ({ codebook: defaultCodebook(), actors: [], links: [], notes: [], zones: [] });
const counter = () => {
  let n = 0;
  return () => `z${++n}`;
};

describe('modèles de carte', () => {
  it('une carte libre commence sans zone', () => {
    expect(templateOps('libre', counter())).toEqual([]);
  });

  it('l’écocarte pose trois cercles concentriques, l’enfant et sa famille au centre', () => {
    const zones = templateZones('ecocarte', counter());
    expect(zones).toHaveLength(3);
    expect(zones.every((z) => z.shape === 'cercle' && z.width === z.height)).toBe(true);
    const centres = zones.map((z) => ({ x: z.x + z.width / 2, y: z.y + z.height / 2 }));
    expect(new Set(centres.map((c) => `${c.x},${c.y}`)).size).toBe(1);
    // Outer first, so that inner rings are drawn over the outer ones.
    expect(zones.map((z) => z.width)).toEqual([...zones.map((z) => z.width)].sort((a, b) => b - a));
    expect(zones.at(-1)?.label).toBe('L’enfant et sa famille');
    expect(new Set(zones.map((z) => z.color)).size).toBe(3);
  });

  it('les colonnes par temps suivent l’ordre scolaire, périscolaire, extrascolaire, famille sans se chevaucher', () => {
    const zones = templateZones('temps', counter());
    expect(zones.map((z) => z.label)).toEqual([
      'Temps scolaire',
      'Temps périscolaire',
      'Temps extrascolaire',
      'Temps en famille',
    ]);
    for (const [index, zone] of zones.entries()) {
      const next = zones[index + 1];
      if (next) expect(zone.x + zone.width).toBeLessThan(next.x);
      expect(zone.shape).toBe('rectangle');
    }
    // A point in one column is in no other.
    const centre = { x: zones[1]!.x + 10, y: 0 };
    expect(zones.filter((z) => zoneContains(z, centre))).toHaveLength(1);
  });

  it.each(mapTemplateIds)('le modèle « %s » donne des opérations valides que applyOp accepte', (template) => {
    const ops = templateOps(template, counter());
    for (const op of ops) expect(mapOpSchema.safeParse(op).success).toBe(true);
    const map = applyOps(emptyMap(), ops);
    expect(map.zones).toHaveLength(ops.length);
  });

  it('chaque zone reçoit un identifiant neuf', () => {
    const ids = templateZones('temps', counter()).map((z) => z.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
