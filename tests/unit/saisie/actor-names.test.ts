import { describe, expect, it } from 'vitest';
import { newActor } from '../../../shared/domain/model.js';
import {
  isSigle,
  lookalikes,
  nameIndex,
  sigleOf,
  typoDistance,
  withoutSigle,
} from '../../../shared/saisie/actor-names.js';

const actors = ['Aide sociale à l’enfance (ASE)', 'Protection maternelle et infantile', 'CAF', 'École 1'].map(
  (label, i) => newActor({ id: `a${i}`, label, category: 'autres', x: 0, y: 0 }),
);

describe('les noms des acteurs', () => {
  it('reconnaît un sigle écrit en capitales, avec points, chiffres ou « + »', () => {
    expect(['ASE', 'C.M.P.', 'UPE2A', 'REP+', 'CAF'].map(isSigle)).toEqual([true, true, true, true, true]);
    expect(['Caf', 'A', 'Sport', 'commune', 'La Passerelle', '2A'].map(isSigle)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(sigleOf('Centre médico-psychologique (C.M.P.)')).toBe('cmp');
    expect(sigleOf('CAF')).toBe('caf');
    expect(sigleOf('Centre social (La Passerelle)')).toBeUndefined();
    expect(withoutSigle('Aide sociale à l’enfance (ASE)')).toBe('aide sociale a l enfance');
  });

  it('compte les fautes de frappe, interversions comprises, et abandonne au-delà de la limite', () => {
    expect(typoDistance('college', 'colege', 2)).toBe(1);
    expect(typoDistance('jean', 'jaen', 2)).toBe(1);
    expect(typoDistance('moulin', 'monnet', 2)).toBe(3);
  });

  it('propose au plus trois acteurs, les plus ressemblants d’abord', () => {
    const index = nameIndex(actors);
    expect(lookalikes(index, 'Aide sociale a l’enfance').map((l) => [l.actor.label, l.likeness])).toEqual([
      ['Aide sociale à l’enfance (ASE)', 'sigle'],
    ]);
    expect(lookalikes(index, 'Caisse d’allocations familiales').map((l) => l.likeness)).toEqual(['sameSigle']);
    expect(lookalikes(index, 'PMI').map((l) => l.actor.label)).toEqual(['Protection maternelle et infantile']);
    expect(lookalikes(index, 'Ecole 2')).toEqual([]);
    expect(lookalikes(index, 'Aide sociale à l’enfance (ASE)')).toEqual([]);
  });
});
