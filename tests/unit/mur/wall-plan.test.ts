import { describe, expect, it } from 'vitest';
import { defaultCodebook, findCategory } from '../../../shared/domain/codebook.js';
import { newActor } from '../../../shared/domain/model.js';
import { textWidth } from '../../../shared/map-picture/text.js';
import { axisMap } from '../../../shared/mur/axis-map.js';
import { wallAreaOf, wallMapOf } from '../../../shared/mur/wall-map.js';
import { NameLines, wallName } from '../../../shared/mur/wall-names.js';
import { wallOutline } from '../../../shared/mur/wall-outline.js';
import { planWall, type WallPlanInput } from '../../../shared/mur/wall-plan.js';
import { frenchSpacing } from '../../../shared/text/french-spacing.js';
import { territory } from '../../support/territoire.js';

const codebook = defaultCodebook();
/** The bundled DejaVu Sans Bold widths stand in for the browser's measure. */
const measure = (text: string, size: number) => textWidth(text, size, true);

function inputOf(
  actors: ReturnType<typeof territory>['actors'],
  area = { width: 1280, height: 540 },
  scale = 1,
): WallPlanInput {
  return {
    actors: actors.map((a) => ({
      id: a.id,
      label: a.label,
      ...(a.shortLabel ? { shortLabel: a.shortLabel } : {}),
      x: a.x,
      y: a.y,
      box: (text, size) => wallOutline(findCategory(codebook, a.category).shape, size, text),
    })),
    area,
    measure,
    fonts: { floor: 12 * scale, wanted: 18 * scale, max: 36 * scale },
    lineHeight: 1.1,
  };
}

