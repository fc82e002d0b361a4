import { textWidth } from '../../shared/map-picture/text.js';

export interface LienEtiquetteProps {
  /** Centre of the label, in map coordinates. */
  x: number;
  y: number;
  /** Size of the words, from the label layer (larger on the wall). */
  fontSize: number;
  text: string;
  /** The quality's sign (✓ ! ✕) and its name for screen readers, or nothing. */
  icon: string;
  iconLabel: string;
  noteCount: number;
  noteLabel: string;
  color: string;
  title: string;
  className: string;
  linkId: string;
}

const paddingX = 8;
const gap = 4;

interface Pill {
  iconSize: number;
  height: number;
  badgeText: string;
  badgeFont: number;
  badgeWidth: number;
  /** Width of everything but the words: padding, the quality's sign, the notes' count, gaps. */
  around: number;
}

function pillOf(fontSize: number, icon: string, noteCount: number): Pill {
  const iconSize = Math.round(fontSize * 1.4);
  const badgeText = noteCount > 0 ? `✎ ${noteCount}` : '';
  const badgeFont = fontSize - 1;
  const badgeWidth = badgeText ? textWidth(badgeText, badgeFont, true) + 10 : 0;
  const around = paddingX * 2 + (icon ? iconSize + gap : 0) + (badgeText ? badgeWidth + gap : 0);
  return { iconSize, height: iconSize + 4, badgeText, badgeFont, badgeWidth, around };
}

/** Space kept between the pill and the actors at both ends of the line. */
const clearance = 8;

/** The room left for the kind's name on a line of this length, once the rest of the pill is counted. */
export function roomForWords(length: number, fontSize: number, icon: string, noteCount: number): number {
  return length - pillOf(fontSize, icon, noteCount).around - clearance;
}

/**
 * A link's label drawn in SVG, in one layer shared by all labels: a pill in the kind's colour
 * with the quality's sign and the kind's name, and the count of notes attached. An HTML label per
 * link was one more layer for the browser to composite on every frame of a drag (issue 7).
 */
export function LienEtiquette(props: LienEtiquetteProps) {
  const { x, y, fontSize, text, icon, noteCount } = props;
  const { iconSize, height, badgeText, badgeFont, badgeWidth, around } = pillOf(fontSize, icon, noteCount);
  const textWide = text ? textWidth(text, fontSize, true) : 0;
  // Without words, the gap kept for them after the sign or before the count goes.
  const width = text ? around + textWide : around - (icon || badgeText ? gap : 0);
  const left = x - width / 2;
  const top = y - height / 2;
  let cursor = left + paddingX;
  const iconX = cursor + iconSize / 2;
  if (icon) cursor += iconSize + gap;
  const textX = cursor;
  if (text) cursor += textWide + gap;
  return (
    <g className={props.className} data-link-id={props.linkId}>
      <title>{props.title}</title>
      <rect className="fond" x={left} y={top} width={width} height={height} rx={height / 2} stroke={props.color} />
      {icon && (
        <g className="qualite">
          <title>{props.iconLabel}</title>
          <circle cx={iconX} cy={y} r={iconSize / 2} />
          <text x={iconX} y={y} fontSize={fontSize - 1} textAnchor="middle" dominantBaseline="central">
            {icon}
          </text>
        </g>
      )}
      {text && (
        // Centred in the room measured for it: where the system's font is narrower than the
        // measuring one, the words stay in the middle of their pill.
        <text className="nom" x={textX + textWide / 2} y={y} textAnchor="middle" dominantBaseline="central">
          {text}
        </text>
      )}
      {badgeText && (
        <g className="lien-badge-notes" data-notes={noteCount}>
          <title>{props.noteLabel}</title>
          <rect
            x={cursor}
            y={y - (badgeFont + 6) / 2}
            width={badgeWidth}
            height={badgeFont + 6}
            rx={(badgeFont + 6) / 2}
          />
          <text x={cursor + badgeWidth / 2} y={y} fontSize={badgeFont} textAnchor="middle" dominantBaseline="central">
            {badgeText}
          </text>
        </g>
      )}
    </g>
  );
}
