import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { type MapState, newActor, newLink } from '../../../shared/domain/model.js';
import { buildSynthese } from '../../../shared/synthese/build-synthese.js';
import { changesSince } from '../../../shared/synthese/changes.js';
import { keyFiguresOf } from '../../../shared/synthese/key-figures.js';
import { atelierExemple } from '../../support/atelier-exemple.js';

const generatedAt = '2026-03-12T15:00:00.000Z';

function mapOf(partial: Partial<MapState>): MapState {
  return { codebook: defaultCodebook(), actors: [], links: [], notes: [], zones: [], ...partial };
}

describe('buildSynthese', () => {
  const { workshop, map } = atelierExemple();
  const synthese = buildSynthese({ workshop, map, generatedAt });

  it('fills the cover from the workshop, structures once each', () => {
    expect(synthese.cover).toMatchObject({
      title: 'Diagnostic partagé – Quartier des Tilleuls',
      territory: 'Cité éducative de Villeneuve',
      dateText: '12 mars 2026',
      facilitator: 'Camille Martin',
      generatedAt,
    });
    expect(synthese.cover.structures).toEqual([
      'Centre social des Tilleuls',
      'École élémentaire Jules-Ferry',
      'Collectif de parents',
      'Service jeunesse de la ville',
    ]);
  });

  it('the cover lists the tour de table: present ones, linked structures under the actor’s name, the excused apart', () => {
    expect(synthese.cover.participants).toHaveLength(5);
    expect(synthese.cover.participants.at(-1)).toEqual({
      name: 'Samir Haddad',
      structure: 'Service jeunesse de la ville',
      role: 'Coordinateur',
    });
    expect(synthese.cover.excused).toEqual([
      { name: 'Inès Robert', structure: 'PMI du quartier', role: 'Puéricultrice' },
    ]);
    // Represented follows from them: the excused PMI is not, the linked service jeunesse is.
    const represented = synthese.actors.rows.filter((r) => r.represented).map((r) => r.id);
    expect(represented.sort()).toEqual(['cs', 'ecole', 'parents', 'ville']);
  });

  it('counts actors by category (every category, codebook order) and by engagement', () => {
    const counts = Object.fromEntries(synthese.actors.categoryCounts.map((r) => [r.id, r.count]));
    expect(counts).toMatchObject({ education: 2, commune: 1, associations: 2, autres: 2, parents: 1 });
    expect(synthese.actors.categoryCounts.map((r) => r.id)).toEqual(defaultCodebook().categories.map((c) => c.id));
    expect(synthese.actors.engagementCounts).toEqual([
      { id: 'professionnel', label: 'Professionnel', count: 9 },
      { id: 'benevole', label: 'Bénévole', count: 2 },
      { id: 'habitant', label: 'Habitant', count: 1 },
      { id: '', label: 'Non renseigné', count: 2 },
    ]);
    expect(synthese.actors.byCategory.find((g) => g.category.id === 'education')?.actors.map((a) => a.label)).toEqual([
      'Collège Louise-Michel',
      'École élémentaire Jules-Ferry',
    ]);
  });

  it('counts existing cooperations by kind, intensity and quality, and lists desired links apart', () => {
    const { cooperations } = synthese;
    expect(cooperations.existingCount).toBe(11);
    expect(cooperations.desiredCount).toBe(2);
    expect(cooperations.byQuality.find((r) => r.id === 'difficile')?.count).toBe(2);
    expect(cooperations.byIntensity.reduce((n, r) => n + r.count, 0)).toBe(11);
    expect(synthese.desiredLinks).toContainEqual({
      id: 'l10',
      source: 'Club de prévention',
      target: 'Collège Louise-Michel',
      kind: 'Orientation',
      obstacle: 'Secret professionnel mal compris',
      proposal: 'Une charte de partage d’informations',
    });
  });

  it('groups notes by kind in the method’s order, most voted first, saying what they are about', () => {
    expect(synthese.noteGroups.map((g) => g.title)).toEqual([
      'Points d’appui',
      'Freins',
      'Besoins',
      'Constats',
      'Pratiques inspirantes',
    ]);
    const freins = synthese.noteGroups.find((g) => g.kind === 'frein');
    expect(freins?.notes.map((n) => n.votes)).toEqual([7, 2, 0]);
    expect(freins?.notes[1]?.about).toBe('Lien\u00a0: Aide sociale à l’enfance — PMI du quartier');
  });

  it('sorts the action plan by priority, then votes, naming who carries each piste', () => {
    expect(synthese.actionPlan.map((a) => [a.priorityLabel, a.votes])).toEqual([
      ['Haute', 6],
      ['Haute', 3],
      ['Moyenne', 9],
      ['Non renseigné', 0],
    ]);
    expect(synthese.actionPlan[0]?.owners).toEqual(['Aide sociale à l’enfance', 'Collège Louise-Michel']);
  });

  it('has no « what changed » section while there is no version', () => {
    expect(synthese.changes).toBeNull();
  });
});

