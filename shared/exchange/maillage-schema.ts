import { z } from 'zod';
import { codebookSchema } from '../domain/codebook-schema.js';
import { limits } from '../domain/limits.js';
import { actorSchema, linkSchema, noteSchema, workshopFieldsSchema, zoneSchema } from '../domain/model-schema.js';
import { savedViewsSchema } from '../domain/saved-views-schema.js';

/**
 * The workshop file `.maillage`: a versioned JSON envelope holding the workshop's fields, its
 * codebook and its map. Version 2 (issue 12) drops the actors' `present`: the tour de table says
 * who was represented. Each version's upgrade from the one before is in maillage-migrations.ts;
 * files are always written in the latest version and read from any earlier one.
 */
export const maillageFileType = 'maillage';
export const latestMaillageVersion = 2;
export const maillageExtension = '.maillage';

export const maillageSourceSchema = z.strictObject({
  app: z.string().max(80),
  appVersion: z.string().max(40),
  exportedAt: z.string().max(40),
});

export const maillageWorkshopSchema = workshopFieldsSchema.extend({ codebook: codebookSchema });

export const maillageMapSchema = z.strictObject({
  actors: z.array(actorSchema).max(limits.actorsPerWorkshop),
  links: z.array(linkSchema).max(limits.linksPerWorkshop),
  notes: z.array(noteSchema).max(limits.notesPerWorkshop),
  zones: z.array(zoneSchema).max(limits.zonesPerWorkshop),
  /** Saved views; optional, so version-1 files written before views existed stay valid as they are. */
  views: savedViewsSchema.optional(),
});

/** The latest version's shape (the name stays for the readers that import it). */
export const maillageFileV1Schema = z.strictObject({
  type: z.literal(maillageFileType),
  version: z.literal(latestMaillageVersion),
  source: maillageSourceSchema,
  workshop: maillageWorkshopSchema,
  map: maillageMapSchema,
});

export type MaillageFile = z.infer<typeof maillageFileV1Schema>;
export type MaillageSource = z.infer<typeof maillageSourceSchema>;
export type MaillageWorkshop = z.infer<typeof maillageWorkshopSchema>;
export type MaillageMap = z.infer<typeof maillageMapSchema>;
