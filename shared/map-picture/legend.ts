import { intensityIds, noteKindIds, qualityIds } from '../domain/codebook.js';
import { desiredDash, intensityWidths, qualityIcons } from '../domain/link-style.js';
import type { MapState } from '../domain/model.js';
import { noteStyles } from '../domain/note-style.js';
import type { MapDisplay } from '../measures/display.js';
import { intensityLabels, noteKindLabels, qualityLabels } from '../synthese/labels.js';
import { groupsSentence, measureSentence, towerSentence } from '../synthese/measure-sentence.js';
import { escapeXml } from '../text/escape.js';
import { safeColour } from './colour.js';
import { outlineSvg } from './outline.js';
import { num } from './svg-number.js';
import { wrapText } from './text.js';

export const legendWidth = 300;
const padding = 16;
const sampleWidth = 38;
const textX = padding + sampleWidth + 12;
const textWidth = legendWidth - textX - padding;
const entrySize = 14;
const entryLine = 17;

interface Entry {
  /** Draws the sample in a box of sampleWidth × 22 whose top-left corner is (x, y). */
  sample: (x: number, y: number) => string;
  label: string;
  /** A sentence rather than a name: it may take more lines. */
  lines?: number;
}

/**
 * The key of the picture, like the canvas's: what the map shows (categories, kinds, and the
 * line styles, icons and symbols in use); an empty map lists the whole codebook.
 */