describe('key figures', () => {
  it('names the most connected, bridging and isolated actors, density and difficult share, in French', () => {
    // A chain a — b — c plus d alone: b is the bridge.
    const map = mapOf({
      actors: [
        newActor({ id: 'a', label: 'École A', category: 'education', x: 0, y: 0 }),
        newActor({ id: 'b', label: 'Centre social', category: 'centres-sociaux', x: 0, y: 0 }),
        newActor({ id: 'c', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 }),
        newActor({ id: 'd', label: 'PMI', category: 'sante', x: 0, y: 0 }),
      ],
      links: [
        newLink({ id: 'l1', source: 'a', target: 'b', kind: 'information', quality: 'difficile' }),
        newLink({ id: 'l2', source: 'b', target: 'c', kind: 'information', quality: 'fluide' }),
        newLink({ id: 'l3', source: 'b', target: 'c', kind: 'convention' }),
        newLink({ id: 'l4', source: 'a', target: 'd', kind: 'orientation', status: 'desired' }),
      ],
    });
    const figures = keyFiguresOf(map);
    expect(figures.mostConnected[0]).toEqual({ label: 'Centre social', partners: 2 });
    expect(figures.bridging.map((b) => b.label)).toEqual(['Centre social']);
    expect(figures.isolated).toEqual(['PMI']);
    expect(figures.density).toBeCloseTo(2 / 6);
    expect(figures.difficultShare).toBeCloseTo(1 / 2);
    expect(figures.categoriesWithoutSchoolLink).toEqual(['Protection sociale (CAF, MSA, CPAM)', 'Santé']);
    expect(figures.sentences).toEqual([
      'La carte compte 4 acteurs et 3 coopérations existantes\u202f; 1 lien est souhaité.',
      'Les acteurs les plus reliés sont Centre social (2 partenaires), CAF (1) et École A (1).',
      'Acteur passerelle, par qui passent le plus de chemins entre les autres\u00a0: Centre social.',
      '1 acteur n’a aucune coopération existante\u00a0: PMI.',
      'Densité du réseau\u00a0: 33\u202f% des paires d’acteurs possibles sont reliées (2 paires sur 6 possibles).',
      '1 coopération sur 2 dont la qualité est renseignée est jugée difficile (50\u202f%).',
      'Catégories sans aucune coopération avec la catégorie «\u202fÉducation nationale\u202f»\u00a0: «\u202fProtection sociale (CAF, MSA, CPAM)\u202f» et «\u202fSanté\u202f».',
    ]);
  });

  it('says so plainly for an empty map and for a map without schools', () => {
    expect(keyFiguresOf(mapOf({})).sentences).toEqual([
      'La carte compte 0 acteur et 0 coopération existante\u202f; 0 lien est souhaité.',
    ]);
    const noSchool = keyFiguresOf(
      mapOf({ actors: [newActor({ id: 'a', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 })] }),
    );
    expect(noSchool.sentences).toContain(
      'Aucun acteur de la catégorie «\u202fÉducation nationale\u202f» n’est sur la carte.',
    );
  });
});

describe('changes since the first version', () => {
  it('counts actors and links that appeared or went, and desired links now real', () => {
    const { map } = atelierExemple();
    const first = {
      ...map,
      actors: map.actors.slice(1),
      links: map.links.map((l) => (l.id === 'l1' ? { ...l, status: 'desired' as const } : l)),
    };
    const changes = changesSince({ name: 'Début d’atelier', takenAt: '2026-03-12T09:00:00Z', map: first }, map);
    expect(changes.actorsAdded).toEqual(['École élémentaire Jules-Ferry']);
    expect(changes.desiredNowExisting).toBe(1);
    expect(changes.sentences[0]).toBe('1 acteur est apparu\u00a0: École élémentaire Jules-Ferry.');
    expect(changes.title).toBe('Ce qui a changé depuis la version «\u202fDébut d’atelier\u202f» du 12 mars 2026');
  });
});
