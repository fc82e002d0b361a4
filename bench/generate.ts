import { defaultCategories, defaultLinkKinds, intensityIds, noteKindIds } from '../shared/domain/codebook.js';
import { type Actor, type Link, type Note, newActor, newLink, newNote, type Zone } from '../shared/domain/model.js';

export interface GeneratedMap {
  actors: Actor[];
  links: Link[];
  notes: Note[];
  zones: Zone[];
}

/** Spacing of the grid the actors sit on: an actor is about 170 × 64 px. */
const cell = { x: 260, y: 150 };
const labels: Record<string, string> = {
  education: 'École',
  commune: 'Service jeunesse',
  departement: 'Circonscription ASE',
  etat: 'Délégué du préfet',
  'protection-sociale': 'CAF',
  sante: 'PMI',
  prevention: 'Club de prévention',
  'centres-sociaux': 'Centre social',
  associations: 'Association sportive',
  parents: 'Collectif de parents',
  autres: 'Partenaire',
};

/** A small deterministic generator (mulberry32): the same map on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

/**
 * A map like a large workshop's: actors of every default category on a loose grid, about 1.5
 * links per actor, each between two neighbours on the grid, a few zones and notes.
 */
export function generateMap(actorCount: number, seed = 7): GeneratedMap {
  const next = random(seed);
  const columns = Math.max(1, Math.ceil(Math.sqrt(actorCount * 1.6)));
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const category = pick(defaultCategories, next).id;
    return newActor({
      id: `a${i}`,
      label: `${labels[category] ?? 'Acteur'} ${i + 1}`,
      category,
      x: (i % columns) * cell.x + Math.round(next() * 40),
      y: Math.floor(i / columns) * cell.y + Math.round(next() * 30),
    });
  });

  // Every pair of grid neighbours (right, below, both diagonals below), shuffled; the first
  // 1.5 × n become links, so that links join nearby actors as they do on a real map.
  const pairs: [number, number][] = [];
  for (let i = 0; i < actorCount; i++) {
    const column = i % columns;
    const neighbours = [column + 1 < columns ? i + 1 : -1, i + columns, column + 1 < columns ? i + columns + 1 : -1];
    if (column > 0) neighbours.push(i + columns - 1);
    for (const j of neighbours) if (j > i && j < actorCount) pairs.push([i, j]);
  }
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pairs[i], pairs[j]] = [pairs[j]!, pairs[i]!];
  }
  const links = pairs.slice(0, Math.round(actorCount * 1.5)).map(([s, t], i) =>
    newLink({
      id: `l${i}`,
      source: `a${s}`,
      target: `a${t}`,
      kind: pick(defaultLinkKinds, next).id,
      intensity: pick(intensityIds, next),
      status: next() < 0.1 ? 'desired' : 'existing',
      directed: next() < 0.2,
    }),
  );

  const width = columns * cell.x;
  const height = Math.ceil(actorCount / columns) * cell.y;
  const zones: Zone[] = ['Quartier nord', 'Quartier sud', 'Temps scolaire'].map((label, i) => ({
    id: `z${i}`,
    label,
    color: ['#E69F00', '#56B4E9', '#009E73'][i]!,
    x: i * (width / 3),
    y: i === 2 ? height / 2 : 0,
    width: Math.max(20, width / 3 - 40),
    height: Math.max(20, height / 2 - 40),
    shape: 'rectangle',
  }));
  const notes = Array.from({ length: Math.max(3, Math.round(actorCount / 40)) }, (_, i) =>
    newNote({
      id: `n${i}`,
      kind: noteKindIds[i % noteKindIds.length]!,
      text: `Constat ${i + 1} : les familles ne savent pas à qui s’adresser.`,
      x: Math.round(next() * width),
      y: Math.round(next() * height),
      attachedTo: i % 3 === 0 && actors[i] ? { type: 'actor', id: actors[i].id } : null,
    }),
  );
  return { actors, links, notes, zones };
}