export function legendSvg(map: MapState, x: number, y: number, display?: MapDisplay): { svg: string; height: number } {
  const usedCategories = new Set(map.actors.map((a) => a.category));
  const usedKinds = new Set(map.links.map((l) => l.kind));
  const categories =
    usedCategories.size > 0 ? map.codebook.categories.filter((c) => usedCategories.has(c.id)) : map.codebook.categories;
  const kinds = usedKinds.size > 0 ? map.codebook.linkKinds.filter((k) => usedKinds.has(k.id)) : map.codebook.linkKinds;
  const line =
    (colour: string, width: number, dash = '') =>
    (sx: number, sy: number) =>
      `<line x1="${num(sx + 2)}" y1="${num(sy + 11)}" x2="${num(sx + sampleWidth - 2)}" y2="${num(sy + 11)}" stroke="${safeColour(colour)}" stroke-width="${num(width)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const badge = (symbol: string, colour: string) => (sx: number, sy: number) =>
    `<circle cx="${num(sx + 11)}" cy="${num(sy + 11)}" r="10" fill="${colour}"/><text x="${num(sx + 11)}" y="${num(sy + 15.5)}" font-size="13" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(symbol)}</text>`;

  const sections: { title: string; entries: Entry[] }[] = [
    {
      title: 'Acteurs',
      entries: categories.map((c) => ({
        label: c.label,
        sample: (sx, sy) => outlineSvg(c.shape, c.color, { x: sx, y: sy, width: sampleWidth, height: 22 }, 2.5),
      })),
    },
    { title: 'Coopérations', entries: kinds.map((k) => ({ label: k.label, sample: line(k.color, 4) })) },
  ];
  if (map.links.length > 0) {
    const style: Entry[] = intensityIds.map((id) => ({
      label: intensityLabels[id],
      sample: line('#4d4d4d', intensityWidths[id]),
    }));
    if (map.links.some((l) => l.status === 'desired')) {
      style.push({ label: 'Lien souhaité (manquant)', sample: line('#4d4d4d', 4, desiredDash(4)) });
    }
    if (map.links.some((l) => l.directed)) {
      style.push({
        label: 'À sens unique',
        sample: (sx, sy) =>
          `${line('#4d4d4d', 3)(sx - 6, sy)}<polygon points="${num(sx + sampleWidth)},${num(sy + 11)} ${num(sx + sampleWidth - 10)},${num(sy + 5)} ${num(sx + sampleWidth - 10)},${num(sy + 17)}" fill="#4d4d4d"/>`,
      });
    }
    const qualities = qualityIds.filter((q) => map.links.some((l) => l.quality === q));
    for (const q of qualities) style.push({ label: qualityLabels[q], sample: badge(qualityIcons[q], '#4d4d4d') });
    sections.push({ title: 'Liens', entries: style });
  }
  const kindsOfNotes = noteKindIds.filter((k) => map.notes.some((n) => n.kind === k));
  if (kindsOfNotes.length > 0) {
    sections.push({
      title: 'Notes',
      entries: kindsOfNotes.map((k) => ({
        label: noteKindLabels[k].one,
        sample: badge(noteStyles[k].icon, noteStyles[k].color),
      })),
    });
  }

  const reading: Entry[] = [];
  if (map.actors.some((a) => a.influence !== undefined)) {
    reading.push({
      label: towerSentence,
      lines: 5,
      sample: (sx, sy) =>
        [0, 1, 2]
          .map(
            (i) =>
              `<rect x="${num(sx + 12)}" y="${num(sy + 16 - i * 8)}" width="12" height="6" rx="1" fill="${i < 2 ? '#1a1a1a' : '#ffffff'}" stroke="#1a1a1a" stroke-width="1.2"/>`,
          )
          .join(''),
    });
  }
  if (display?.measure) {
    reading.push({
      label: measureSentence(display.measure),
      lines: 6,
      sample: (sx, sy) =>
        `<rect x="${num(sx + 1)}" y="${num(sy + 9)}" width="12" height="9" rx="2" fill="none" stroke="#1a1a1a" stroke-width="1.5"/><rect x="${num(sx + 17)}" y="${num(sy + 1)}" width="20" height="17" rx="3" fill="none" stroke="#1a1a1a" stroke-width="1.5"/>`,
    });
  }
  if (display && display.groups.length > 0) {
    reading.push({
      label: groupsSentence,
      lines: 4,
      sample: (sx, sy) =>
        `<rect x="${num(sx + 1)}" y="${num(sy + 1)}" width="${sampleWidth - 2}" height="20" rx="10" fill="#3d4f66" fill-opacity="0.08" stroke="#3d4f66" stroke-width="2" stroke-dasharray="6 4"/>`,
    });
  }
  if (reading.length > 0) sections.push({ title: 'Lecture', entries: reading });

  const parts: string[] = [];
  let cursor = padding + 20;
  parts.push(`<text x="${padding}" y="${cursor}" font-size="18" font-weight="bold" fill="#1a1a1a">Légende</text>`);
  cursor += 12;
  for (const section of sections) {
    cursor += 24;
    parts.push(
      `<text x="${padding}" y="${cursor}" font-size="15" font-weight="bold" fill="#1a1a1a">${escapeXml(section.title)}</text>`,
    );
    cursor += 8;
    for (const entry of section.entries) {
      const { lines } = wrapText(entry.label, { width: textWidth, fontSize: entrySize, maxLines: entry.lines ?? 3 });
      const height = Math.max(26, lines.length * entryLine + 9);
      parts.push(`<g><title>${escapeXml(entry.label)}</title>${entry.sample(padding, cursor + (height - 22) / 2)}`);
      const first = cursor + (height - lines.length * entryLine) / 2 + 13;
      parts.push(
        `<text x="${textX}" y="${num(first)}" font-size="${entrySize}" fill="#1a1a1a">${lines
          .map((l, i) => `<tspan x="${textX}" y="${num(first + i * entryLine)}">${escapeXml(l)}</tspan>`)
          .join('')}</text></g>`,
      );
      cursor += height;
    }
  }
  const height = cursor + padding;
  return {
    svg: `<g transform="translate(${num(x)},${num(y)})"><rect x="0" y="0" width="${legendWidth}" height="${num(height)}" rx="8" fill="#ffffff" stroke="#9a9a9a" stroke-width="1.5"/>${parts.join('')}</g>`,
    height,
  };
}
