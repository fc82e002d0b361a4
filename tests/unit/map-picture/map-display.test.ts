import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { MapState } from '../../../shared/domain/model.js';
import type { SavedView } from '../../../shared/domain/saved-views.js';
import { mapToSvg } from '../../../shared/map-picture/map-svg.js';
import { towerBlock } from '../../../shared/map-picture/tower.js';
import { displayOf } from '../../../shared/measures/display.js';
import { groupsOf } from '../../../shared/measures/groups.js';
import { scaleOf } from '../../../shared/measures/levels.js';
import { measureOf } from '../../../shared/measures/measure-values.js';
import { viewPagesOf } from '../../../shared/synthese/view-pages.js';
import { atelierExemple } from '../../support/atelier-exemple.js';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

/** The example workshop with influence given to some actors, and two saved views. */
function withInfluence(): MapState {
  const { map } = atelierExemple();
  const influence: Record<string, number> = { ecole: 5, college: 4, ville: 3, ase: 0, caf: 5 };
  return {
    ...map,
    actors: map.actors.map((a) => (a.id in influence ? { ...a, influence: influence[a.id] } : a)),
  };
}

const desired: SavedView = {
  id: 'souhaites',
  name: 'Les liens souhaités',
  filter: { statuses: ['desired'] },
  measure: 'influence',
  groups: false,
  layers: ['souhaites'],
  inSummary: true,
};
const groups: SavedView = {
  id: 'groupes',
  name: 'Qui travaille avec qui',
  filter: {},
  measure: 'partenaires',
  groups: true,
  layers: [],
  inSummary: true,
};
const hidden: SavedView = { ...desired, id: 'cachee', name: 'Pour l’animateur', inSummary: false };

/** The rectangles of one width and height: the tower blocks. */
const blocks = (svg: string) =>
  [
    ...svg.matchAll(
      new RegExp(`width="${towerBlock.width}" height="${towerBlock.height}"[^/]*fill="(#[0-9a-f]{6})"`, 'g'),
    ),
  ].map((m) => m[1]);

