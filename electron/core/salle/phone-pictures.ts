import type { MapState } from '../../../shared/domain/model.js';
import { legendSvg, legendWidth } from '../../../shared/map-picture/legend.js';
import { mapToSvg, pictureFont } from '../../../shared/map-picture/map-svg.js';
import { escapeXml } from '../../../shared/text/escape.js';

export interface PhonePictures {
  map: string;
  legend: string;
}

/**
 * The map and its legend as the phones show them: the summary's own SVG drawing (every user
 * string escaped, and shown by the phone as an image, where no script runs), the legend apart
 * so that it stacks under the map on a narrow screen.
 */
export function phonePictures(map: MapState): PhonePictures {
  const legend = legendSvg(map, 0, 0);
  const height = Math.ceil(legend.height + 8);
  return {
    map: mapToSvg(map, { legend: false }).svg,
    legend: [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${legendWidth}" height="${height}" viewBox="0 0 ${legendWidth} ${height}" font-family="${escapeXml(pictureFont)}" role="img">`,
      '<title>Légende</title>',
      `<rect x="0" y="0" width="${legendWidth}" height="${height}" fill="#ffffff"/>`,
      legend.svg,
      '</svg>',
    ].join(''),
  };
}
