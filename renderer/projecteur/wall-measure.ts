import type { Measure } from '../../shared/mur/wall-names.js';

/**
 * Widths of the wall's names as the browser will draw them: a canvas measuring in the page's own
 * bold type, each line remembered (a map re-planned after one edit measures the same lines again).
 */
export function browserMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(document.documentElement).fontFamily;
  const known = new Map<string, number>();
  return (text, fontSize) => {
    const key = `${fontSize}\u0000${text}`;
    let width = known.get(key);
    if (width === undefined) {
      if (context) {
        context.font = `700 ${fontSize}px ${family}`;
        width = context.measureText(text).width;
      } else width = text.length * fontSize * 0.62;
      known.set(key, width);
    }
    return width;
  };
}
