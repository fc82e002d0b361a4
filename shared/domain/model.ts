import { z } from 'zod';
import { codebookSchema, codeId, engagementIds, intensityIds, linkStatusIds, qualityIds, timeIds } from './codebook.js';
import { limits } from './limits.js';

export const entityId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'Identifiant invalide (1 à 64 lettres, chiffres, - ou _).' });

const label = z
  .string()
  .trim()
  .min(1, { error: 'Le nom ne peut pas être vide.' })
  .max(limits.label, { error: `Le nom est trop long (${limits.label} caractères au plus).` });
const shortText = z
  .string()
  .max(limits.shortText, { error: `Texte trop long (${limits.shortText} caractères au plus).` });
const longText = z.string().max(limits.longText, { error: `Texte trop long (${limits.longText} caractères au plus).` });
export const coordinate = z
  .number()
  .finite()
  .min(-limits.coordinate)
  .max(limits.coordinate, { error: 'Position hors du canevas.' });

export const actorSchema = z.strictObject({
  id: entityId,
  label,
  category: codeId,
  engagement: z.enum(engagementIds).nullable(),
  times: z.array(z.enum(timeIds)).max(timeIds.length),
  present: z.boolean(),
  contact: shortText,
  notes: longText,
  x: coordinate,
  y: coordinate,
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

export const participantSchema = z.strictObject({
  name: label,
  structure: shortText,
  role: shortText,
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
    .max(limits.label, { error: `Le titre est trop long (${limits.label} caractères au plus).` }),
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

export interface WorkshopSummary {
  id: string;
  title: string;
  territory: string;
  date: string;
  facilitator: string;
  updatedAt: string;
  createdAt: string;
  actorCount: number;
  linkCount: number;
}

/** The map of one workshop: what applyOp works on, and what the database stores. */
export interface MapState {
  codebook: z.infer<typeof codebookSchema>;
  actors: Actor[];
  links: Link[];
}

export function newActor(fields: Pick<Actor, 'id' | 'label' | 'category' | 'x' | 'y'> & Partial<Actor>): Actor {
  return {
    engagement: null,
    times: [],
    present: false,
    contact: '',
    notes: '',
    ...fields,
  };
}

export function newLink(fields: Pick<Link, 'id' | 'source' | 'target' | 'kind'> & Partial<Link>): Link {
  return {
    intensity: 'reguliere',
    quality: null,
    status: 'existing',
    directed: false,
    obstacle: '',
    proposal: '',
    notes: '',
    ...fields,
  };
}
