import { defaultCodebook } from '../../shared/domain/codebook.js';
import {
  type Actor,
  type Link,
  type MapState,
  type Note,
  newActor,
  newLink,
  newNote,
  type Workshop,
} from '../../shared/domain/model.js';

/** A small seeded generator: the same ten territories on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pool: { label: string; category: string; standardType?: string }[] = [
  { label: 'Collège Louise-Michel', category: 'education', standardType: 'college' },
  { label: 'École élémentaire Jaurès', category: 'education', standardType: 'ecole-elementaire' },
  { label: 'École maternelle Les Tilleuls', category: 'education', standardType: 'ecole-maternelle' },
  { label: 'CAF', category: 'protection-sociale', standardType: 'caf' },
  { label: 'Centre social Nelson-Mandela', category: 'centres-sociaux', standardType: 'centre-social' },
  { label: 'Club de prévention', category: 'prevention', standardType: 'club-prevention' },
  { label: 'PMI', category: 'departement', standardType: 'pmi' },
  { label: 'ASE', category: 'departement', standardType: 'ase' },
  { label: 'CCAS', category: 'commune', standardType: 'ccas' },
  { label: 'Mission locale', category: 'autres', standardType: 'mission-locale' },
  { label: 'Association des parents', category: 'parents', standardType: 'association-parents' },
  { label: 'Médiathèque', category: 'commune' },
  { label: 'Judo club', category: 'associations' },
];
const kinds = ['information', 'orientation', 'action-commune', 'instance', 'convention'];
const qualities = [null, 'fluide', 'a-ameliorer', 'difficile'] as const;

const practiceTexts = [
  'Petit-déjeuner des parents au collège, animé avec le centre social #parentalité',
  'Réussite éducative : un référent unique pour chaque famille #réussite',
  'Café des familles à la médiathèque #parentalité #lecture',
  'Orientation croisée CAF et école pour les dossiers périscolaires',
];

export interface GeneratedWorkshop {
  workshop: Workshop;
  map: MapState;
}

/** Ten territories: a subset of the pool, random links (existing and desired), a few practices. */
export function tenTerritories(): GeneratedWorkshop[] {
  const next = random(20_260_315);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return Array.from({ length: 10 }, (_, index): GeneratedWorkshop => {
    const n = index + 1;
    const actors: Actor[] = pool
      .filter((_, i) => i < 4 || next() < 0.6)
      .map((p, i) =>
        newActor({
          id: `a${i}`,
          label: p.label,
          category: p.category,
          x: (i % 5) * 260,
          y: Math.floor(i / 5) * 160,
          ...(p.standardType ? { standardType: p.standardType } : {}),
        }),
      );
    const links: Link[] = [];
    const count = 3 + Math.floor(next() * 10);
    for (let k = 0; k < count; k += 1) {
      const source = pick(actors);
      const target = pick(actors);
      if (source.id === target.id) continue;
      const desired = next() < 0.3;
      links.push(
        newLink({
          id: `l${k}`,
          source: source.id,
          target: target.id,
          kind: pick(kinds),
          status: desired ? 'desired' : 'existing',
          quality: desired ? null : pick(qualities),
        }),
      );
    }
    const notes: Note[] = [];
    if (n % 2 === 0) {
      notes.push(
        newNote({
          id: 'p1',
          kind: 'pratique-inspirante',
          text: practiceTexts[(n / 2) % practiceTexts.length] ?? '',
          x: 0,
          y: 400,
          attachedTo: { type: 'actor', id: 'a0' },
        }),
      );
    }
    if (n % 3 === 0) {
      notes.push(newNote({ id: 'p2', kind: 'pratique-inspirante', text: practiceTexts[1] ?? '', x: 300, y: 400 }));
      notes.push(newNote({ id: 'c1', kind: 'constat', text: 'Réussite éducative peu connue', x: 600, y: 400 }));
    }
    const at = '2026-01-01T00:00:00.000Z';
    return {
      workshop: {
        id: `w${n}`,
        title: `Diagnostic ${n}`,
        territory: `Cité éducative n° ${String(n).padStart(2, '0')}`,
        date: `2026-${String(n).padStart(2, '0')}-15`,
        facilitator: 'Observatoire',
        objective: '',
        participants: [],
        codebook: defaultCodebook(),
        createdAt: at,
        updatedAt: at,
      },
      map: { codebook: defaultCodebook(), actors, links, notes, zones: [] },
    };
  });
}
