import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { type Actor, type Link, type MapState, newActor, newLink } from '../../../shared/domain/model.js';
import { keyFiguresOf, schoolCategoryId } from '../../../shared/synthese/key-figures.js';
import { arbitraryMap } from '../../support/random-map.js';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

const actor = (id: string, label: string, category: string, fields: Partial<Actor> = {}): Actor =>
  newActor({ id, label, category, x: 0, y: 0, ...fields });
const link = (id: string, source: string, target: string, status: Link['status'] = 'existing'): Link =>
  newLink({ id, source, target, kind: 'information', status });

/** A small territory: two schools, the CAF and the town hall very influential, the CAF working with no school. */
function territoire(): MapState {
  return {
    codebook: defaultCodebook(),
    actors: [
      actor('college', 'Collège Louise-Michel', 'education', { influence: 3, stance: 'favorable' }),
      actor('ecole', 'École Jules-Ferry', 'education', { influence: 2, stance: 'favorable' }),
      actor('caf', 'CAF', 'protection-sociale', { influence: 5, stance: 'reticent' }),
      actor('mairie', 'Mairie', 'commune', { influence: 5, stance: 'neutre' }),
      actor('ase', 'ASE', 'departement', { influence: 4 }),
      actor('club', 'Club de foot', 'associations', { influence: 0, stance: 'favorable' }),
      actor('parents', 'Collectif de parents', 'parents'),
    ],
    links: [
      link('l1', 'college', 'mairie'),
      link('l2', 'caf', 'mairie'),
      link('l3', 'ase', 'caf'),
      link('l4', 'caf', 'college', 'desired'),
      link('l5', 'parents', 'ecole', 'desired'),
      link('l6', 'club', 'parents', 'desired'),
    ],
    notes: [],
    zones: [],
  };
}

describe('influence and stance in the key figures', () => {
  it('names the most influential actors, those who work with no school, the stances and each side of a missing link', () => {
    const figures = keyFiguresOf(territoire());
    expect(figures.influence.mostInfluential).toEqual([
      { label: 'CAF', influence: 5 },
      { label: 'Mairie', influence: 5 },
      { label: 'ASE', influence: 4 },
    ]);
    expect(figures.influence.influentialWithoutSchool).toEqual(['ASE', 'CAF']);
    expect(figures.influence.stances).toEqual({ favorable: 3, neutre: 1, reticent: 1, unknown: 2 });
    const influenceSentences = figures.sentences.slice(-5);
    expect(influenceSentences).toEqual([
      'Les acteurs les plus influents sur la question de l’atelier (influence de 0 à 5) sont CAF (5), Mairie (5) et ASE (4).',
      `Deux acteurs influents (4 ou 5) ne coopèrent avec aucune école${nbsp}: ASE (4) et CAF (5).`,
      `Envers l’objectif de l’atelier${nbsp}: 3 favorables, 1 neutre et 1 réticent${nnbsp}; la position de 2 acteurs n’est pas renseignée.`,
      `Acteur influent et réticent${nbsp}: CAF (5).`,
      `Influence de chaque côté des liens souhaités (sur 5)${nbsp}: CAF (5) — Collège Louise-Michel (3)${nnbsp}; Collectif de parents (non renseignée) — École Jules-Ferry (2)${nnbsp}; Club de foot (0) — Collectif de parents (non renseignée).`,
    ]);
  });

  it('says nothing of influence on a map that gives none', () => {
    const map = territoire();
    const bare: MapState = { ...map, actors: map.actors.map(({ influence: _i, stance: _s, ...rest }) => rest) };
    const figures = keyFiguresOf(bare);
    expect(figures.influence.sentences).toEqual([]);
    expect(figures.sentences.some((s) => s.includes('influen') || s.includes('objectif'))).toBe(false);
  });

  it('agrees with counts by loops on any map', () => {
    fc.assert(
      fc.property(arbitraryMap, (map) => {
        const { influence } = keyFiguresOf(map);
        const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

        // The most influential: a sort done here by hand.
        const ranked: { label: string; influence: number }[] = [];
        for (const a of map.actors)
          if ((a.influence ?? 0) > 0) ranked.push({ label: a.label, influence: a.influence! });
        ranked.sort((a, b) => b.influence - a.influence || byFrench(a.label, b.label));
        expect(influence.mostInfluential).toEqual(ranked.slice(0, 3));

        // Influential actors with no existing link to a school: every link looked at.
        const schools = new Set(map.actors.filter((a) => a.category === schoolCategoryId).map((a) => a.id));
        const expected: string[] = [];
        if (schools.size > 0) {
          for (const a of map.actors) {
            if ((a.influence ?? 0) < 4 || schools.has(a.id)) continue;
            let withSchool = false;
            for (const l of map.links) {
              if (l.status !== 'existing' || l.source === l.target) continue;
              if ((l.source === a.id && schools.has(l.target)) || (l.target === a.id && schools.has(l.source))) {
                withSchool = true;
              }
            }
            if (!withSchool) expected.push(a.label);
          }
        }
        expect(influence.influentialWithoutSchool).toEqual(expected.sort(byFrench));

        const stances = { favorable: 0, neutre: 0, reticent: 0, unknown: 0 };
        for (const a of map.actors) {
          if (a.stance === undefined) stances.unknown += 1;
          else stances[a.stance] += 1;
        }
        expect(influence.stances).toEqual(stances);

        let desired = 0;
        const rated = new Set(map.actors.filter((a) => a.influence !== undefined).map((a) => a.id));
        for (const l of map.links)
          if (l.status === 'desired' && (rated.has(l.source) || rated.has(l.target))) desired++;
        expect(influence.desiredLinks).toHaveLength(desired);
      }),
      { numRuns: 80 },
    );
  });
});
