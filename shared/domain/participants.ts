import { fold } from '../exchange/fold.js';
import type { Actor, Participant } from './model.js';

/**
 * The tour de table (issue 12): who is in the room, for which structure. It is the one truth of
 * « représenté à l'atelier »: an actor is represented when a participant present at the workshop
 * speaks for it — linked to it by the facilitator (`actorId`), or, when not linked, whose
 * structure is written as the actor's name or short name. Nothing is stored on the actor.
 */

export const attendanceIds = ['present', 'excuse'] as const;
export type Attendance = (typeof attendanceIds)[number];

/** Participants written before the tour de table had no attendance: they were in the room. */
export function attendanceOf(participant: Pick<Participant, 'attendance'>): Attendance {
  return participant.attendance ?? 'present';
}

type Named = Pick<Actor, 'id' | 'label' | 'shortLabel'>;

/** The actor a structure's name designates: its name or short name, folded; the first such. */
export function actorNamed(structure: string, actors: readonly Named[]): Named | undefined {
  const key = fold(structure);
  if (key === '') return undefined;
  return actors.find((a) => fold(a.label) === key || (a.shortLabel !== undefined && fold(a.shortLabel) === key));
}

/** The actor a participant speaks for, if it is on the map. */
export function actorOf(participant: Participant, actors: readonly Named[]): Named | undefined {
  if (participant.actorId !== undefined) return actors.find((a) => a.id === participant.actorId);
  return actorNamed(participant.structure, actors);
}

/** The participants who speak for an actor, present or excused. */
export function participantsOf(
  actorId: string,
  participants: readonly Participant[],
  actors: readonly Named[],
): Participant[] {
  return participants.filter((p) => actorOf(p, actors)?.id === actorId);
}

/** Ids of the actors represented at the workshop: a present participant speaks for each. */
export function representedActorIds(participants: readonly Participant[], actors: readonly Named[]): Set<string> {
  const ids = new Set<string>();
  for (const p of participants) {
    if (attendanceOf(p) !== 'present') continue;
    const actor = actorOf(p, actors);
    if (actor) ids.add(actor.id);
  }
  return ids;
}

/** The structure a participant is written with: the actor's name when linked, else as typed. */
export function structureOf(participant: Participant, actors: readonly Named[]): string {
  return (
    (participant.actorId !== undefined ? actors.find((a) => a.id === participant.actorId)?.label : undefined) ??
    participant.structure
  );
}

/**
 * Older maps marked an actor « présent » on the actor itself. Each such actor that no participant
 * speaks for yet becomes a participant of its own, its name not noted, so that what was said is
 * kept and told by the participants alone (.maillage version 1, CSV « Présent » column; the
 * database does the same in migration 12).
 */
export function participantsWithPresentActors(
  participants: readonly Participant[],
  actors: readonly (Named & { present?: unknown })[],
): Participant[] {
  const represented = representedActorIds(participants, actors);
  const added = actors
    .filter((a) => a.present === true && !represented.has(a.id))
    .map((a): Participant => ({ name: '', structure: a.label, role: '', actorId: a.id, attendance: 'present' }));
  return added.length === 0 ? [...participants] : [...participants, ...added];
}

/**
 * « Représenté à l'atelier » ticked on an actor nobody speaks for yet: a participant for it, name
 * not noted (the tour de table can name them later).
 */
export function withRepresentative(participants: readonly Participant[], actor: Named): Participant[] {
  return [...participants, { name: '', structure: actor.label, role: '', actorId: actor.id, attendance: 'present' }];
}

/**
 * Unticked: the unnamed participants who speak for the actor go; named ones stay (they are
 * changed in the tour de table, where their names are).
 */
export function withoutUnnamedRepresentatives(
  participants: readonly Participant[],
  actorId: string,
  actors: readonly Named[],
): Participant[] {
  return participants.filter((p) => p.name !== '' || actorOf(p, actors)?.id !== actorId);
}
