import { defaultCodebook } from '../../shared/domain/codebook.js';
import { type Actor, type Link, type MapState, newActor, newLink, type Workshop } from '../../shared/domain/model.js';

/**
 * One territory diagnosed twice, a year apart (T0 in March 2026, T1 in March 2027), with
 * changes of every sort the comparison names. Ids differ between the two (T1 was drawn anew);
 * names are spelled differently where a facilitator would.
 *
 * What a reader must find once the two likely pairs (the collège renamed, the PMI now « PMI
 * Nord ») are confirmed: Foot club and Mission locale appeared, Judo club left, five actors
 * kept; three cooperations born (two of them wished in T0), one gone (Judo club), two changed
 * (CAF–Mairie stronger, Collège–Centre social smoother); two of the three desired links of T0
 * exist now (67 %); one new desired link.
 */
export const seriesTerritory = 'Cité éducative de Grigny';

function workshopOf(id: string, title: string, territory: string, date: string): Workshop {
  return {
    id,
    title,
    territory,
    date,
    facilitator: 'Camille Martin',
    objective: '',
    participants: [],
    codebook: defaultCodebook(),
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
  };
}

const mapOf = (actors: Actor[], links: Link[]): MapState => ({
  codebook: defaultCodebook(),
  actors,
  links,
  notes: [],
  zones: [],
});

export function seriesT0(): { workshop: Workshop; map: MapState } {
  const actors = [
    newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', standardType: 'caf', x: 0, y: 0 }),
    newActor({
      id: 'college',
      label: 'Collège J. Moulin',
      category: 'education',
      standardType: 'college',
      x: 320,
      y: 0,
    }),
    newActor({ id: 'pmi', label: 'PMI', category: 'departement', standardType: 'pmi', x: 640, y: 0 }),
    newActor({
      id: 'cs',
      label: 'Centre social Agora',
      category: 'centres-sociaux',
      standardType: 'centre-social',
      x: 320,
      y: 240,
    }),
    newActor({ id: 'judo', label: 'Judo club', category: 'associations', x: 640, y: 240 }),
    newActor({ id: 'mairie', label: 'Mairie', category: 'commune', standardType: 'mairie', x: 0, y: 240 }),
  ];
  const links = [
    newLink({
      id: 'l1',
      source: 'caf',
      target: 'mairie',
      kind: 'information',
      intensity: 'ponctuelle',
      quality: 'fluide',
    }),
    newLink({ id: 'l2', source: 'college', target: 'cs', kind: 'action-commune', quality: 'a-ameliorer' }),
    newLink({ id: 'l3', source: 'judo', target: 'cs', kind: 'action-commune' }),
    newLink({
      id: 'd1',
      source: 'caf',
      target: 'college',
      kind: 'orientation',
      status: 'desired',
      obstacle: 'Personne ne se connaît',
    }),
    newLink({ id: 'd2', source: 'pmi', target: 'cs', kind: 'information', status: 'desired' }),
    newLink({ id: 'd3', source: 'mairie', target: 'college', kind: 'instance', status: 'desired' }),
  ];
  return {
    workshop: workshopOf('t0', 'Diagnostic partagé de Grigny', seriesTerritory, '2026-03-12'),
    map: mapOf(actors, links),
  };
}

export function seriesT1(): { workshop: Workshop; map: MapState } {
  const actors = [
    newActor({ id: 'a-caf', label: 'caf', category: 'protection-sociale', standardType: 'caf', x: 0, y: 0 }),
    newActor({
      id: 'a-college',
      label: 'Collège Jean-Moulin',
      category: 'education',
      standardType: 'college',
      x: 320,
      y: 0,
    }),
    newActor({ id: 'a-pmi', label: 'PMI Nord', category: 'departement', x: 640, y: 0 }),
    newActor({
      id: 'a-cs',
      label: 'Centre social Agora',
      category: 'centres-sociaux',
      standardType: 'centre-social',
      x: 320,
      y: 240,
    }),
    newActor({ id: 'a-mairie', label: 'Mairie', category: 'commune', standardType: 'mairie', x: 0, y: 240 }),
    newActor({ id: 'a-foot', label: 'Foot club', category: 'associations', x: 640, y: 480 }),
    newActor({ id: 'a-ml', label: 'Mission locale', category: 'autres', standardType: 'mission-locale', x: 0, y: 480 }),
  ];
  const links = [
    newLink({
      id: 'm1',
      source: 'a-caf',
      target: 'a-mairie',
      kind: 'information',
      intensity: 'forte',
      quality: 'fluide',
    }),
    newLink({ id: 'm2', source: 'a-cs', target: 'a-college', kind: 'action-commune', quality: 'fluide' }),
    newLink({ id: 'm3', source: 'a-caf', target: 'a-college', kind: 'orientation' }),
    newLink({ id: 'm4', source: 'a-pmi', target: 'a-cs', kind: 'convention' }),
    newLink({ id: 'm5', source: 'a-foot', target: 'a-cs', kind: 'action-commune' }),
    newLink({ id: 'n1', source: 'a-ml', target: 'a-college', kind: 'orientation', status: 'desired' }),
    newLink({ id: 'n2', source: 'a-mairie', target: 'a-college', kind: 'instance', status: 'desired' }),
  ];
  return {
    workshop: workshopOf('t1', 'Diagnostic partagé de Grigny — un an après', 'cite educative de Grigny ', '2027-03-18'),
    map: mapOf(actors, links),
  };
}

