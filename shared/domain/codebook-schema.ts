import { z } from 'zod';
import { shapeIds } from './codebook.js';

/**
 * How a codebook is checked where it comes in (the core, imported files). Kept apart from
 * codebook.ts so that the canvas, which only reads codebooks, does not load the validator.
 */

export const codeId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
  error: 'Identifiant de code invalide (lettres minuscules, chiffres, - et _).',
});

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Couleur invalide (format #RRGGBB attendu).' });
const codeLabel = z.string().trim().min(1).max(80);

export const categorySchema = z.strictObject({
  id: codeId,
  label: codeLabel,
  color: colour,
  shape: z.enum(shapeIds),
});
export type Category = z.infer<typeof categorySchema>;

export const linkKindSchema = z.strictObject({
  id: codeId,
  label: codeLabel,
  color: colour,
});
export type LinkKind = z.infer<typeof linkKindSchema>;

export const codebookSchema = z.strictObject({
  categories: z.array(categorySchema).min(1).max(60),
  linkKinds: z.array(linkKindSchema).min(1).max(40),
});
export type Codebook = z.infer<typeof codebookSchema>;
