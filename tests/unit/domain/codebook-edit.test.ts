import { describe, expect, it } from 'vitest';
import { applyOp } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { codebookSetOf, codeIdFor, draftOf } from '../../../shared/domain/codebook-edit.js';
import { type MapState, newActor, newLink } from '../../../shared/domain/model.js';

function sample(): MapState {
  return {
    codebook: defaultCodebook(),
    actors: [
      newActor({ id: 'a', label: 'Collège', category: 'education', x: 0, y: 0 }),
      newActor({ id: 'b', label: 'Club', category: 'associations', x: 0, y: 0 }),
    ],
    links: [newLink({ id: 'ab', source: 'a', target: 'b', kind: 'orientation' })],
    notes: [],
    zones: [],
  };
}

describe('éditeur des catégories et types de liens', () => {
  it('fait un identifiant à partir du nom, sans accent et sans doublon', () => {
    expect(codeIdFor('Réseau d’écoute', new Set())).toBe('reseau-d-ecoute');
    expect(codeIdFor('Santé', new Set(['sante']))).toBe('sante-2');
    expect(codeIdFor('!!!', new Set())).toBe('code');
  });

  it('renommer, recolorer et ajouter donnent une seule opération que applyOp accepte', () => {
    const map = sample();
    const draft = draftOf(map.codebook);
    draft.categories[0]!.label = 'École et collège';
    draft.categories[0]!.color = '#112233';
    draft.categories[0]!.shape = 'hexagone';
    draft.linkKinds.push({
      key: 'n1',
      isNew: true,
      label: 'Veille éducative',
      color: '#123456',
      removed: false,
      reassignTo: null,
    });
    const outcome = codebookSetOf(map, draft);
    if (!outcome.ok) throw new Error(outcome.message);
    const next = applyOp(map, outcome.op);
    expect(next.codebook.categories[0]).toEqual({
      id: 'education',
      label: 'École et collège',
      color: '#112233',
      shape: 'hexagone',
    });
    expect(next.codebook.linkKinds.at(-1)).toEqual({
      id: 'veille-educative',
      label: 'Veille éducative',
      color: '#123456',
    });
    expect(next.actors[0]?.category).toBe('education');
  });

  it('supprimer une catégorie utilisée demande où reclasser ses acteurs, puis les y met', () => {
    const map = sample();
    const draft = draftOf(map.codebook);
    const associations = draft.categories.find((c) => c.key === 'associations')!;
    associations.removed = true;
    const refused = codebookSetOf(map, draft);
    expect(refused).toEqual({ ok: false, message: expect.stringContaining('choisissez où les reclasser') });
    associations.reassignTo = 'centres-sociaux';
    const outcome = codebookSetOf(map, draft);
    if (!outcome.ok) throw new Error(outcome.message);
    const next = applyOp(map, outcome.op);
    expect(next.actors.find((a) => a.id === 'b')?.category).toBe('centres-sociaux');
    expect(next.codebook.categories.some((c) => c.id === 'associations')).toBe(false);
  });

  it('on peut reclasser vers une catégorie nouvelle', () => {
    const map = sample();
    const draft = draftOf(map.codebook);
    draft.linkKinds.push({
      key: 'n1',
      isNew: true,
      label: 'Orientation vers le soin',
      color: '#123456',
      removed: false,
      reassignTo: null,
    });
    const orientation = draft.linkKinds.find((k) => k.key === 'orientation')!;
    orientation.removed = true;
    orientation.reassignTo = 'n1';
    const outcome = codebookSetOf(map, draft);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(applyOp(map, outcome.op).links[0]?.kind).toBe('orientation-vers-le-soin');
  });

  it('supprimer une catégorie inutilisée ne demande rien', () => {
    const map = sample();
    const draft = draftOf(map.codebook);
    draft.categories.find((c) => c.key === 'sante')!.removed = true;
    expect(codebookSetOf(map, draft).ok).toBe(true);
  });

  it('refuse un nom vide, un doublon ou une liste vide, avec un message en français', () => {
    const map = sample();
    const empty = draftOf(map.codebook);
    empty.categories[1]!.label = '  ';
    expect(codebookSetOf(map, empty)).toMatchObject({ ok: false, message: expect.stringContaining('nom est vide') });
    const twice = draftOf(map.codebook);
    twice.categories[1]!.label = 'éducation NATIONALE';
    expect(codebookSetOf(map, twice)).toMatchObject({ ok: false, message: expect.stringContaining('deux fois') });
    const none = draftOf({ ...map.codebook });
    for (const kind of none.linkKinds) kind.removed = true;
    expect(codebookSetOf({ actors: [], links: [] }, none)).toMatchObject({
      ok: false,
      message: expect.stringContaining('au moins un'),
    });
  });
});
