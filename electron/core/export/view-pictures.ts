import type { MapState } from '../../../shared/domain/model.js';
import { viewsOf } from '../../../shared/domain/saved-views.js';
import { type MapPicture, mapToSvg } from '../../../shared/map-picture/map-svg.js';
import { displayOf } from '../../../shared/measures/display.js';

/**
 * The pictures of the views chosen for the summary, in the order of `viewPagesOf` (the summary's
 * pages): the whole map (every layer: the summary comes after the workshop), dimmed, sized and
 * grouped as the view says, with the legend saying what size and outlines mean.
 */
export function viewPictures(map: MapState, represented?: ReadonlySet<string>): MapPicture[] {
  return viewsOf(map)
    .filter((view) => view.inSummary)
    .map((view) => mapToSvg(map, { display: displayOf(map, view, represented), heading: view.name }));
}
