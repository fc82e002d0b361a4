import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { type MapState, newActor } from '../../../shared/domain/model.js';
import { fold } from '../../../shared/exchange/fold.js';
import { readLine } from '../../../shared/saisie/command-plan.js';
import { defaults } from '../../support/saisie.js';

/**
 * For any map and any actor in it, typing its name — or `name > other : kind` — reads that
 * actor, whatever its name holds: dashes between spaces, sigles and categories in parentheses,
 * commas, quotes, apostrophes, numbers. Names are made of the pieces real names are made of;
 * they never hold an arrow (> <) or « : » (those are typed between quotes), and two actors never
 * share a name once folded (the bar could not tell them apart, and says so by proposing one).
 * Some actors carry a « nom court », which may be another actor's name: the full name still wins.
 */

const word = fc.constantFrom(
  'Mairie',
  'service',
  'Enfance',
  'Jeunesse',
  'Collège',
  'Louise-Michel',
  'école',
  'St-Exupéry',
  'Aide',
  'sociale',
  'à',
  'l’enfance',
  "d'élèves",
  'CAF',
  'PMI',
  'Habitat',
  'du',
  'Val',
  'Œuvres',
  '13-17',
  'ans',
  'n°',
  '2',
  'Nord',
  'antenne',
  'commune',
  'santé',
  'Éducation',
  'nationale',
  'Parents',
);
const joiner = fc.constantFrom(' ', ' ', ' ', ' – ', ' - ', ' — ', ', ', ' ');
const trailer = fc.constantFrom('', '', '', ' (ASE)', ' (MDS)', ' (commune)', ' (La Passerelle)', ' ?x', ' 2');

const name = fc
  .tuple(
    fc.array(fc.tuple(word, joiner), { minLength: 0, maxLength: 4 }),
    word,
    trailer,
    fc.constantFrom('none', 'guillemets', 'anglais', 'apostrophe-seule'),
  )
  .map(([pairs, last, end, quoting]) => {
    const body = `${pairs.map(([w, j]) => `${w}${j}`).join('')}${last}`;
    if (quoting === 'guillemets') return `Association « ${body} »${end}`;
    if (quoting === 'anglais') return `"${body}"${end}`;
    if (quoting === 'apostrophe-seule') return `L’${body}${end}`;
    return `${body}${end}`;
  });

const mapArbitrary = fc
  .uniqueArray(name, { minLength: 2, maxLength: 12, selector: (label) => fold(label) })
  .chain((labels) =>
    fc.tuple(
      fc.constant(labels),
      fc.array(fc.nat({ max: 10 }), { minLength: labels.length, maxLength: labels.length }),
      fc.array(fc.constantFrom('', '', 'ASE', 'PMI', 'Mairie', 'Collège L.-Michel'), {
        minLength: labels.length,
        maxLength: labels.length,
      }),
      fc.nat({ max: labels.length - 1 }),
      fc.nat({ max: labels.length - 2 }),
      fc.constantFrom(...defaultCodebook().linkKinds.map((kind) => kind.label)),
    ),
  )
  .map(([labels, categories, shorts, chosen, otherOffset, kind]) => {
    const codebook = defaultCodebook();
    const map: MapState = {
      codebook,
      actors: labels.map((label, i) =>
        newActor({
          id: `a${i}`,
          label,
          category: codebook.categories[categories[i]!]!.id,
          x: i * 200,
          y: 0,
          ...(shorts[i] ? { shortLabel: shorts[i] } : {}),
        }),
      ),
      links: [],
      notes: [],
      zones: [],
    };
    const other = (chosen + 1 + otherOffset) % labels.length;
    return { map, actor: map.actors[chosen]!, other: map.actors[other]!, kind };
  });

function existingIds(choices: { type: string; actor?: { id: string } }[]): (string | undefined)[] {
  return choices.map((choice) => (choice.type === 'existing' ? choice.actor?.id : undefined));
}

describe('la saisie rapide retrouve toujours un acteur par son nom', () => {
  it('taper le nom d’un acteur de la carte lit cet acteur', () => {
    fc.assert(
      fc.property(mapArbitrary, ({ map, actor }) => {
        const result = readLine(map, actor.label, defaults);
        expect(result.ok).toBe(true);
        const reading = result.ok ? result.readings[0] : undefined;
        expect(reading?.type).toBe('actors');
        expect(reading?.type === 'actors' && existingIds(reading.actors)).toEqual([actor.id]);
      }),
      { numRuns: 300 },
    );
  });

  it('taper « nom > autre : type » lit un lien de cet acteur vers l’autre, du type écrit', () => {
    fc.assert(
      fc.property(mapArbitrary, ({ map, actor, other, kind }) => {
        const result = readLine(map, `${actor.label} > ${other.label} : ${kind}`, defaults);
        expect(result.ok).toBe(true);
        const reading = result.ok ? result.readings[0] : undefined;
        expect(reading?.type).toBe('link');
        if (reading?.type !== 'link') return;
        expect(existingIds([reading.from, reading.to])).toEqual([actor.id, other.id]);
        expect(map.codebook.linkKinds.find((k) => k.id === reading.values.kind)?.label).toBe(kind);
        expect(reading.directed).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('taper le nom court d’un acteur, s’il est seul à le porter et n’est le nom d’aucun autre, lit cet acteur', () => {
    fc.assert(
      fc.property(mapArbitrary, ({ map, actor }) => {
        const short = actor.shortLabel;
        fc.pre(short !== undefined);
        fc.pre(map.actors.filter((a) => a.shortLabel && fold(a.shortLabel) === fold(short ?? '')).length === 1);
        fc.pre(!map.actors.some((a) => fold(a.label) === fold(short ?? '')));
        const result = readLine(map, short ?? '', defaults);
        const reading = result.ok ? result.readings[0] : undefined;
        expect(reading?.type === 'actors' && existingIds(reading.actors)).toEqual([actor.id]);
      }),
      { numRuns: 300 },
    );
  });

  it('le nom tapé sans majuscules, sans accents, avec d’autres apostrophes et tirets lit le même acteur', () => {
    fc.assert(
      fc.property(mapArbitrary, ({ map, actor }) => {
        const typed = actor.label
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/’/g, "'")
          .replace(/ – /g, ' — ');
        const result = readLine(map, typed, defaults);
        const reading = result.ok ? result.readings[0] : undefined;
        expect(reading?.type === 'actors' && existingIds(reading.actors)).toEqual([actor.id]);
      }),
      { numRuns: 300 },
    );
  });
});
