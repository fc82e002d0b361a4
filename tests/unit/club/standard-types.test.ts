import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../../shared/club/practices.js';
import { applyOp } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { invertOp } from '../../../shared/domain/invert-op.js';
import { type MapState, newActor } from '../../../shared/domain/model.js';
import { guessStandardType, standardTypes } from '../../../shared/domain/standard-types.js';

describe('guessStandardType', () => {
  it.each([
    ['Collège Louise-Michel', 'college'],
    ['college jean moulin', 'college'],
    ['École maternelle Jaurès', 'ecole-maternelle'],
    ['École Pasteur', 'ecole-elementaire'],
    ['La CAF du Val', 'caf'],
    ['Centre social Nelson-Mandela', 'centre-social'],
    ['Club de prévention ADSEA', 'club-prevention'],
    ['Mission locale du bassin', 'mission-locale'],
  ])('%s → %s', (name, id) => {
    expect(guessStandardType(name)?.id).toBe(id);
  });

  it('says nothing when the name gives no clue', () => {
    expect(guessStandardType('Madame Durand')).toBeUndefined();
    expect(guessStandardType('')).toBeUndefined();
  });

  it('has about twenty types with unique ids and French labels', () => {
    expect(standardTypes.length).toBeGreaterThanOrEqual(18);
    expect(new Set(standardTypes.map((t) => t.id)).size).toBe(standardTypes.length);
  });
});

describe('tagsOf', () => {
  it('reads #hashtags with accents, once each, not inside words', () => {
    expect(tagsOf('Café des familles #parentalité #Lecture et #parentalite, mail a#b')).toEqual([
      'parentalité',
      'Lecture',
    ]);
  });
});

describe('undo of a standard type set on an actor that had none', () => {
  it('gives back an empty type rather than an empty patch', () => {
    const map: MapState = {
      codebook: defaultCodebook(),
      actors: [newActor({ id: 'a', label: 'CAF', category: 'protection-sociale', x: 0, y: 0 })],
      links: [],
      notes: [],
      zones: [],
    };
    const op = { type: 'actor.update', id: 'a', patch: { standardType: 'caf' } } as const;
    expect(invertOp(map, op, applyOp(map, op))).toEqual([
      { type: 'actor.update', id: 'a', patch: { standardType: '' } },
    ]);
  });
});
