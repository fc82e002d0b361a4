import { describe, expect, it } from 'vitest';
import { applyOp } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { invertOp } from '../../../shared/domain/invert-op.js';
import { newActor } from '../../../shared/domain/model.js';
import { actorSchema } from '../../../shared/domain/model-schema.js';
import { labelWithShort, shortLabelOf, suggestShortLabel } from '../../../shared/domain/short-label.js';

describe('nom court d’un acteur', () => {
  it.each([
    ['Aide sociale à l’enfance (ASE)', 'ASE'],
    ['Service social départemental (MDS)', 'MDS'],
    ['Association des parents d’élèves (FCPE)', 'FCPE'],
    ['Centre médico-psychologique', 'CMP'],
    ['Programme de réussite éducative', 'PRE'],
    ['Protection maternelle et infantile', 'PMI'],
    ['Collège Louise-Michel', 'Collège L.-Michel'],
    ['École élémentaire Jules-Ferry', 'École J.-Ferry'],
    ['Mairie – service Enfance Jeunesse', 'Mairie – Enfance Jeunesse'],
    ['Bailleur social – Habitat du Val', 'Habitat du Val'],
    ['Caisse d’allocations familiales CAF', 'CAF'],
  ])('« %s » : suggère « %s »', (label, short) => {
    expect(suggestShortLabel(label)).toBe(short);
  });

  it('ne suggère rien pour un nom déjà court, ni une parenthèse qui n’est pas un sigle', () => {
    expect(suggestShortLabel('PMI')).toBeUndefined();
    expect(suggestShortLabel('CAF du Rhône')).toBeUndefined();
    // « (centres sociaux) » is a category word, not a sigle: the initials of the name come instead.
    expect(suggestShortLabel('Centre social Agora (centres sociaux)')).toBe('Centre Agora');
  });

  it('une suggestion est toujours plus courte que le nom et tient dans la limite', () => {
    const long = `Association ${'très '.repeat(30)}longue (${'A'.repeat(60)})`;
    const suggestion = suggestShortLabel(long);
    expect(suggestion === undefined || suggestion.length <= 40).toBe(true);
  });

  it('dans une liste, le nom complet suivi du nom court, sauf s’il y figure déjà', () => {
    expect(labelWithShort({ label: 'Aide sociale à l’enfance', shortLabel: 'ASE' })).toBe(
      'Aide sociale à l’enfance (ASE)',
    );
    expect(labelWithShort({ label: 'Aide sociale à l’enfance (ASE)', shortLabel: 'ASE' })).toBe(
      'Aide sociale à l’enfance (ASE)',
    );
    expect(labelWithShort({ label: 'Mairie', shortLabel: '  ' })).toBe('Mairie');
    expect(shortLabelOf({})).toBeUndefined();
  });

  it('le schéma garde le nom court facultatif, le nettoie et refuse un nom trop long', () => {
    const actor = newActor({ id: 'a', label: 'ASE', category: 'departement', x: 0, y: 0 });
    expect(actorSchema.parse(actor)).toEqual(actor);
    expect(actorSchema.parse({ ...actor, shortLabel: '  ASE ' }).shortLabel).toBe('ASE');
    expect(actorSchema.safeParse({ ...actor, shortLabel: 'x'.repeat(41) }).success).toBe(false);
  });

  it('annuler un nom court posé sur un acteur qui n’en avait pas le remet à vide', () => {
    const actor = newActor({ id: 'a', label: 'Aide sociale à l’enfance', category: 'departement', x: 0, y: 0 });
    const map = { codebook: defaultCodebook(), actors: [actor], links: [], notes: [], zones: [] };
    const op = { type: 'actor.update', id: 'a', patch: { shortLabel: 'ASE' } } as const;
    expect(invertOp(map, op, applyOp(map, op))).toEqual([{ type: 'actor.update', id: 'a', patch: { shortLabel: '' } }]);
  });
});
