import type { MapState, Note } from '../domain/model.js';
import { fold } from '../exchange/fold.js';
import { byTerritory, territoryName } from './club-figures.js';
import type { ClubWorkshop } from './club-model.js';

/** One pratique inspirante of the network, with what is needed to find it and open it. */
export interface Practice {
  workshopId: string;
  noteId: string;
  territory: string;
  date: string;
  clubOnly: boolean;
  text: string;
  /** Actors the note is attached to (directly, or at either end of its link) or carried by. */
  actors: { id: string; label: string; standardType: string }[];
  /** #mots-clés written in the text, as first written. */
  tags: string[];
  /** The node to select and centre on the map: the note itself when free, else its first actor. */
  focus: string | null;
}

/** The filters of the library; every one is optional. */
export interface PracticeQuery {
  /** Words to find, accents and case folded; every word must appear. */
  text?: string;
  workshopId?: string;
  standardType?: string;
  tag?: string;
}

/** #hashtags in a note: letters (accents too), digits, - and _, as the facilitator wrote them. */
export function tagsOf(text: string): string[] {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/(?:^|[^\p{L}\p{N}_])#([\p{L}\p{N}][\p{L}\p{N}_-]*)/gu)) {
    const tag = match[1] ?? '';
    if (!found.has(fold(tag))) found.set(fold(tag), tag);
  }
  return [...found.values()];
}

function actorsOf(note: Note, map: MapState): string[] {
  const ids: string[] = [];
  if (note.attachedTo?.type === 'actor') ids.push(note.attachedTo.id);
  if (note.attachedTo?.type === 'link') {
    const link = map.links.find((l) => l.id === note.attachedTo?.id);
    if (link) ids.push(link.source, link.target);
  }
  for (const owner of note.owners) if (!ids.includes(owner)) ids.push(owner);
  return ids;
}

/** Every note of kind « pratique inspirante » of every workshop, territory by territory. */
export function practicesOf(workshops: readonly ClubWorkshop[]): Practice[] {
  return [...workshops].sort(byTerritory).flatMap((w) => {
    const byId = new Map(w.map.actors.map((a) => [a.id, a]));
    return w.map.notes
      .filter((n) => n.kind === 'pratique-inspirante')
      .map((note): Practice => {
        const actors = actorsOf(note, w.map)
          .map((id) => byId.get(id))
          .filter((a) => a !== undefined)
          .map((a) => ({ id: a.id, label: a.label, standardType: a.standardType ?? '' }));
        return {
          workshopId: w.id,
          noteId: note.id,
          territory: territoryName(w),
          date: w.date,
          clubOnly: w.clubOnly,
          text: note.text,
          actors,
          tags: tagsOf(note.text),
          focus: note.attachedTo === null ? note.id : (actors[0]?.id ?? null),
        };
      });
  });
}

/**
 * The practices that match: every folded word of the text found in the note, its actors' names
 * or its territory (« reussite educative » finds « Réussite éducative »), and each filter set.
 */
export function searchPractices(practices: readonly Practice[], query: PracticeQuery): Practice[] {
  const words = fold(query.text ?? '')
    .split(' ')
    .filter(Boolean);
  const tag = query.tag ? fold(query.tag.replace(/^#/, '')) : '';
  return practices.filter((p) => {
    if (query.workshopId && p.workshopId !== query.workshopId) return false;
    if (query.standardType && !p.actors.some((a) => a.standardType === query.standardType)) return false;
    if (tag && !p.tags.some((t) => fold(t) === tag)) return false;
    if (words.length === 0) return true;
    const haystack = ` ${fold([p.text, p.territory, ...p.actors.map((a) => a.label)].join(' '))} `;
    return words.every((word) => haystack.includes(word));
  });
}
