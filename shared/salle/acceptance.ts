import { findLinkKind } from '../domain/codebook.js';
import { limits } from '../domain/limits.js';
import { type MapState, type Note, newLink, newNote } from '../domain/model.js';
import { placeNear } from '../domain/note-place.js';
import type { MapOp } from '../domain/operations.js';
import type { Point } from '../domain/zone-contents.js';
import type { LinkProposal, NoteProposal, Proposal, VoteRound } from './room.js';

/**
 * What accepting a proposal does to the map: ordinary operations, applied by the editor's
 * store like any edit (so undone by Ctrl+Z, saved, and sent to the wall). Pure; the ids come
 * from the caller.
 */
export type Acceptance = { ok: true; ops: MapOp[] } | { ok: false; message: string };

export interface AcceptOptions {
  /** The new element's id. */
  id: string;
  /** The text as the facilitator edited it; the proposal's own text otherwise. */
  text?: string;
  /** Where a free note goes (the middle of the facilitator's view, beside what is there). */
  at: Point;
}

function trimmed(text: string, max: number): string {
  const clean = text.trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

export function acceptOps(map: MapState, proposal: Proposal, options: AcceptOptions): Acceptance {
  return proposal.type === 'note' ? acceptNote(map, proposal, options) : acceptLink(map, proposal, options);
}

function acceptNote(map: MapState, proposal: NoteProposal, { id, text, at }: AcceptOptions): Acceptance {
  const body = trimmed(text ?? proposal.text, limits.noteText);
  if (!body) return { ok: false, message: 'Une note ne peut pas être vide.' };
  // An actor removed since the proposal was sent: the note stays, free on the map.
  const actor = proposal.actorId ? map.actors.find((a) => a.id === proposal.actorId) : undefined;
  const attachedTo = actor ? ({ type: 'actor', id: actor.id } as const) : null;
  const place = placeNear(map, attachedTo, at);
  const note = newNote({
    id,
    kind: proposal.kind,
    text: body,
    x: Math.round(place.x),
    y: Math.round(place.y),
    attachedTo,
  });
  return { ok: true, ops: [{ type: 'note.add', note }] };
}

function acceptLink(map: MapState, proposal: LinkProposal, { id, text }: AcceptOptions): Acceptance {
  const source = map.actors.find((a) => a.id === proposal.sourceId);
  const target = map.actors.find((a) => a.id === proposal.targetId);
  if (!source || !target) {
    return {
      ok: false,
      message: 'Un des deux acteurs n’est plus sur la carte : cette coopération ne peut pas être tracée.',
    };
  }
  const link = newLink({
    id,
    source: source.id,
    target: target.id,
    // « Autre » until the facilitator says how they would work together.
    kind: findLinkKind(map.codebook, 'autre').id,
    status: 'desired',
    proposal: trimmed(text ?? proposal.text, limits.longText),
  });
  return { ok: true, ops: [{ type: 'link.add', link }] };
}

/** Notes a proposal can be merged into: those of the same kind. */
export function mergeCandidates(map: Pick<MapState, 'notes'>, proposal: Proposal): Note[] {
  return proposal.type === 'note' ? map.notes.filter((n) => n.kind === proposal.kind) : [];
}

/** Merging: the proposal's text (possibly edited) added on a new line of an existing note. */
export function mergeOps(map: MapState, proposal: Proposal, noteId: string, text?: string): Acceptance {
  const note = map.notes.find((n) => n.id === noteId);
  if (!note) return { ok: false, message: 'Cette note n’est plus sur la carte.' };
  if (proposal.type !== 'note' || note.kind !== proposal.kind) {
    return { ok: false, message: 'Une proposition ne se fusionne qu’avec une note du même type.' };
  }
  const added = (text ?? proposal.text).trim();
  if (!added) return { ok: false, message: 'Rien à ajouter à la note.' };
  return {
    ok: true,
    ops: [{ type: 'note.update', id: note.id, patch: { text: trimmed(`${note.text}\n${added}`, limits.noteText) } }],
  };
}

/**
 * The gommettes of a closed vote added to the pistes' votes, in one step. A piste deleted
 * meanwhile is skipped (and named, so that the facilitator knows).
 */
export function voteOps(map: MapState, tally: VoteRound['tally']): { ops: MapOp[]; missing: number } {
  const ops: MapOp[] = [];
  let missing = 0;
  for (const [id, count] of Object.entries(tally)) {
    if (count <= 0) continue;
    const note = map.notes.find((n) => n.id === id && n.kind === 'piste-action');
    if (!note) {
      missing += count;
      continue;
    }
    ops.push({ type: 'note.update', id, patch: { votes: Math.min(10_000, note.votes + count) } });
  }
  return { ops, missing };
}
