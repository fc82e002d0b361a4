import { maxInfluence } from '../domain/codebook.js';
import type { Box } from '../domain/geometry.js';
import { escapeXml } from '../text/escape.js';
import { num } from './svg-number.js';

/** One block of an influence tower, and the gap between two. */
export const towerBlock = { width: 14, height: 8, gap: 2 } as const;
const ink = '#1a1a1a';

/**
 * Net-Map's influence tower beside an actor: five blocks stacked from the bottom of its box,
 * as many filled as its influence, the others hollow — so 0 is five hollow blocks and « not
 * given » no tower at all. A count, never a colour.
 */
export function towerSvg(influence: number, box: Box): string {
  const x = box.x - towerBlock.width - 6;
  const bottom = box.y + box.height;
  const blocks = Array.from({ length: maxInfluence }, (_, i) => {
    const y = bottom - (i + 1) * towerBlock.height - i * towerBlock.gap;
    const filled = i < influence;
    return `<rect x="${num(x)}" y="${num(y)}" width="${towerBlock.width}" height="${towerBlock.height}" rx="1.5" fill="${filled ? ink : '#ffffff'}" stroke="${ink}" stroke-width="1.5"/>`;
  }).join('');
  return `<g><title>${escapeXml(`Influence\u00a0: ${influence} sur ${maxInfluence}`)}</title>${blocks}</g>`;
}