describe('le plan du mur', () => {
  it('40 acteurs d’un territoire à 1280×720 : tous les noms à 18 px au moins, aucune boîte ne touche une autre', () => {
    const { actors } = territory(40);
    const plan = planWall(inputOf(actors));
    expect(plan.fontSize).toBeGreaterThanOrEqual(18);
    expect(plan.crowded).toBe(0);
    expect(plan.boxes.size).toBe(40);
    for (const box of plan.boxes.values()) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
      expect(box.y + box.height).toBeLessThanOrEqual(540);
    }
  });

  it('les noms courts ne remplacent les noms complets que lorsque la place manque', () => {
    const few = territory(8).actors;
    const roomy = planWall(inputOf(few));
    expect([...roomy.names.values()].every((n) => !n.short)).toBe(true);
    const many = planWall(inputOf(territory(80).actors));
    expect([...many.names.values()].some((n) => n.short)).toBe(true);
    // A short name is the one the facilitator gave, never invented.
    for (const actor of territory(80).actors) {
      const name = many.names.get(actor.id)!;
      if (name.short) expect(name.lines.join(' ')).toBe(actor.shortLabel);
    }
  });

  it('une petite carte s’écrit en grand ; une carte vide ne plante pas', () => {
    const plan = planWall(inputOf(territory(5).actors));
    expect(plan.fontSize).toBe(36);
    const empty = planWall(inputOf([]));
    expect(empty.boxes.size).toBe(0);
  });

  it('un nom de 200 caractères sans nom court est coupé proprement, sans déborder sa boîte', () => {
    const long = newActor({
      id: 'x',
      label: `Association ${'de quartier '.repeat(17)}`.trim(),
      category: 'associations',
      x: 0,
      y: 0,
    });
    const plan = planWall(inputOf([long, ...territory(10).actors]));
    const name = plan.names.get('x')!;
    expect(name.lines.length).toBeLessThanOrEqual(4);
    expect(name.lines.at(-1)).toMatch(/…$/);
    const box = plan.boxes.get('x')!;
    for (const line of name.lines) expect(measure(line, plan.fontSize)).toBeLessThan(box.width);
  });

  it('les zones suivent leurs acteurs, et la vue de l’animateur a sa région du mur', () => {
    const { actors } = territory(20);
    const plan = planWall(inputOf(actors));
    const zone = {
      id: 'z',
      label: 'Éducation',
      color: '#0072B2',
      shape: 'rectangle' as const,
      x: -20,
      y: -20,
      width: 720,
      height: 400,
    };
    const inside = actors.filter(
      (a) => a.x > zone.x && a.x < zone.x + zone.width && a.y > zone.y && a.y < zone.y + zone.height,
    );
    const map = { codebook, actors, links: [], notes: [], zones: [zone] };
    const wall = wallMapOf(map, plan);
    const drawn = wall.zones[0]!;
    for (const actor of inside) {
      const box = plan.boxes.get(actor.id)!;
      expect(box.x + box.width / 2).toBeGreaterThanOrEqual(drawn.x);
      expect(box.x + box.width / 2).toBeLessThanOrEqual(drawn.x + drawn.width);
      expect(box.y + box.height / 2).toBeGreaterThanOrEqual(drawn.y);
      expect(box.y + box.height / 2).toBeLessThanOrEqual(drawn.y + drawn.height);
    }
    // Each actor is drawn with its plan's lines and at its box.
    const first = wall.actors[0]!;
    expect(first.label).toBe(plan.names.get(first.id)!.lines.join('\n'));
    expect(first.x).toBe(plan.boxes.get(first.id)!.x);
    const region = wallAreaOf({ x: 0, y: 0, width: 10_000, height: 10_000 }, plan);
    expect(region.width).toBeGreaterThan(0);
    expect(region.x + region.width).toBeLessThanOrEqual(1280);
  });

  it('une carte trop grande pour des noms lisibles sur ce mur : le plan le dit (le mur garde alors la carte de l’animateur)', () => {
    const crowd = Array.from({ length: 300 }, (_, i) =>
      newActor({ id: `a${i}`, label: `Association du quartier ${i}`, category: 'associations', x: i * 10, y: i % 7 }),
    );
    const plan = planWall(inputOf(crowd, { width: 640, height: 300 }));
    expect(plan.crowded).toBeGreaterThan(0);
    expect(plan.fontSize).toBe(12);
  });

  it('une carte d’axe est monotone, passe par ses nœuds et reste dans ses bornes', () => {
    const map = axisMap([0, 100, 100, 400], [10, 50, 70, 300], { min: 0, max: 320 });
    expect(map(0)).toBe(10);
    // Two actors at 100 on the map: one knot, at the mean of their places on the wall.
    expect(map(100)).toBe(60);
    expect(map(400)).toBe(300);
    expect(map(-1000)).toBe(0);
    expect(map(5000)).toBe(320);
    let previous = Number.NEGATIVE_INFINITY;
    for (let v = -200; v <= 600; v += 7) {
      expect(map(v)).toBeGreaterThanOrEqual(previous);
      previous = map(v);
    }
  });
});

describe('les lignes d’un nom au mur', () => {
  it('ne coupent jamais un mot, ni entre « et son mot', () => {
    const lines = new NameLines(measure);
    const name = wallName({ label: 'Club de prévention « Horizon »' }, 20, 9, Number.POSITIVE_INFINITY, lines);
    expect(name.lines.some((line) => /^[»:;?!]/.test(line) || /«$/.test(line))).toBe(false);
    const word = wallName({ label: 'Pédopsychiatrie' }, 30, 5, Number.POSITIVE_INFINITY, lines);
    expect(word.lines).toEqual(['Pédopsychiatrie']);
    expect(frenchSpacing('Qui ? « Oui »')).toBe('Qui\u00a0? «\u00a0Oui\u00a0»');
  });

  it('replanifié après un ajout, le mur ne replie que le nouveau nom : même plan, bien moins de mesures', () => {
    let calls = 0;
    const counted = (text: string, size: number) => {
      calls += 1;
      return measure(text, size);
    };
    const { actors } = territory(60);
    planWall({ ...inputOf(actors.slice(0, -1)), measure: counted });
    const first = calls;
    calls = 0;
    const again = planWall({ ...inputOf(actors), measure: counted });
    // A measure of its own: nothing remembered from an earlier plan.
    const fresh = planWall({ ...inputOf(actors), measure: (text, size) => measure(text, size) });
    expect(again.fontSize).toBe(fresh.fontSize);
    expect(again.names).toEqual(fresh.names);
    expect(again.boxes).toEqual(fresh.boxes);
    expect(calls).toBeLessThan(first / 2);
  });
});
