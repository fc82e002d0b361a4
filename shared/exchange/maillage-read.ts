import { z } from 'zod';
import { describeIssues, safeParseInFrench } from './french-issues.js';
import { guardJsonText, lineAndColumn } from './json-guard.js';
import { upgradeMaillageFile } from './maillage-migrations.js';
import { findBrokenReference } from './maillage-references.js';
import { latestMaillageVersion, type MaillageFile, maillageFileType, maillageFileV1Schema } from './maillage-schema.js';

/**
 * Past these a file is refused before it is parsed. A workshop file weighs tens of kilobytes;
 * a map at the model's limits (5,000 actors, 20,000 links) with short texts about 5 million
 * characters. No valid file nests deeper than 6 levels. (Browser mode's HTTP transport carries
 * 8 MB at most; the desktop app and the command line read up to this limit.)
 */
export const maillageReadLimits = { maxChars: 32_000_000, maxDepth: 32 } as const;

export type MaillageReadResult = { ok: true; file: MaillageFile } | { ok: false; message: string };

const nothingImported = 'Rien n’a été importé.';

function refuse(message: string): MaillageReadResult {
  return { ok: false, message: `${message} ${nothingImported}` };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    const position = /position (\d+)/.exec(detail)?.[1];
    const where = lineAndColumn(text, position === undefined ? text.length : Number(position));
    return {
      ok: false,
      message: `Fichier .maillage illisible\u00a0: son texte JSON est tronqué ou abîmé (vers la ligne ${where.line}, colonne ${where.column}). Exportez-le à nouveau depuis Maillage.`,
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a `.maillage` text: size and nesting checked before parsing, an older version
 * upgraded, a newer one refused, the shape validated (strict: unknown keys such as
 * `__proto__` are refused, never merged), and every reference checked. Never throws.
 */
export function readMaillageFile(input: string): MaillageReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return refuse('Le fichier est vide.');
  const guard = guardJsonText(text, maillageReadLimits);
  if (!guard.ok && guard.reason === 'too-large') {
    return refuse(
      `Fichier trop volumineux (plus de ${maillageReadLimits.maxChars / 1_000_000}\u00a0millions de caractères)\u00a0: ce n’est sans doute pas un fichier .maillage.`,
    );
  }
  if (!guard.ok) {
    const { line } = lineAndColumn(text, guard.position ?? 0);
    return refuse(
      `Fichier refusé\u00a0: ses crochets sont imbriqués plus de ${maillageReadLimits.maxDepth}\u00a0fois (ligne ${line}), ce qu’aucun fichier .maillage ne fait.`,
    );
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return refuse(parsed.message);
  const data = parsed.value;
  if (!isRecord(data) || data.type !== maillageFileType) {
    return refuse(
      'Ce fichier n’est pas un fichier Maillage (il lui manque l’en-tête «\u202ftype\u00a0: maillage\u202f»). Choisissez un fichier exporté par Maillage.',
    );
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('Ce fichier Maillage n’indique pas de version de format lisible.');
  }
  if (version > latestMaillageVersion) {
    return refuse(
      `Ce fichier vient d’une version plus récente de Maillage (format ${version}\u202f; cette version lit jusqu’au format ${latestMaillageVersion}). Mettez Maillage à jour pour l’importer.`,
    );
  }
  const upgraded = upgradeMaillageFile(data, version);
  if (!upgraded.ok) return { ok: false, message: upgraded.message };
  const checked = safeParseInFrench(maillageFileV1Schema, upgraded.file);
  if (!checked.success) return refuse(`Fichier .maillage non conforme\u00a0: ${describeIssues(checked.error)}.`);
  const file = checked.data;
  const broken = findBrokenReference(file);
  if (broken) return refuse(`Fichier .maillage incohérent\u00a0: ${broken}`);
  // applyOp has the last word when the core folds the file's operations into a new workshop.
  return { ok: true, file };
}

/** The input of `import.maillage`: the file's text, size checked again (with its message) by the reader. */
export const maillageImportInputSchema = z.strictObject({
  text: z
    .string()
    .max(8_000_000, { error: 'Fichier trop volumineux pour un fichier .maillage (8 millions de caractères au plus).' }),
});
