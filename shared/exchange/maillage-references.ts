import type { MaillageFile } from './maillage-schema.js';
import { quoteShort as quote } from './quote-short.js';

function firstDuplicate(items: readonly { id: string }[]): string | undefined {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/**
 * What in a schema-valid file points nowhere: the first such problem as a French sentence that
 * names the element, or null. applyOp would refuse the same files; this says where, in words.
 */
export function findBrokenReference(file: MaillageFile): string | null {
  const { codebook } = file.workshop;
  const { actors, links, notes, zones } = file.map;
  const lists = [
    [codebook.categories, 'catégories'],
    [codebook.linkKinds, 'types de coopération'],
    [actors, 'acteurs'],
    [links, 'liens'],
    [notes, 'notes'],
    [zones, 'zones'],
  ] as const;
  for (const [items, what] of lists) {
    const duplicate = firstDuplicate(items);
    if (duplicate !== undefined) return `Deux ${what} portent le même identifiant ${quote(duplicate)}.`;
  }
  const categories = new Set(codebook.categories.map((c) => c.id));
  const kinds = new Set(codebook.linkKinds.map((k) => k.id));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const linkIds = new Set(links.map((l) => l.id));
  for (const actor of actors) {
    if (!categories.has(actor.category)) {
      return `L’acteur ${quote(actor.label)} a une catégorie absente du fichier (${quote(actor.category)}).`;
    }
  }
  const nameOf = (id: string) => quote(actorById.get(id)?.label ?? id);
  for (const link of links) {
    const missing = [link.source, link.target].find((id) => !actorById.has(id));
    const name = `Le lien ${quote(link.id)} (${nameOf(link.source)} → ${nameOf(link.target)})`;
    if (missing !== undefined) return `${name} relie un acteur absent du fichier (${quote(missing)}).`;
    if (link.source === link.target) return `${name} relie un acteur à lui-même.`;
    if (!kinds.has(link.kind)) return `${name} a un type de coopération absent du fichier (${quote(link.kind)}).`;
  }
  for (const note of notes) {
    const name = `La note ${quote(note.text, 40)}`;
    const target = note.attachedTo;
    if (target?.type === 'actor' && !actorById.has(target.id)) {
      return `${name} est attachée à un acteur absent du fichier (${quote(target.id)}).`;
    }
    if (target?.type === 'link' && !linkIds.has(target.id)) {
      return `${name} est attachée à un lien absent du fichier (${quote(target.id)}).`;
    }
    const owner = note.owners.find((id) => !actorById.has(id));
    if (owner !== undefined) return `${name} est portée par un acteur absent du fichier (${quote(owner)}).`;
  }
  return null;
}
