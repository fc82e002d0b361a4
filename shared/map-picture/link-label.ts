import { textWidth } from './text.js';

/**
 * What a link's label says where the line leaves room for it, on the canvas and in pictures
 * alike: the kind's full name, else its first word, else nothing (the colour, the legend and
 * the panel still name it). `room` is the width left for the words themselves, in pixels.
 */
export function fittingLabel(label: string, room: number, fontSize: number): string {
  const fits = (text: string) => textWidth(text, fontSize, true) <= room;
  if (fits(label)) return label;
  const firstWord = label.split(/[\s/’']+/)[0] ?? '';
  return firstWord && fits(firstWord) ? firstWord : '';
}
