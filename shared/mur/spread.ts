/**
 * Spreading boxes over the whole wall while keeping the facilitator's arrangement. The boxes go
 * in rows: top to bottom in the order of the map, left to right within a row in the order of the
 * map, each as near as it can be to its place on the map stretched over the wall. Rows never
 * overlap and a row's boxes never overlap, so no two names touch. Pure geometry, in wall pixels.
 */

export interface SpreadItem {
  id: string;
  /** Where the facilitator put it on the map (any unit: only the order and the proportions count). */
  anchorX: number;
  anchorY: number;
  width: number;
  height: number;
}

/** A box on the wall, top-left corner and size, in px. */
export interface WallBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Spread {
  boxes: WallBox[];
  /**
   * Boxes that overlap another or stand partly outside the area: 0 unless the boxes could not
   * fit at all.
   */
  crowded: number;
  /** How full the tighter direction is: the widest row over the width, or the rows over the height. */
  fill: number;
}

/**
 * Each coordinate on [0, 1], half its place in the map's extent and half its rank: a cluster the
 * facilitator drew tightly opens up, a lone actor far away does not leave the wall empty between.
 */
export function spreadAxis(values: readonly number[]): number[] {
  const n = values.length;
  if (n === 1) return [0.5];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const rank = new Array<number>(n);
  // Equal coordinates share their mean rank: actors in one column stay in one column.
  for (let k = 0; k < n; ) {
    let end = k;
    while (end < n && order[end]!.v === order[k]!.v) end++;
    const mean = (k + end - 1) / 2;
    for (let m = k; m < end; m++) rank[order[m]!.i] = mean;
    k = end;
  }
  return values.map((v, i) => 0.5 * (max > min ? (v - min) / (max - min) : 0.5) + 0.5 * (rank[i]! / (n - 1)));
}

/**
 * Starts of segments on a line of `length`, in the given order, each as near its wished start as
 * the others allow, `gap` apart and inside [gap / 2, length − gap / 2] when they fit.
 */
export function placeInOrder(
  wished: readonly number[],
  sizes: readonly number[],
  length: number,
  gap: number,
): number[] {
  const n = wished.length;
  const starts = [...wished];
  const low = gap / 2;
  const high = length - gap / 2;
  for (let i = 0; i < n; i++) {
    const floor = i === 0 ? low : starts[i - 1]! + sizes[i - 1]! + gap;
    starts[i] = Math.max(starts[i]!, floor);
  }
  for (let i = n - 1; i >= 0; i--) {
    const ceiling = i === n - 1 ? high - sizes[i]! : starts[i + 1]! - gap - sizes[i]!;
    starts[i] = Math.min(starts[i]!, ceiling);
  }
  // Too long for the line: keep them from the start rather than pushed out on the left.
  for (let i = 0; i < n; i++) {
    const floor = i === 0 ? low : starts[i - 1]! + sizes[i - 1]! + gap;
    if (starts[i]! < floor) starts[i] = floor;
  }
  return starts;
}

/** Total width of a row of boxes with their gaps (and half a gap at each end). */
const rowWidth = (widths: readonly number[], gap: number) => widths.reduce((sum, w) => sum + w + gap, 0);

/** Cuts the sequence into consecutive rows no wider than `capacity`; each row holds at least one box. */
function cutRows(widths: readonly number[], capacity: number, gap: number): number[][] {
  const rows: number[][] = [];
  let row: number[] = [];
  let width = 0;
  widths.forEach((w, i) => {
    if (row.length > 0 && width + w + gap > capacity) {
      rows.push(row);
      row = [];
      width = 0;
    }
    row.push(i);
    width += w + gap;
  });
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The narrowest cut into at most `count` rows (binary search on the row width). */
function balancedRows(widths: readonly number[], count: number, gap: number): number[][] {
  let lo = Math.max(...widths) + gap;
  let hi = rowWidth(widths, gap);
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (cutRows(widths, mid, gap).length <= count) hi = mid;
    else lo = mid;
  }
  return cutRows(widths, hi, gap);
}

