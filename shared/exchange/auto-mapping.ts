import type { ImportPreview } from './csv-import.js';
import type { ImportMappings } from './import-input.js';
import { quoteShort } from './quote-short.js';

/**
 * The command line's policy for spreadsheet words the codebook does not know: a spreadsheet
 * uses its authors' words, so a word that matches a category or kind clearly is already mapped
 * by the preview (case, accents, « Commune » for « Commune / ville », « CAF » for « Protection
 * sociale (CAF, MSA, CPAM) »), and every other word is ADDED to the new workshop's codebook —
 * never a reason to refuse the file. Returns the mappings to commit with, and one French line
 * per added word for stderr.
 */
export function autoMapOrCreate(preview: ImportPreview): { mappings: ImportMappings; report: string[] } {
  const mappings: ImportMappings = { categories: {}, linkKinds: {} };
  const report: string[] = [];
  for (const unknown of preview.unknownCategories) {
    mappings.categories[unknown.key] = { action: 'create' };
    report.push(
      `Catégorie ajoutée à l’atelier\u00a0: ${quoteShort(unknown.word)} (${unknown.count}\u00a0acteur(s), ligne ${unknown.lines[0]}).`,
    );
  }
  for (const unknown of preview.unknownLinkKinds) {
    mappings.linkKinds[unknown.key] = { action: 'create' };
    report.push(
      `Type de coopération ajouté à l’atelier\u00a0: ${quoteShort(unknown.word)} (${unknown.count}\u00a0lien(s), ligne ${unknown.lines[0]}).`,
    );
  }
  return { mappings, report };
}
