import { Resvg } from '@resvg/resvg-js';
import { fontFilesIn } from './fonts.js';

/** Beyond this many pixels on a side a PNG becomes unwieldy; very large maps are scaled below 2×. */
const maxSide = 12_000;

export interface Png {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * The SVG picture as a PNG at `scale` (2× for print), drawn with the bundled fonts only, so
 * that accents and symbols look the same on every machine.
 */
export function svgToPng(svg: string, size: { width: number; height: number }, fontDir: string, scale = 2): Png {
  const zoom = Math.min(scale, maxSide / Math.max(size.width, size.height, 1));
  const fontFiles = fontFilesIn(fontDir);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: zoom },
    background: '#ffffff',
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: 'DejaVu Sans' },
  });
  const image = resvg.render();
  return { data: image.asPng(), width: image.width, height: image.height };
}