/** The two likely pairs the facilitator is asked about, as T0 id → T1 id. */
export const seriesPairsToConfirm = [
  { before: 'college', after: 'a-college' },
  { before: 'pmi', after: 'a-pmi' },
] as const;

/** A small seeded generator, so that the same territory is drawn on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const names = [
  'CAF',
  'PMI',
  'CCAS',
  'Collège Paul-Éluard',
  'École Jaurès',
  'Centre social Les Marronniers',
  'Club de prévention',
  'Mission locale',
  'Médiathèque',
  'Association des parents',
  'Service jeunesse',
  'Maison de santé',
];
const renamed = ['Espace familles', 'Point écoute jeunes', 'Relais petite enfance'];
const fresh = ['Foot club', 'Ludothèque', 'Conseil citoyen', 'Épicerie solidaire', 'Théâtre du quartier', 'Boxe club'];

export interface TerritoryOverTime {
  steps: { workshop: Workshop; map: MapState }[];
  /** For each later step k (1, 2…): T0 actor id → its id at step k, for the actors still there. */
  kept: Map<string, string>[];
  /** For each later step: the kept actors under a new name, which only the facilitator can pair. */
  renamedPairs: { before: string; after: string }[][];
}

/**
 * One territory diagnosed three times (T0, T1, T2): at each later step some actors of T0 stay
 * (a few under a new name no rule recognises), some left, some are new; links are drawn at
 * random, existing and desired. The truth of who is who is returned beside the maps.
 */
export function territoryOverTime(seed = 2026): TerritoryOverTime {
  const next = seeded(seed);
  const kinds = ['information', 'orientation', 'action-commune', 'instance', 'convention'];
  const randomLinks = (actors: Actor[], prefix: string): Link[] => {
    const links: Link[] = [];
    for (let k = 0; k < 16; k += 1) {
      const source = actors[Math.floor(next() * actors.length)]!;
      const target = actors[Math.floor(next() * actors.length)]!;
      if (source.id === target.id) continue;
      links.push(
        newLink({
          id: `${prefix}l${k}`,
          source: source.id,
          target: target.id,
          kind: kinds[Math.floor(next() * kinds.length)]!,
          status: next() < 0.35 ? 'desired' : 'existing',
        }),
      );
    }
    return links;
  };
  const t0Actors = names.map((label, i) =>
    newActor({ id: `z${i}`, label, category: 'autres', x: (i % 4) * 260, y: Math.floor(i / 4) * 160 }),
  );
  const steps = [
    {
      workshop: workshopOf('b0', 'Bondy, premier diagnostic', 'Bondy', '2026-02-10'),
      map: mapOf(t0Actors, randomLinks(t0Actors, 'b0')),
    },
  ];
  const kept: Map<string, string>[] = [];
  const renamedPairs: { before: string; after: string }[][] = [];
  for (let k = 1; k <= 2; k += 1) {
    const keep = new Map<string, string>();
    const pairs: { before: string; after: string }[] = [];
    const actors: Actor[] = [];
    let renames = 0;
    for (const a of t0Actors) {
      if (next() < 0.2) continue;
      const id = `s${k}-${a.id}`;
      const newName = renames < renamed.length && next() < 0.2 ? renamed[renames++] : undefined;
      keep.set(a.id, id);
      if (newName) pairs.push({ before: a.id, after: id });
      actors.push(newActor({ id, label: newName ?? a.label, category: 'autres', x: a.x, y: a.y }));
    }
    for (const [i, label] of fresh.slice(0, 2 + k).entries()) {
      actors.push(newActor({ id: `s${k}-n${i}`, label, category: 'associations', x: 1100, y: i * 160 }));
    }
    kept.push(keep);
    renamedPairs.push(pairs);
    steps.push({
      workshop: workshopOf(`b${k}`, `Bondy, T${k}`, k === 1 ? 'BONDY' : 'Bondy ', `${2026 + k}-02-10`),
      map: mapOf(actors, randomLinks(actors, `b${k}`)),
    });
  }
  return { steps, kept, renamedPairs };
}
