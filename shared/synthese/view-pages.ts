import { findCategory, findLinkKind } from '../domain/codebook.js';
import type { MapState } from '../domain/model.js';
import { type SavedView, viewsOf } from '../domain/saved-views.js';
import { displayOf } from '../measures/display.js';
import { countOf, joinFrench, nbsp, quote } from './french.js';
import { groupFiguresOf } from './group-figures.js';
import { qualityLabels } from './labels.js';
import { groupsSentence, measureSentence } from './measure-sentence.js';

/** A saved view given a page of the summary: its name, what it shows, in French; the picture is drawn by the exporter. */
export interface ViewPage {
  id: string;
  name: string;
  title: string;
  sentences: string[];
}

const engagementWords = { professionnel: 'professionnels', benevole: 'bénévoles', habitant: 'habitants' } as const;
const statusWords = { existing: 'les coopérations existantes', desired: 'les liens souhaités' } as const;

/** What a view's filter keeps bright, as the facilitator chose it. */
function filterSentence(map: MapState, view: SavedView): string | null {
  const { filter } = view;
  const parts: string[] = [];
  if (filter.categories) {
    const names = filter.categories.map((id) => quote(findCategory(map.codebook, id).label));
    parts.push(`les acteurs ${names.length >= 2 ? 'des catégories' : 'de la catégorie'} ${joinFrench(names)}`);
  }
  if (filter.statuses) {
    parts.push(joinFrench(filter.statuses.map((s) => (s === 'existing' || s === 'desired' ? statusWords[s] : s))));
  }
  if (filter.kinds) {
    const names = filter.kinds.map((id) => quote(findLinkKind(map.codebook, id).label));
    parts.push(`les coopérations de type ${joinFrench(names)}`);
  }
  if (filter.qualities) {
    const names = filter.qualities.map((q) =>
      q === 'aucune' ? 'non renseignée' : (qualityLabels[q as keyof typeof qualityLabels] ?? q).toLowerCase(),
    );
    parts.push(`les liens de qualité ${joinFrench(names)}`);
  }
  if (filter.engagements) {
    const names = filter.engagements.map((e) =>
      e === 'aucun' ? 'sans engagement précisé' : (engagementWords[e as keyof typeof engagementWords] ?? e),
    );
    parts.push(`les acteurs ${joinFrench(names)}`);
  }
  if (filter.representation?.length === 1) {
    parts.push(
      filter.representation[0] === 'represente'
        ? 'les acteurs représentés à l’atelier'
        : 'les acteurs non représentés à l’atelier',
    );
  }
  const focus = filter.focus ? map.actors.find((a) => a.id === filter.focus) : undefined;
  if (focus) parts.push(`${quote(focus.label)} et ses partenaires directs`);
  return parts.length > 0 ? `Restent vifs${nbsp}: ${joinFrench(parts)}${nbsp}; le reste est estompé.` : null;
}

/** The pages of the views the facilitator chose for the summary, in the views' order. */
export function viewPagesOf(map: MapState, represented?: ReadonlySet<string>): ViewPage[] {
  return viewsOf(map)
    .filter((view) => view.inSummary)
    .map((view) => {
      const display = displayOf(map, view, represented);
      const sentences: string[] = [];
      const chosen = filterSentence(map, view);
      if (chosen) {
        const actors = map.actors.length - display.dimmed.actors.size;
        const links = map.links.length - display.dimmed.links.size;
        sentences.push(
          chosen,
          `${countOf(actors, 'acteur', 'acteurs')} sur ${map.actors.length} et ${countOf(links, 'lien', 'liens')} sur ${map.links.length} restent vifs.`,
        );
      } else sentences.push('Toute la carte reste vive.');
      if (display.measure) sentences.push(measureSentence(display.measure));
      if (view.groups) {
        const named = groupFiguresOf(map, display.groups);
        sentences.push(
          ...(named.sentences.length > 0
            ? [groupsSentence, ...named.sentences]
            : ['Le réseau ne se partage pas en groupes nets.']),
        );
      }
      return { id: view.id, name: view.name, title: `Vue ${quote(view.name)}`, sentences };
    });
}
