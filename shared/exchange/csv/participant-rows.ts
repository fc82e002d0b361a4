import { limits } from '../../domain/limits.js';
import type { Actor, Participant } from '../../domain/model.js';
import { actorNamed } from '../../domain/participants.js';
import { fold } from '../fold.js';
import { readTable } from './read-table.js';

/**
 * The tour de table prepared in a spreadsheet (issue 12): one person a row, columns named in
 * French or English. The structure is read against the imported map, as a typed line is.
 */
const headerNames = {
  name: ['nom', 'name', 'participant', 'participante', 'prenom nom', 'nom prenom', 'personne'],
  structure: ['structure', 'organisation', 'organization', 'institution', 'service', 'acteur', 'actor'],
  role: ['role', 'fonction', 'poste', 'metier', 'position'],
  attendance: ['presence', 'present', 'presente', 'excuse', 'excusee', 'statut', 'attendance'],
} as const;

/** What a « Présence » cell says of someone absent: listed, but excused. */
const absentWords = new Set(['non', 'no', 'absent', 'absente', 'excuse', 'excusee', 'excused', 'apologies']);

export type ParticipantRows = { ok: true; participants: Participant[] } | { ok: false; message: string };

export function participantsFromCsv(
  text: string,
  actors: readonly Pick<Actor, 'id' | 'label' | 'shortLabel'>[],
): ParticipantRows {
  const table = readTable(text);
  const problem = table.problems[0];
  if (problem) return { ok: false, message: problem.message };
  const folded = (table.header?.cells ?? []).map((cell) => fold(cell));
  const column = (field: keyof typeof headerNames) =>
    folded.findIndex((cell) => (headerNames[field] as readonly string[]).includes(cell));
  const at = {
    name: column('name'),
    structure: column('structure'),
    role: column('role'),
    attendance: column('attendance'),
  };
  if (at.name < 0 && at.structure < 0) {
    return {
      ok: false,
      message:
        'Aucune colonne «\u202fNom\u202f» ni «\u202fStructure\u202f» en première ligne (attendu, par exemple\u00a0: Nom\u00a0; Structure\u00a0; Rôle\u00a0; Présence).',
    };
  }
  const participants: Participant[] = [];
  for (const row of table.rows) {
    const cell = (index: number) => (index >= 0 ? (row.cells[index] ?? '').trim().replace(/\s+/g, ' ') : '');
    const [name, structure, role] = [cell(at.name), cell(at.structure), cell(at.role)];
    if (name === '' && structure === '') continue;
    if (name.length > limits.label || structure.length > limits.shortText || role.length > limits.shortText) {
      return { ok: false, message: `Ligne ${row.line}\u00a0: nom, structure ou rôle trop long.` };
    }
    const actor = structure ? actorNamed(structure, actors) : undefined;
    participants.push({
      name,
      structure,
      role,
      ...(actor ? { actorId: actor.id } : {}),
      attendance: absentWords.has(fold(cell(at.attendance))) ? 'excuse' : 'present',
    });
  }
  if (participants.length > limits.participants) {
    return {
      ok: false,
      message: `${participants.length}\u00a0participants\u00a0: ${limits.participants}\u00a0au plus.`,
    };
  }
  return { ok: true, participants };
}
