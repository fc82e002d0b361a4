import { z } from 'zod';
import { codeId } from '../domain/codebook-schema.js';
import { limits } from '../domain/limits.js';
import { bytesFromBase64, type DecodedText, decodeBytes } from './csv/decode-bytes.js';

/** A spreadsheet weighs a few kilobytes; 2 MB is thousands of rows, and far below the transports' limits. */
export const maxCsvBytes = 2_000_000;

/** A CSV file as a transport carries it: its bytes in base64 (any encoding), or its text. */
export const csvFileSchema = z.union([
  z.strictObject({ name: z.string().max(255).optional(), base64: z.string().max(Math.ceil(maxCsvBytes / 3) * 4) }),
  z.strictObject({ name: z.string().max(255).optional(), text: z.string().max(maxCsvBytes) }),
]);
export type CsvFileInput = z.infer<typeof csvFileSchema>;

/** What the person chose for a word the codebook does not know: add it, or use an existing code. */
export const codeChoiceSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('create') }),
  z.strictObject({ action: z.literal('use'), id: codeId }),
]);
export type CodeChoice = z.infer<typeof codeChoiceSchema>;

/** Keys are the folded words of the preview (letters, digits, spaces): never `__proto__`. */
const mappingKey = z.string().regex(/^[a-z0-9 ]{1,120}$/);
const choices = z
  .record(mappingKey, codeChoiceSchema)
  .refine((record) => Object.keys(record).length <= 200, { error: 'Trop de correspondances (200 au plus).' });

export const importMappingsSchema = z.strictObject({ categories: choices, linkKinds: choices });
export type ImportMappings = z.infer<typeof importMappingsSchema>;

export const csvImportInputSchema = z.strictObject({
  actors: csvFileSchema,
  links: csvFileSchema.optional(),
  /** The tour de table prepared in a spreadsheet: Nom, Structure, Rôle, Présence. */
  participants: csvFileSchema.optional(),
  title: z
    .string()
    .trim()
    .max(limits.label, { error: `Le titre est trop long (${limits.label} caractères au plus).` })
    .optional(),
});
export type CsvImportInput = z.infer<typeof csvImportInputSchema>;

export const csvCommitInputSchema = csvImportInputSchema.extend({ mappings: importMappingsSchema.optional() });
export type CsvCommitInput = z.infer<typeof csvCommitInputSchema>;

/** The text of a transported CSV file, decoded from its bytes when it came as base64. */
export function textOfCsvFile(file: CsvFileInput): DecodedText {
  if ('text' in file) {
    const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
    return { ok: true, text, encoding: 'utf-8' };
  }
  const bytes = bytesFromBase64(file.base64);
  if (!bytes) return { ok: false, message: 'Le fichier n’a pas été transmis correctement (base64 invalide).' };
  if (bytes.length > maxCsvBytes) {
    return {
      ok: false,
      message: `Fichier trop volumineux (${maxCsvBytes / 1_000_000}\u00a0Mo au plus pour un tableau CSV).`,
    };
  }
  return decodeBytes(bytes);
}

/** A workshop title from a file name: « acteurs-bellevue.csv » gives « acteurs-bellevue ». */
export function titleFromFileName(name: string | undefined): string {
  const base = (name ?? '')
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .trim();
  return base.slice(0, limits.label) || 'Atelier importé';
}
