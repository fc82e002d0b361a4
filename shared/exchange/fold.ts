/**
 * How people's spellings are compared: case, accents, punctuation and spacing folded away,
 * so that « Catégorie », « categorie » and « CATEGORIE » are one word, as are « Commune/Ville »
 * and « commune / ville ». Pure, shared by every importer.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** fold, and each word without a final « s »: « Associations » and « association » meet. */
export function foldSingular(text: string): string {
  return fold(text)
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ');
}
