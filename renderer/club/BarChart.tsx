/** One bar of a small chart: a territory, its value, and how to print the value. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  text: string;
  /** Received read-only: drawn hatched-outline and named so, not by colour alone. */
  received: boolean;
}

const rowHeight = 22;
const labelWidth = 170;
const valueWidth = 56;
const width = 420;

/**
 * A small horizontal bar chart in plain SVG: every bar carries its label and its number, so the
 * chart reads in black and white and through a screen reader (role="img" + a title, and the
 * numbers are in the table above). The scale starts at zero; `max` is shared by the caller when
 * charts must be compared.
 */
export function BarChart({ title, bars, max }: { title: string; bars: readonly Bar[]; max?: number }) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 0);
  const room = width - labelWidth - valueWidth;
  const height = bars.length * rowHeight + 4;
  return (
    <figure className="graphique">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} width="100%">
        <title>{title}</title>
        {bars.map((bar, i) => {
          const y = i * rowHeight + 2;
          const length = top > 0 ? (bar.value / top) * room : 0;
          const name = bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label;
          return (
            <g key={bar.key}>
              <text x={labelWidth - 6} y={y + 15} textAnchor="end" className="etiquette">
                {bar.received ? `${name} ⇩` : name}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={Math.max(length, bar.value > 0 ? 2 : 0)}
                height={rowHeight - 7}
                className={bar.received ? 'barre recue' : 'barre'}
              />
              <text x={labelWidth + length + 5} y={y + 15} className="valeur">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