describe('the map picture with a view: sizes, towers, dimming, groups', () => {
  it('draws a tower of five blocks per actor with an influence, as many filled as its influence', () => {
    const map = withInfluence();
    const svg = mapToSvg(map).svg;
    const drawn = blocks(svg);
    const rated = map.actors.filter((a) => a.influence !== undefined);
    expect(drawn).toHaveLength(rated.length * 5);
    const filled = rated.reduce((sum, a) => sum + (a.influence ?? 0), 0);
    expect(drawn.filter((fill) => fill === '#1a1a1a')).toHaveLength(filled);
    expect(svg).toContain(`Influence${nbsp}: 4 sur 5`);
    // The legend says what the towers are.
    expect(svg).toContain('Les carrés empilés');
  });

  it('grows actors around their centre by their level, and says in the legend what size means', () => {
    const map = withInfluence();
    const display = displayOf(map, { measure: 'influence' });
    expect(display.scales.get('ecole')).toBeCloseTo(scaleOf(5));
    expect(display.scales.has('ase')).toBe(false);
    const svg = mapToSvg(map, { display }).svg;
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain(`scale(${scaleOf(5).toFixed(2)})`);
    expect(svg).toContain(`scale(${scaleOf(3).toFixed(2)})`);
    const texts = JSON.stringify(new XMLParser().parse(svg));
    expect(texts).toContain('Plus un acteur est grand, plus il a d’influence');
  });

  it('dims what the filter leaves out, never hides it', () => {
    const map = withInfluence();
    const display = displayOf(map, { filter: { categories: ['education', 'commune'] } });
    const svg = mapToSvg(map, { display }).svg;
    // Counted here: actors of other categories, and every link with an end among them.
    const kept = new Set(map.actors.filter((a) => ['education', 'commune'].includes(a.category)).map((a) => a.id));
    const dimmedActors = map.actors.filter((a) => !kept.has(a.id)).length;
    const dimmedLinks = map.links.filter((l) => !kept.has(l.source) || !kept.has(l.target)).length;
    expect(display.dimmed.actors.size).toBe(dimmedActors);
    expect(display.dimmed.links.size).toBe(dimmedLinks);
    // One faded group per dimmed actor, and one for each dimmed link's line and for its label if drawn.
    const faded = (svg.match(/<g opacity="0.22">/g) ?? []).length;
    expect(faded).toBeGreaterThanOrEqual(dimmedActors + dimmedLinks);
    expect(faded).toBeLessThanOrEqual(dimmedActors + 2 * dimmedLinks);
    // Nothing is left out: every actor is still drawn.
    expect(svg.match(/<title>[^<]+ — [^<]+<\/title>/g)?.length).toBeGreaterThanOrEqual(map.actors.length);
  });

  it('draws each group as a soft outline named by a letter, the letter on each member', () => {
    const map = withInfluence();
    const display = displayOf(map, groups);
    const found = groupsOf(map).groups;
    expect(display.groups).toEqual(found);
    expect(found.length).toBeGreaterThanOrEqual(2);
    const svg = mapToSvg(map, { display }).svg;
    // An outline only where it takes in no other actor: here the groups are spread among others.
    expect((svg.match(/stroke-dasharray="8 5"/g) ?? []).length).toBeLessThanOrEqual(found.length);
    // Moved apart, each group gets its outline and its name.
    const apart: MapState = {
      ...map,
      actors: map.actors.map((a) => {
        const group = found.findIndex((g) => g.members.includes(a.id));
        const rank = found[group]?.members.indexOf(a.id) ?? map.actors.indexOf(a);
        return {
          ...a,
          x: group < 0 ? 4000 + rank * 300 : group * 2000 + (rank % 2) * 250,
          y: Math.floor(rank / 2) * 150,
        };
      }),
    };
    const apartSvg = mapToSvg(apart, { display: displayOf(apart, groups) }).svg;
    expect(apartSvg.match(/stroke-dasharray="8 5"/g)).toHaveLength(found.length);
    expect(apartSvg).toContain('Groupe A, autour de ');
    const members = found.reduce((n, g) => n + g.members.length, 0);
    expect(svg.match(/<title>Groupe [A-Z]<\/title>/g)).toHaveLength(members);
    expect(svg).toContain('Les lettres A, B… désignent des groupes');
  });
});

describe('the summary’s pages of views', () => {
  it('gives a page to each view chosen for the summary, saying what stays bright and what size means', () => {
    const map: MapState = { ...withInfluence(), views: [desired, hidden, groups] };
    const pages = viewPagesOf(map);
    expect(pages.map((p) => p.title)).toEqual([
      `Vue «${nnbsp}Les liens souhaités${nnbsp}»`,
      `Vue «${nnbsp}Qui travaille avec qui${nnbsp}»`,
    ]);
    // Counted here: a filter on status dims links only; the desired ones stay bright.
    const desiredLinks = map.links.filter((l) => l.status === 'desired').length;
    expect(pages[0]!.sentences).toEqual([
      `Restent vifs${nbsp}: les liens souhaités${nbsp}; le reste est estompé.`,
      `${map.actors.length} acteurs sur ${map.actors.length} et ${desiredLinks} liens sur ${map.links.length} restent vifs.`,
      `Plus un acteur est grand, plus il a d’influence sur la question de l’atelier (de 0 à 5${nbsp}; taille normale${nbsp}: influence non renseignée ou nulle).`,
    ]);
    const partners = measureOf(map, 'partenaires');
    expect(pages[1]!.sentences[0]).toBe('Toute la carte reste vive.');
    expect(pages[1]!.sentences[1]).toBe(
      `Plus un acteur est grand, plus il a de partenaires (coopérations existantes${nbsp}; le plus relié en a ${partners.max}${nbsp}partenaires).`,
    );
    expect(pages[1]!.sentences[2]).toBe(
      'Les lettres A, B… désignent des groupes d’acteurs qui travaillent surtout entre eux\u00a0; une zone grisée les entoure quand ils sont voisins sur la carte.',
    );
    expect(pages[1]!.sentences[3]).toMatch(/^Deux groupes d’acteurs travaillent surtout entre eux/);
  });
});
