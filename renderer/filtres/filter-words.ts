import type { TFunction } from 'i18next';
import { type Codebook, findCategory, findLinkKind } from '../../shared/domain/codebook.js';
import type { ViewFilter } from '../../shared/domain/view-filter.js';
import { shortLabel } from '../carte/Legende.js';

/**
 * What a filter keeps bright, in words, one part per dimension (« Bénévoles, Habitant »,
 * « Représenté »): the wall writes it, so that a dimmed map is never read by its greys alone.
 */
export function filterWords(filter: Omit<ViewFilter, 'focus'>, codebook: Codebook, t: TFunction): string[] {
  const parts: string[] = [];
  if (filter.categories)
    parts.push(filter.categories.map((id) => shortLabel(findCategory(codebook, id).label)).join(', '));
  if (filter.engagements) {
    parts.push(
      filter.engagements
        .map((id) => (id === 'aucun' ? t('filtres.noEngagement') : t(`domaine.engagement.${id}`)))
        .join(', '),
    );
  }
  // « Représenté » alone is cryptic from the back of the room: the wall says where.
  if (filter.representation)
    parts.push(filter.representation.map((id) => t(`filtres.wallRepresentation.${id}`)).join(', '));
  if (filter.kinds) parts.push(filter.kinds.map((id) => findLinkKind(codebook, id).label).join(', '));
  if (filter.statuses) parts.push(filter.statuses.map((id) => t(`domaine.status.${id}`)).join(', '));
  if (filter.qualities) parts.push(filter.qualities.map((id) => t(`domaine.quality.${id}`)).join(', '));
  return parts;
}