interface Layout {
  rows: number[][];
  fill: number;
}

/** Among every number of rows, the one whose tighter direction is the least full. */
function bestRows(
  sorted: readonly SpreadItem[],
  area: { width: number; height: number },
  gap: number,
): Layout | undefined {
  const widths = sorted.map((item) => item.width);
  let best: Layout | undefined;
  let previous = -1;
  // Fewer rows than this cannot hold the boxes within the width.
  const fewest = Math.max(1, Math.floor(rowWidth(widths, gap) / area.width));
  for (let count = fewest; count <= sorted.length; count++) {
    const rows = balancedRows(widths, count, gap);
    if (rows.length === previous) continue;
    previous = rows.length;
    const widest = Math.max(
      ...rows.map((row) =>
        rowWidth(
          row.map((i) => widths[i]!),
          gap,
        ),
      ),
    );
    const tall = rows.reduce((sum, row) => sum + Math.max(...row.map((i) => sorted[i]!.height)) + gap, 0);
    const fill = Math.max(widest / area.width, tall / area.height);
    if (!best || fill < best.fill) best = { rows, fill };
    // More rows only make the wall taller once the rows are shorter than the width.
    if (tall > area.height && widest <= area.width) break;
  }
  return best;
}

function crowdedBoxes(boxes: readonly WallBox[], area: { width: number; height: number }): number {
  const crowded = new Set<number>();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    if (a.x < 0 || a.y < 0 || a.x + a.width > area.width || a.y + a.height > area.height) crowded.add(i);
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) {
        crowded.add(i);
        crowded.add(j);
      }
    }
  }
  return crowded.size;
}

/**
 * Places the boxes in rows over the area, `gap` apart. When they cannot fit (fill above 1) they
 * are still placed, overlapping as little as the rows allow, and `crowded` counts the overlaps.
 */
export function spreadBoxes(
  items: readonly SpreadItem[],
  area: { width: number; height: number },
  gap: number,
): Spread {
  if (items.length === 0) return { boxes: [], crowded: 0, fill: 0 };
  const us = spreadAxis(items.map((i) => i.anchorX));
  const vs = spreadAxis(items.map((i) => i.anchorY));
  const order = items.map((_, k) => k).sort((a, b) => vs[a]! - vs[b]! || us[a]! - us[b]!);
  const sorted = order.map((k) => items[k]!);
  const layout = bestRows(sorted, area, gap)!;
  const rows = layout.rows.map((row) => row.map((i) => order[i]!).sort((a, b) => us[a]! - us[b]! || a - b));
  const heights = rows.map((row) => Math.max(...row.map((k) => items[k]!.height)));
  const rowWished = rows.map((row, r) => {
    const v = row.reduce((sum, k) => sum + vs[k]!, 0) / row.length;
    return v * (area.height - heights[r]!);
  });
  const rowTops = placeInOrder(rowWished, heights, area.height, gap);
  const boxes = new Array<WallBox>(items.length);
  rows.forEach((row, r) => {
    const widths = row.map((k) => items[k]!.width);
    const wished = row.map((k, i) => us[k]! * (area.width - widths[i]!));
    const lefts = placeInOrder(wished, widths, area.width, gap);
    row.forEach((k, i) => {
      const item = items[k]!;
      boxes[k] = {
        id: item.id,
        x: lefts[i]!,
        // Within its row's band, a box sits at the band's middle.
        y: rowTops[r]! + (heights[r]! - item.height) / 2,
        width: item.width,
        height: item.height,
      };
    });
  });
  // Rows that fit keep every box apart by construction; only a wall too small needs counting.
  return { boxes, crowded: layout.fill <= 1 ? 0 : crowdedBoxes(boxes, area), fill: layout.fill };
}
