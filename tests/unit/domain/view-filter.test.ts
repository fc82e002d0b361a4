import { describe, expect, it } from 'vitest';
import { wallViewSchema } from '../../../shared/atelier/wall-view-schema.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { newActor, newLink } from '../../../shared/domain/model.js';
import { representedActorIds } from '../../../shared/domain/participants.js';
import { dimmedBy, isFiltering } from '../../../shared/domain/view-filter.js';
import { viewFilterSchema } from '../../../shared/domain/view-filter-schema.js';

const map = {
  codebook: defaultCodebook(),
  actors: [
    newActor({ id: 'college', label: 'Collège', category: 'education', engagement: 'professionnel', x: 0, y: 0 }),
    newActor({ id: 'foot', label: 'Club de foot', category: 'associations', engagement: 'benevole', x: 0, y: 0 }),
    newActor({ id: 'parents', label: 'Collectif de parents', category: 'parents', engagement: 'habitant', x: 0, y: 0 }),
    newActor({ id: 'caf', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 }),
  ],
  links: [
    newLink({ id: 'l1', source: 'college', target: 'foot', kind: 'orientation' }),
    newLink({ id: 'l2', source: 'foot', target: 'parents', kind: 'action-commune' }),
  ],
  notes: [],
  zones: [],
};

describe('filtrer par engagement et par représentation à l’atelier', () => {
  it('garde vifs les acteurs de l’engagement choisi, « aucun » pour un engagement non précisé', () => {
    const dimmed = dimmedBy(map, { engagements: ['benevole', 'habitant'] });
    expect([...dimmed.actors].sort()).toEqual(['caf', 'college']);
    // A link is bright only when both its ends are.
    expect([...dimmed.links]).toEqual(['l1']);
    expect([...dimmedBy(map, { engagements: ['aucun'] }).actors].sort()).toEqual(['college', 'foot', 'parents']);
  });

  it('représenté se lit dans le tour de table, jamais sur l’acteur', () => {
    const represented = representedActorIds(
      [
        { name: 'Léa', structure: 'Collège', role: 'CPE' },
        { name: 'Awa', structure: 'CAF', role: '', attendance: 'excuse' },
      ],
      map.actors,
    );
    expect([...dimmedBy(map, { representation: ['represente'] }, represented).actors].sort()).toEqual([
      'caf',
      'foot',
      'parents',
    ]);
    expect([...dimmedBy(map, { representation: ['non-represente'] }, represented).actors]).toEqual(['college']);
    // Without the tour de table, nobody is represented.
    expect(dimmedBy(map, { representation: ['represente'] }).actors.size).toBe(4);
  });

  it('ces filtres comptent comme filtres, passent le schéma des vues et voyagent vers le mur', () => {
    expect(isFiltering({ engagements: ['habitant'] })).toBe(true);
    expect(isFiltering({ representation: ['represente'] })).toBe(true);
    expect(viewFilterSchema.parse({ engagements: ['habitant'], representation: ['represente'] })).toBeTruthy();
    const view = { area: null, actors: [], links: [], notes: [], focus: null };
    expect(wallViewSchema.safeParse(view).success).toBe(true);
    expect(wallViewSchema.safeParse({ ...view, filter: { engagements: ['habitant'] } }).success).toBe(true);
    expect(wallViewSchema.safeParse({ ...view, filter: { focus: 'caf' } }).success).toBe(false);
  });
});
