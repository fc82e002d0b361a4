import type { MapState, Note } from '../domain/model.js';

const priorityRank = { haute: 0, moyenne: 1, basse: 2 } as const;
/** Without a priority, after « basse ». */
const rankOf = (note: Note) => (note.priority ? priorityRank[note.priority] : 3);

/** One proposal in the ranking: ties share a place (1, 2, 2, 4), as a group counts them. */
export interface RankedPiste {
  note: Note;
  place: number;
}

/** The pistes d'action by votes, then priority, then capture order: the ranking the wall shows. */
export function rankPistes(map: Pick<MapState, 'notes'>): RankedPiste[] {
  const pistes = map.notes
    .map((note, order) => ({ note, order }))
    .filter(({ note }) => note.kind === 'piste-action')
    .sort((a, b) => b.note.votes - a.note.votes || rankOf(a.note) - rankOf(b.note) || a.order - b.order);
  let place = 0;
  return pistes.map(({ note }, index) => {
    if (index === 0 || pistes[index - 1]!.note.votes !== note.votes) place = index + 1;
    return { note, place };
  });
}
