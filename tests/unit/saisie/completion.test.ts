import { describe, expect, it } from 'vitest';
import { completionsFor } from '../../../shared/saisie/completion.js';
import { emptyMap, typeLine } from '../../support/saisie.js';

const map = [
  'Mairie – service Enfance Jeunesse',
  'Mairie',
  'Collège Louise-Michel',
  'Structure 20',
  'Structure 21',
].reduce((m, line) => typeLine(m, line), emptyMap());

describe('Tab complète ce qui est en train d’être tapé', () => {
  it('un nom d’acteur, même quand il contient un tiret entre espaces', () => {
    expect(completionsFor(map, 'Mairie – serv', 'fr')).toEqual({
      prefix: '',
      items: ['Mairie – service Enfance Jeunesse'],
    });
    expect(completionsFor(map, 'CCAS > Coll', 'fr')).toEqual({ prefix: 'CCAS > ', items: ['Collège Louise-Michel'] });
    expect(completionsFor(map, 'Structure 07 > Structure 2', 'fr').items).toEqual(['Structure 20', 'Structure 21']);
    expect(completionsFor(map, 'CCAS, louise', 'fr')).toEqual({ prefix: 'CCAS, ', items: ['Collège Louise-Michel'] });
  });

  it('entre guillemets, le nom puis le guillemet fermant', () => {
    expect(completionsFor(map, '« Mairie – s', 'fr')).toEqual({
      prefix: '« ',
      items: ['Mairie – service Enfance Jeunesse »'],
    });
  });

  it('un nom qui contient « » se complète entier, et un nom qui contient « : » se met entre « »', () => {
    const named = [
      'Foyer de l’enfance « Les Hirondelles » (département)',
      '"Café des parents : on en parle"',
      'Collège Jean-Moulin',
    ].reduce((m, line) => typeLine(m, line), emptyMap());
    expect(completionsFor(named, 'Foyer de l’enfance « Les Hir', 'fr')).toEqual({
      prefix: '',
      items: ['Foyer de l’enfance « Les Hirondelles »'],
    });
    expect(completionsFor(named, 'Caf', 'fr').items).toEqual(['« Café des parents : on en parle »']);
    // Positions after a quoted name are the typed ones: the fragment and the attributes too.
    expect(completionsFor(named, '« Café des parents : on en parle » - Coll', 'fr')).toEqual({
      prefix: '« Café des parents : on en parle » - ',
      items: ['Collège Jean-Moulin'],
    });
    expect(completionsFor(named, '« Café des parents : on en parle » - Collège Jean-Moulin : acti', 'fr')).toEqual({
      prefix: '« Café des parents : on en parle » - Collège Jean-Moulin : ',
      items: ['Action commune'],
    });
  });

  it('après « : », le type, puis l’intensité, la qualité, le statut', () => {
    expect(completionsFor(map, 'Mairie > CAF : ', 'fr').items).toContain('Orientation');
    expect(completionsFor(map, 'Mairie > CAF : ori', 'fr')).toEqual({
      prefix: 'Mairie > CAF : ',
      items: ['Orientation'],
    });
    expect(completionsFor(map, 'Mairie > CAF : orientation,', 'fr')).toEqual({
      prefix: 'Mairie > CAF : orientation, ',
      items: ['ponctuelle', 'régulière', 'forte'],
    });
    expect(completionsFor(map, 'Mairie > CAF : orientation, forte, ', 'fr').items).toEqual([
      'fluide',
      'à améliorer',
      'difficile',
    ]);
    expect(completionsFor(map, 'Mairie > CAF : orientation, forte, fluide, s', 'fr').items).toEqual(['souhaitée']);
    expect(completionsFor(map, 'Mairie > CAF : orientation, forte, fluide, s', 'en').items).toEqual([]);
  });

  it('dans une parenthèse ou après « : » sans lien, la catégorie puis l’engagement', () => {
    expect(completionsFor(map, 'CCAS (com', 'fr')).toEqual({ prefix: 'CCAS (', items: ['Commune / ville'] });
    expect(completionsFor(map, 'CCAS : commune, ', 'fr').items).toEqual(['professionnel', 'bénévole', 'habitant']);
  });

  it('le sigle entre parenthèses d’un nom se propose comme nom court, jamais posé sans qu’on le choisisse', () => {
    expect(completionsFor(map, 'Aide sociale à l’enfance (ASE) : ', 'fr').items[0]).toBe('nom court ASE');
    expect(completionsFor(map, 'Aide sociale à l’enfance (ASE) : nom', 'fr').items).toEqual(['nom court ASE']);
    expect(completionsFor(map, 'Aide sociale à l’enfance (ASE) : nom court ASE, ', 'fr').items).not.toContain(
      'nom court ASE',
    );
    expect(completionsFor(map, 'Aide sociale à l’enfance (ASE) > CAF : ', 'fr').items).not.toContain('nom court ASE');
  });
});
