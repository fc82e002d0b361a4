import { type AxisMap, axisMap } from './axis-map.js';
import { spreadBoxes, type WallBox } from './spread.js';
import {
  type Measure,
  type NameLines,
  type NameMode,
  nameLinesFor,
  nameModes,
  type WallName,
  wallName,
} from './wall-names.js';

/**
 * The wall's own layout of a map shown whole (issue 12): every name at one type size, as large as
 * the wall allows, the actors spread over its whole width and height in the facilitator's
 * arrangement, no two boxes touching. Pure: the wall gives its size and a way to measure text,
 * so the poster and the bench can plan the same way.
 */

export interface WallActor {
  id: string;
  label: string;
  shortLabel?: string;
  /** The actor's place on the map (its top-left corner, as stored). */
  x: number;
  y: number;
  /** The box around a name of this size (its outline's room and border), in px. */
  box: (text: { width: number; height: number }, fontSize: number) => { width: number; height: number };
}

/** A free note: a box of a size of its own, placed with the actors. */
export interface WallNote {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WallPlanInput {
  actors: readonly WallActor[];
  notes?: readonly WallNote[];
  /** The map's part of the wall, in px. */
  area: { width: number; height: number };
  /** Width in px of a line of a name in the wall's bold type. */
  measure: Measure;
  /**
   * Type sizes in px: `wanted` is the least the wall aims for (18 px at 1280×720) — full names are
   * kept as long as they reach it —, `max` the largest, and `floor` the smallest tried when even
   * `wanted` cannot fit.
   */
  fonts: { floor: number; wanted: number; max: number };
  lineHeight: number;
}

export interface WallPlan {
  fontSize: number;
  mode: NameMode;
  names: ReadonlyMap<string, WallName>;
  /** Actors' and notes' boxes on the wall, by id. */
  boxes: ReadonlyMap<string, WallBox>;
  /**
   * Boxes that overlap or stand outside the wall: 0 when the plan fits. Otherwise the map is too
   * large for names the wall could read, and the wall draws the facilitator's layout instead.
   */
  crowded: number;
  /** From the map's coordinates to the wall's: zones and the facilitator's view follow the actors. */
  toWall: { x: AxisMap; y: AxisMap };
}

/** Space kept between two boxes for the links between them, in type sizes. */
const gapEms = 0.7;
/**
 * Widths of a name's lines tried, in type sizes: narrow boxes of two or three lines, or wide ones
 * of one or two; whichever packs the wall better.
 */
const lineWidths = [9, 13];

interface Attempt {
  fontSize: number;
  mode: NameMode;
  fill: number;
  names: Map<string, WallName>;
  boxes: WallBox[];
  crowded: number;
}

/** One try at a size, a mode and a line width: the names' lines, their boxes, spread in rows. */
function attempt(input: WallPlanInput, lines: NameLines, fontSize: number, mode: NameMode, lineEms: number): Attempt {
  const names = new Map<string, WallName>();
  const lineHeight = fontSize * input.lineHeight;
  const items = input.actors.map((actor) => {
    const name = wallName(actor, fontSize, lineEms, mode, lines);
    names.set(actor.id, name);
    // One px of slack: the browser may round a line a hair wider than the measure. A sigle's box
    // stays wide enough for its shape to be seen.
    const text = {
      width: Math.max(fontSize * 2.5, ...name.lines.map((line) => input.measure(line, fontSize))) + 1,
      height: name.lines.length * lineHeight,
    };
    const box = actor.box(text, fontSize);
    return {
      id: actor.id,
      anchorX: actor.x,
      anchorY: actor.y,
      width: Math.ceil(box.width),
      height: Math.ceil(box.height),
    };
  });
  const notes = (input.notes ?? []).map((n) => ({
    id: n.id,
    anchorX: n.x,
    anchorY: n.y,
    width: n.width,
    height: n.height,
  }));
  const all = [...items, ...notes];
  const gap = fontSize * gapEms;
  // Boxes whose area alone exceeds the wall's cannot fit however they are arranged: no need to try.
  const needed = all.reduce((sum, b) => sum + (b.width + gap) * (b.height + gap), 0);
  if (needed > input.area.width * input.area.height) {
    return {
      fontSize,
      mode,
      fill: needed / (input.area.width * input.area.height),
      names,
      boxes: [],
      crowded: all.length,
    };
  }
  const spread = spreadBoxes(all, input.area, gap);
  return {
    fontSize,
    mode,
    fill: spread.fill,
    names,
    boxes: spread.boxes,
    crowded: spread.crowded,
  };
}

/** The better-packed of the line widths at a size. */
function bestAt(input: WallPlanInput, lines: NameLines, fontSize: number, mode: NameMode): Attempt {
  let best: Attempt | undefined;
  for (const ems of lineWidths) {
    const tried = attempt(input, lines, fontSize, mode, ems);
    if (!best || tried.fill < best.fill) best = tried;
  }
  return best!;
}

/**
 * The largest size (whole px) at which a mode fits, searched between `from` and max: a mode with
 * more short names fits at least where the previous one did.
 */
function largestFitting(input: WallPlanInput, lines: NameLines, mode: NameMode, from: number): Attempt {
  const { floor, max } = input.fonts;
  const top = bestAt(input, lines, max, mode);
  if (top.crowded === 0) return top;
  let best: Attempt | undefined;
  let lo = Math.ceil(Math.max(floor, from));
  let hi = Math.floor(max) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const tried = bestAt(input, lines, mid, mode);
    if (tried.crowded === 0) {
      best = tried;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best ?? bestAt(input, lines, floor, mode);
}

function toPlan(input: WallPlanInput, chosen: Attempt): WallPlan {
  const boxes = new Map(chosen.boxes.map((b) => [b.id, b]));
  const anchors = [...input.actors, ...(input.notes ?? [])].filter((a) => boxes.has(a.id));
  const centre = (id: string, axis: 'x' | 'y') => {
    const b = boxes.get(id)!;
    return axis === 'x' ? b.x + b.width / 2 : b.y + b.height / 2;
  };
  return {
    fontSize: chosen.fontSize,
    mode: chosen.mode,
    names: chosen.names,
    boxes,
    crowded: chosen.crowded,
    toWall: {
      x: axisMap(
        anchors.map((a) => a.x),
        anchors.map((a) => centre(a.id, 'x')),
        { min: 0, max: input.area.width },
      ),
      y: axisMap(
        anchors.map((a) => a.y),
        anchors.map((a) => centre(a.id, 'y')),
        { min: 0, max: input.area.height },
      ),
    },
  };
}

/**
 * Full names first; short names for the longest, then for more, only when that is what lets the
 * names reach the wanted size. When no mode reaches it, the largest type wins.
 */
export function planWall(input: WallPlanInput): WallPlan {
  const lines = nameLinesFor(input.measure);
  // Without any short name every mode is the same layout: one is enough.
  const modes = input.actors.some((a) => a.shortLabel?.trim()) ? nameModes : nameModes.slice(0, 1);
  let best: Attempt | undefined;
  for (const mode of modes) {
    const tried = largestFitting(input, lines, mode, best && best.crowded === 0 ? best.fontSize : input.fonts.floor);
    if (tried.crowded === 0 && tried.fontSize >= input.fonts.wanted) return toPlan(input, tried);
    // Space is short: shorter names as soon as they buy a larger type.
    const better =
      !best ||
      (tried.crowded === 0 && (best.crowded > 0 || tried.fontSize > best.fontSize)) ||
      (tried.crowded > 0 && best.crowded > 0 && tried.crowded < best.crowded);
    if (better) best = tried;
  }
  return toPlan(input, best!);
}
