import { z } from 'zod';
import {
  engagementIds,
  intensityIds,
  linkStatusIds,
  maxInfluence,
  noteKindIds,
  priorityIds,
  qualityIds,
  stanceIds,
  timeIds,
} from './codebook.js';
import { codebookSchema, codeId } from './codebook-schema.js';
import { limits } from './limits.js';
import { attendanceIds } from './participants.js';
import { wellFormed } from './text.js';

/**
 * How the map's elements and a workshop are checked where they come in (the core, imported
 * files, the clipboard). Kept apart from model.ts so that the canvas does not load the validator.
 */

export const entityId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Identifiant invalide (1 à 64 lettres, chiffres, - ou _).' });

const label = z
  .string()
  .trim()
  .min(1, { error: 'Le nom ne peut pas être vide.' })
  .max(limits.label, { error: `Le nom est trop long (${limits.label} caractères au plus).` })
  .transform(wellFormed);
const shortText = z
  .string()
  .max(limits.shortText, { error: `Texte trop long (${limits.shortText} caractères au plus).` })
  .transform(wellFormed);
const longText = z
  .string()
  .max(limits.longText, { error: `Texte trop long (${limits.longText} caractères au plus).` })
  .transform(wellFormed);
export const coordinate = z
  .number()
  .finite()
  .min(-limits.coordinate)
  .max(limits.coordinate, { error: 'Position hors du canevas.' });

export const influenceSchema = z
  .number()
  .int({ error: 'L’influence est un nombre entier de 0 à 5.' })
  .min(0, { error: 'L’influence va de 0 à 5.' })
  .max(maxInfluence, { error: 'L’influence va de 0 à 5.' });

export const actorSchema = z.strictObject({
  id: entityId,
  label,
  category: codeId,
  engagement: z.enum(engagementIds).nullable(),
  times: z.array(z.enum(timeIds)).max(timeIds.length),
  contact: shortText,
  notes: longText,
  x: coordinate,
  y: coordinate,
  /**
   * The network's standard type (shared/domain/standard-types.ts), '' for none. Optional so that
   * maps and `.maillage` files written before it existed stay valid as they are.
   */
  standardType: z.string().max(60).optional(),
  /** Pinned by the facilitator: auto-layout leaves it where it is. Optional for the same reason. */
  pinned: z.boolean().optional(),
  /**
   * « Nom court »: the sigle or short name the wall shows when space is short (« ASE »,
   * « Collège L.-Michel »); '' or absent for none. Optional for the same reason.
   */
  shortLabel: z
    .string()
    .trim()
    .max(limits.shortLabel, { error: `Le nom court est trop long (${limits.shortLabel} caractères au plus).` })
    .transform(wellFormed)
    .optional(),
  /**
   * Influence on the workshop's question, 0 to 5 (Net-Map's towers), and stance towards its
   * objective. Absent when never given (0 is « no influence », not « unknown »); optional, so
   * older maps and files stay valid. A patch clears them with null (actorPatchSchema).
   */
  influence: influenceSchema.optional(),
  stance: z.enum(stanceIds).optional(),
  /**
   * A person rather than a structure (a parent, a resident, a named professional): an anonymised
   * export renames it « Habitant 1 »… Optional, like the fields above; engagement « habitant »
   * counts as a person without it.
   */
  person: z.boolean().optional(),
});
export type Actor = z.infer<typeof actorSchema>;

export const linkSchema = z.strictObject({
  id: entityId,
  source: entityId,
  target: entityId,
  kind: codeId,
  intensity: z.enum(intensityIds),
  quality: z.enum(qualityIds).nullable(),
  status: z.enum(linkStatusIds),
  directed: z.boolean(),
  obstacle: longText,
  proposal: longText,
  notes: longText,
});
export type Link = z.infer<typeof linkSchema>;

export const noteAttachmentSchema = z.union([
  z.null(),
  z.strictObject({ type: z.literal('actor'), id: entityId }),
  z.strictObject({ type: z.literal('link'), id: entityId }),
]);
export type NoteAttachment = z.infer<typeof noteAttachmentSchema>;

/** A sticky note: free on the canvas (x, y) or attached to an actor or a link. */
export const noteSchema = z.strictObject({
  id: entityId,
  kind: z.enum(noteKindIds),
  text: z
    .string()
    .trim()
    .min(1, { error: 'Une note ne peut pas être vide.' })
    .max(limits.noteText, { error: `Note trop longue (${limits.noteText} caractères au plus).` })
    .transform(wellFormed),
  attachedTo: noteAttachmentSchema,
  x: coordinate,
  y: coordinate,
  votes: z.number().int().min(0).max(10_000),
  /** Actors who carry a piste d'action. */
  owners: z.array(entityId).max(50),
  priority: z.enum(priorityIds).nullable(),
});
export type Note = z.infer<typeof noteSchema>;

const zoneSize = z.number().finite().min(20).max(limits.zoneSize);

/** A labelled region of the canvas: a neighbourhood, a time of the child's life… */
export const zoneSchema = z.strictObject({
  id: entityId,
  label: z
    .string()
    .trim()
    .max(limits.label, { error: `Le nom est trop long (${limits.label} caractères au plus).` })
    .transform(wellFormed),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Couleur invalide (format #RRGGBB attendu).' }),
  x: coordinate,
  y: coordinate,
  width: zoneSize,
  height: zoneSize,
  /** Circles for the écocarte template, rectangles otherwise. */
  shape: z.enum(['rectangle', 'cercle']),
});
export type Zone = z.infer<typeof zoneSchema>;

/**
 * One person of the tour de table. Who is represented at the workshop is derived from them
 * (shared/domain/participants.ts). `actorId` and `attendance` are optional, so that participants
 * written before the tour de table (name, structure, role) stay valid; the name may be empty for
 * a structure represented by someone whose name was not noted (older maps' « présent »).
 */
export const participantSchema = z
  .strictObject({
    name: z
      .string()
      .trim()
      .max(limits.label, { error: `Le nom est trop long (${limits.label} caractères au plus).` })
      .transform(wellFormed),
    structure: shortText,
    role: shortText,
    /** The actor of the map this participant speaks for. */
    actorId: entityId.optional(),
    /** Absent: present (the files written before attendance was noted). */
    attendance: z.enum(attendanceIds).optional(),
  })
  .refine((p) => p.name !== '' || p.structure.trim() !== '' || p.actorId !== undefined, {
    error: 'Un participant a au moins un nom ou une structure.',
  });
export type Participant = z.infer<typeof participantSchema>;

export const isoDate = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Date invalide (format AAAA-MM-JJ attendu).' }),
]);

export const workshopFieldsSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, { error: 'Le titre de l’atelier ne peut pas être vide.' })
    .max(limits.label, { error: `Le titre est trop long (${limits.label} caractères au plus).` })
    .transform(wellFormed),
  territory: shortText,
  date: isoDate,
  facilitator: shortText,
  objective: longText,
  participants: z.array(participantSchema).max(limits.participants),
});
export type WorkshopFields = z.infer<typeof workshopFieldsSchema>;

export const workshopSchema = workshopFieldsSchema.extend({
  id: entityId,
  codebook: codebookSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Workshop = z.infer<typeof workshopSchema>;
