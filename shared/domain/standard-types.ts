import { fold } from '../exchange/fold.js';

/**
 * The network's shared list of actor types. A category says which family an actor belongs to
 * (and each workshop may edit its categories); a standard type names what the actor IS, in the
 * same words in every territory, so that the Club can ask « dans combien de territoires la CAF
 * coopère-t-elle avec une école ? ». Ids are stable (stored); labels are French.
 */
export interface StandardType {
  id: string;
  label: string;
  /** Folded words that, found at the start of an actor's name, suggest this type. */
  cues: readonly string[];
  /** The default category such an actor usually sits in. */
  category: string;
}

export const standardTypes: readonly StandardType[] = [
  {
    id: 'ecole-maternelle',
    label: 'École maternelle',
    cues: ['ecole maternelle', 'maternelle'],
    category: 'education',
  },
  {
    id: 'ecole-elementaire',
    label: 'École élémentaire',
    cues: ['ecole elementaire', 'ecole primaire', 'elementaire', 'ecole'],
    category: 'education',
  },
  { id: 'college', label: 'Collège', cues: ['college'], category: 'education' },
  { id: 'lycee', label: 'Lycée', cues: ['lycee'], category: 'education' },
  { id: 'rased-cio', label: 'RASED / CIO / psy-EN', cues: ['rased', 'cio', 'psy en'], category: 'education' },
  {
    id: 'mairie',
    label: 'Mairie / service municipal',
    cues: ['mairie', 'ville de', 'service municipal'],
    category: 'commune',
  },
  { id: 'ccas', label: 'CCAS', cues: ['ccas'], category: 'commune' },
  { id: 'pre', label: 'Programme de réussite éducative', cues: ['pre', 'reussite educative'], category: 'commune' },
  {
    id: 'ase',
    label: 'ASE (aide sociale à l’enfance)',
    cues: ['ase', 'aide sociale a l enfance'],
    category: 'departement',
  },
  { id: 'pmi', label: 'PMI', cues: ['pmi', 'protection maternelle'], category: 'departement' },
  {
    id: 'service-social',
    label: 'Service social départemental',
    cues: ['service social', 'mds', 'maison des solidarites'],
    category: 'departement',
  },
  { id: 'caf', label: 'CAF', cues: ['caf', 'caisse d allocations'], category: 'protection-sociale' },
  { id: 'pjj', label: 'PJJ', cues: ['pjj', 'protection judiciaire'], category: 'etat' },
  { id: 'police', label: 'Police / gendarmerie', cues: ['police', 'gendarmerie', 'commissariat'], category: 'etat' },
  { id: 'cmp', label: 'CMP / santé mentale', cues: ['cmp', 'cmpp', 'centre medico'], category: 'sante' },
  {
    id: 'club-prevention',
    label: 'Club de prévention',
    cues: ['club de prevention', 'prevention specialisee'],
    category: 'prevention',
  },
  {
    id: 'centre-social',
    label: 'Centre social',
    cues: ['centre social', 'espace de vie sociale', 'evs'],
    category: 'centres-sociaux',
  },
  { id: 'mission-locale', label: 'Mission locale', cues: ['mission locale'], category: 'autres' },
  {
    id: 'mediatheque',
    label: 'Médiathèque / bibliothèque',
    cues: ['mediatheque', 'bibliotheque'],
    category: 'commune',
  },
  { id: 'club-sportif', label: 'Club sportif', cues: ['club sportif', 'football', 'fc'], category: 'associations' },
  {
    id: 'association-parents',
    label: 'Association de parents',
    cues: ['association de parents', 'parents d eleves', 'fcpe', 'peep', 'ape'],
    category: 'parents',
  },
  {
    id: 'soutien-scolaire',
    label: 'Association d’aide aux devoirs',
    cues: ['aide aux devoirs', 'soutien scolaire', 'accompagnement scolaire', 'clas'],
    category: 'associations',
  },
];

const byId = new Map(standardTypes.map((t) => [t.id, t]));

/** The type of that id, or undefined for '' or an id the list no longer has. */
export function standardTypeOf(id: string | undefined): StandardType | undefined {
  return id ? byId.get(id) : undefined;
}

/** Its French label; an unknown id is shown as it is (a file from a newer Maillage). */
export function standardTypeLabel(id: string | undefined): string {
  if (!id) return '';
  return byId.get(id)?.label ?? id;
}

/**
 * A suggestion from the actor's name: the type whose cue starts the name, or is a whole word
 * of it (« Collège Louise-Michel » → Collège, « La CAF du Val » → CAF). Longer cues win, so
 * « École maternelle Jaurès » is a maternelle, not any école. Only ever offered, never applied.
 */
export function guessStandardType(name: string): StandardType | undefined {
  const words = ` ${fold(name)} `;
  let best: { type: StandardType; length: number; start: boolean } | undefined;
  for (const type of standardTypes) {
    for (const cue of type.cues) {
      const folded = fold(cue);
      const at = words.indexOf(` ${folded} `);
      if (at < 0) continue;
      const start = at === 0;
      // A cue at the start of the name says what the actor is; elsewhere it may be a partner's name.
      const better = !best || (start && !best.start) || (start === best.start && folded.length > best.length);
      if (better) best = { type, length: folded.length, start };
    }
  }
  return best?.type;
}
