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
