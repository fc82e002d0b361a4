import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../shared/domain/apply-op.js';
import { applyRecorded } from '../../../shared/domain/history.js';
import type { MapState } from '../../../shared/domain/model.js';
import { readingOps } from '../../../shared/saisie/reading-ops.js';
import { emptyMap, readingOf, readingsOf, refusalOf, typeLine, withTabs } from '../../support/saisie.js';

const nbsp = /[\u00a0\u202f]/g;
const plain = (text: string) => text.replace(nbsp, ' ');
const mapWith = (...lines: string[]): MapState => lines.reduce((map, line) => typeLine(map, line), emptyMap());
const actorNamed = (map: MapState, label: string) => map.actors.find((a) => a.label === label);

describe('l’influence et la position à la saisie rapide (issue 17)', () => {
  it('« CAF : influence 4, réticente » sur un acteur de la carte : influence et position, dites en clair', () => {
    const map = mapWith('CAF (protection sociale)');
    expect(plain(readingsOf(map, 'CAF : influence 4, réticente')[0]!)).toBe(
      '« CAF » (déjà sur la carte) : influence 4, position réticent',
    );
    const after = typeLine(map, 'CAF : influence 4, réticente');
    expect(actorNamed(after, 'CAF')).toMatchObject({ influence: 4, stance: 'reticent' });
  });

  it('un nouvel acteur reçoit son influence entre parenthèses, « 4/5 » ou « 4 sur 5 » aussi', () => {
    expect(plain(readingsOf(emptyMap(), 'Mairie (commune, influence 5, favorable)')[0]!)).toBe(
      'nouvel acteur « Mairie » (Commune / ville, influence 5, favorable)',
    );
    const map = mapWith('Mairie (commune, influence 5, favorable)', 'PMI : 2/5', 'ASE : 3 sur 5, neutre');
    expect(map.actors.map((a) => [a.label, a.influence, a.stance])).toEqual([
      ['Mairie', 5, 'favorable'],
      ['PMI', 2, undefined],
      ['ASE', 3, 'neutre'],
    ]);
  });

  it('le chiffre seul après « : » est l’influence ; 6 n’en est pas une', () => {
    const map = typeLine(mapWith('CAF'), 'CAF : 0');
    expect(actorNamed(map, 'CAF')?.influence).toBe(0);
    expect(plain(refusalOf(mapWith('CAF'), 'CAF : influence 6'))).toContain(
      'Influence : de 0 à 5 (« influence 4 »). Position : favorable, neutre, réticent.',
    );
  });

  it('deux influences sur une ligne : refusé, il faut en garder une', () => {
    expect(plain(refusalOf(mapWith('CAF'), 'CAF : influence 4, influence 2'))).toBe(
      '« 4 » et « 2 » disent tous deux influence : gardez-en un.',
    );
  });

  it('Tab complète le nom de la facette et ses valeurs', () => {
    expect(withTabs(mapWith('CAF'), 'CAF : réti⇥')).toBe('CAF : réticent');
  });

  it('annuler la ligne rend l’acteur comme avant : sans influence ni position', () => {
    const map = mapWith('CAF');
    const ops = readingOps(map, readingOf(map, 'CAF : influence 5, favorable'), {
      around: { x: 0, y: 0 },
      newId: () => 'x',
    });
    const done = applyRecorded(map, ops);
    const undone = applyOps(done.map, done.entry.inverse);
    expect(undone.actors).toEqual(map.actors);
    expect(Object.hasOwn(undone.actors[0]!, 'influence')).toBe(false);
  });
});
