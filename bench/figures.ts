/** One line of the benchmark's output (issue 7). */
export interface Figure {
  name: string;
  value: number | null;
  unit: string;
  /** The same thing measured on the bare React Flow page or the bare insert, in the same run. */
  floor?: number | null;
  /** value ÷ floor, when a floor is measured. */
  ratio?: number | null;
  /** What "met" is judged on, in words: e.g. "ratio ≤ 1.3", "value ≤ 1000". */
  target?: string;
  met?: boolean | null;
  /** Why a figure has no value, or anything the reader must know to read it. */
  note?: string;
}

/** What a figure is judged on: at most `max`, or at least `min` (a type size to reach). */
export type Limit = { on: 'ratio' | 'value'; max: number } | { on: 'ratio' | 'value'; min: number };

function round(value: number | null | undefined, digits = 3): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Builds a figure, computing the ratio and whether the target is met. */
export function figure(
  name: string,
  value: number | null,
  unit: string,
  options: { floor?: number | null; limit?: Limit; note?: string } = {},
): Figure {
  const out: Figure = { name, value: round(value), unit };
  if (options.floor !== undefined) {
    out.floor = round(options.floor);
    out.ratio = value !== null && options.floor ? round(value / options.floor) : null;
  }
  if (options.limit) {
    const limit = options.limit;
    const judged = limit.on === 'ratio' ? out.ratio : out.value;
    const known = judged !== null && judged !== undefined;
    if ('max' in limit) {
      out.target = `${limit.on} ≤ ${limit.max}`;
      out.met = known ? judged <= limit.max : null;
    } else {
      out.target = `${limit.on} ≥ ${limit.min}`;
      out.met = known ? judged >= limit.min : null;
    }
  }
  if (options.note) out.note = options.note;
  return out;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The figures as a plain-text table, for the terminal. */
export function table(figures: readonly Figure[]): string {
  const show = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  const rows = figures.map((f) => [
    f.name,
    show(f.value),
    f.unit,
    show(f.floor),
    show(f.ratio),
    show(f.target),
    f.met === undefined ? '' : f.met === null ? 'non mesuré' : f.met ? 'oui' : 'NON',
  ]);
  const header = ['figure', 'valeur', 'unité', 'plancher', 'ratio', 'cible', 'atteinte'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
