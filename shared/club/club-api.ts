import { z } from 'zod';
import { isoDate } from '../domain/model-schema.js';
import type { ClubFigures, TerritoryFigures } from './club-model.js';
import type { CooperationAnswer, MissingCooperation } from './club-questions.js';
import type { Practice } from './practices.js';

/** Input schemas and outputs of the club.* methods (declared in shared/api/contract.ts). */
export const dateRangeSchema = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });

export const actorGroupSchema = z.strictObject({
  by: z.enum(['type', 'category']),
  id: z.string().min(1, { error: 'Choisissez un type ou une catégorie.' }).max(60),
});

export const clubCooperationInput = dateRangeSchema.extend({ a: actorGroupSchema, b: actorGroupSchema });
export const clubMissingInput = dateRangeSchema.extend({ by: z.enum(['type', 'category']) });
export const clubPracticesInput = dateRangeSchema.extend({
  text: z.string().max(200).optional(),
  workshopId: z.string().max(64).optional(),
  standardType: z.string().max(60).optional(),
  tag: z.string().max(80).optional(),
});
export const clubExportInput = dateRangeSchema.extend({
  format: z.enum(['docx', 'pdf', 'csv'], { error: 'Format d’export du Club inconnu.' }),
});

export interface ClubOverview extends ClubFigures {
  /** How many workshops the machine holds, before the date filter. */
  total: number;
}

export interface ClubPractices {
  practices: Practice[];
  /** How many practices there are before the text and filters (date range applied). */
  total: number;
  /** The tags and territories found, for the filters' lists. */
  tags: string[];
  territories: { workshopId: string; territory: string; date: string }[];
}

export type { CooperationAnswer, MissingCooperation, TerritoryFigures };
