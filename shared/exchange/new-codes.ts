import { type Category, type Codebook, type LinkKind, shapeIds } from '../domain/codebook.js';
import { fold } from './fold.js';

/** Colours for categories and kinds added by an import (Paul Tol's muted palette, colour-blind safe). */
const addedColours = [
  '#332288',
  '#117733',
  '#44AA99',
  '#88CCEE',
  '#DDCC77',
  '#CC6677',
  '#AA4499',
  '#882255',
  '#999933',
  '#661100',
];

/** A code id (see codeId in the codebook) made from a label, unique among `taken`. */
export function codeIdFor(label: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = fold(label).replace(/ /g, '-').slice(0, 34).replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

function codeLabel(word: string): string {
  const label = word.trim().replace(/\s+/g, ' ');
  return label.length > 80 ? `${label.slice(0, 79)}…` : label;
}

/** A category the import adds, named as the spreadsheet wrote it, with its own colour and shape. */
export function addCategory(codebook: Codebook, word: string): { codebook: Codebook; category: Category } {
  const taken = new Set(codebook.categories.map((c) => c.id));
  const n = codebook.categories.length;
  const category: Category = {
    id: codeIdFor(word, taken, 'categorie'),
    label: codeLabel(word),
    color: addedColours[n % addedColours.length]!,
    shape: shapeIds[n % shapeIds.length]!,
  };
  return { codebook: { ...codebook, categories: [...codebook.categories, category] }, category };
}

export function addLinkKind(codebook: Codebook, word: string): { codebook: Codebook; kind: LinkKind } {
  const taken = new Set(codebook.linkKinds.map((k) => k.id));
  const kind: LinkKind = {
    id: codeIdFor(word, taken, 'type'),
    label: codeLabel(word),
    color: addedColours[codebook.linkKinds.length % addedColours.length]!,
  };
  return { codebook: { ...codebook, linkKinds: [...codebook.linkKinds, kind] }, kind };
}
