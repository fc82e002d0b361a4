import type { Codebook } from '../domain/codebook.js';
import { freeSpot } from '../domain/free-spot.js';
import { limits } from '../domain/limits.js';
import { type Actor, type MapState, newActor, type Participant } from '../domain/model.js';
import { actorNamed } from '../domain/participants.js';
import { guessStandardType } from '../domain/standard-types.js';
import { fold } from '../exchange/fold.js';

/**
 * The tour de table typed as people speak (issue 12): « Léa Martin, Collège Barbusse, CPE » —
 * name, structure, role, separated by commas; « excusé » (or « excusée », « absent excusé ») as
 * a part of the line, or in parentheses, for someone who sent apologies. The structure is read
 * against the map: an actor of that name or short name is the one this participant speaks for.
 */

export type ParticipantReading =
  | {
      ok: true;
      participant: Participant;
      /** The actor of the map the structure names; undefined when it is not on the map. */
      actor: Pick<Actor, 'id' | 'label' | 'shortLabel'> | undefined;
    }
  | { ok: false; message: string };

const excusedWords = new Set([
  'excuse',
  'excusee',
  'excuse e',
  'excusees',
  'excuses',
  'absent excuse',
  'absente excusee',
  'excused',
  'apologies',
  'sent apologies',
]);

/** « (excusée) » at the end of a part, or a part that says it alone. */
function takeExcused(part: string): { text: string; excused: boolean } {
  const inParentheses = /\s*\(([^()]*)\)\s*$/.exec(part);
  if (inParentheses && excusedWords.has(fold(inParentheses[1] ?? ''))) {
    return { text: part.slice(0, inParentheses.index).trim(), excused: true };
  }
  return excusedWords.has(fold(part)) ? { text: '', excused: true } : { text: part, excused: false };
}

const example = '«\u202fLéa Martin, Collège Barbusse, CPE\u202f»';

export function readParticipantLine(
  line: string,
  actors: readonly Pick<Actor, 'id' | 'label' | 'shortLabel'>[],
): ParticipantReading {
  let excused = false;
  const parts: string[] = [];
  for (const raw of line.split(/[,;]/)) {
    const taken = takeExcused(raw.trim().replace(/\s+/g, ' '));
    excused ||= taken.excused;
    // « Léa Martin, excusée, CPE »: the word alone is not a part (an empty part, « Léa, , CPE », is).
    if (!(taken.excused && taken.text === '')) parts.push(taken.text);
  }
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  const [name = '', structure = '', ...roles] = parts;
  const role = roles.filter(Boolean).join(', ');
  if (name === '' && structure === '') {
    return {
      ok: false,
      message: `Écrivez au moins un nom ou une structure, séparés par une virgule\u00a0: ${example}.`,
    };
  }
  if (name.length > limits.label) {
    return { ok: false, message: `Nom trop long (${limits.label}\u00a0caractères au plus).` };
  }
  if (structure.length > limits.shortText || role.length > limits.shortText) {
    return { ok: false, message: `Structure ou rôle trop long (${limits.shortText}\u00a0caractères au plus).` };
  }
  const actor = structure ? actorNamed(structure, actors) : undefined;
  return {
    ok: true,
    participant: {
      name,
      structure,
      role,
      ...(actor ? { actorId: actor.id } : {}),
      attendance: excused ? 'excuse' : 'present',
    },
    actor,
  };
}

export interface ParticipantList {
  participants: Participant[];
  /** Lines that could not be read, numbered from 1 as in the pasted text, with why. */
  refused: { line: number; message: string }[];
}

const headerWords = new Set(['nom', 'name', 'participant', 'prenom nom', 'nom prenom']);

/**
 * A list pasted at once — the invitation list copied from a spreadsheet (cells separated by tabs)
 * or a text with one person a line — read line by line as if each were typed. Blank lines and a
 * header row (« Nom ; Structure ; Rôle ») are skipped.
 */
export function readParticipantList(
  text: string,
  actors: readonly Pick<Actor, 'id' | 'label' | 'shortLabel'>[],
): ParticipantList {
  const participants: Participant[] = [];
  const refused: ParticipantList['refused'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\t/g, ', ');
    if (line.replace(/[,;\s]/g, '') === '') return;
    if (index === 0 && headerWords.has(fold(line.split(/[,;]/)[0] ?? ''))) return;
    const reading = readParticipantLine(line, actors);
    if (reading.ok) participants.push(reading.participant);
    else refused.push({ line: index + 1, message: reading.message });
  });
  return { participants, refused };
}

/** The room a new actor takes on the map, as the editor draws it (renderer/styles/app.css). */
const actorSize = { width: 180, height: 64 };

/**
 * A structure named in the tour de table and not yet on the map, as a new actor: its category
 * guessed from its name when the network's list knows it (« Collège… » → Éducation nationale),
 * else « Autres »; placed in the first free spot right of the map, so it is seen at once.
 */
export function actorForStructure(structure: string, map: Pick<MapState, 'actors' | 'codebook'>, id: string): Actor {
  const category = categoryFor(structure, map.codebook);
  const right = map.actors.reduce((max, a) => Math.max(max, a.x + actorSize.width), 0);
  const top = map.actors.reduce((min, a) => Math.min(min, a.y), 0);
  const taken = map.actors.map((a) => ({ x: a.x, y: a.y, ...actorSize }));
  const centre = freeSpot({ x: right + 60 + actorSize.width / 2, y: top + actorSize.height / 2 }, actorSize, taken, 40);
  return newActor({
    id,
    label: structure.trim().slice(0, limits.label),
    category,
    x: Math.round(centre.x - actorSize.width / 2),
    y: Math.round(centre.y - actorSize.height / 2),
  });
}

function categoryFor(structure: string, codebook: Codebook): string {
  const guessed = guessStandardType(structure)?.category;
  if (guessed && codebook.categories.some((c) => c.id === guessed)) return guessed;
  return (codebook.categories.find((c) => c.id === 'autres') ?? codebook.categories[codebook.categories.length - 1])!
    .id;
}
