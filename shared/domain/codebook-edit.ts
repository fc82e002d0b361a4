import { type Category, type Codebook, type LinkKind, type Shape, shapeIds } from './codebook.js';
import type { MapState } from './model.js';
import type { MapOp } from './operations.js';

/**
 * A row of the codebook editor. `key` is the code's id for one that exists, a local key for a new
 * one (its id is made from its name when saved). A removed row in use names where its actors or
 * links go (`reassignTo`, the key of a row that stays).
 */
export interface CodeDraft {
  key: string;
  isNew: boolean;
  label: string;
  color: string;
  /** Categories only. */
  shape?: Shape;
  removed: boolean;
  reassignTo: string | null;
}

export interface CodebookDraft {
  categories: CodeDraft[];
  linkKinds: CodeDraft[];
}

export function draftOf(codebook: Codebook): CodebookDraft {
  const row = (code: Category | LinkKind): CodeDraft => ({
    key: code.id,
    isNew: false,
    label: code.label,
    color: code.color,
    ...('shape' in code ? { shape: code.shape } : {}),
    removed: false,
    reassignTo: null,
  });
  return { categories: codebook.categories.map(row), linkKinds: codebook.linkKinds.map(row) };
}

/** How many actors use each category, and links each kind. */
export function usageOf(map: Pick<MapState, 'actors' | 'links'>): {
  categories: Map<string, number>;
  linkKinds: Map<string, number>;
} {
  const count = (ids: string[]) => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  };
  return { categories: count(map.actors.map((a) => a.category)), linkKinds: count(map.links.map((l) => l.kind)) };
}

/** A code id made from a name: « Réseau d’écoute » → reseau-d-ecoute, unique among `taken`. */
export function codeIdFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 32) || 'code';
  const start = /^[a-z0-9]/.test(base) ? base : `c-${base}`;
  let id = start;
  for (let n = 2; taken.has(id); n++) id = `${start}-${n}`;
  return id;
}

type Outcome = { ok: true; op: MapOp } | { ok: false; message: string };

interface ListRules {
  what: string;
  used: Map<string, number>;
  /** Singular and plural: « 1 acteur », « 3 acteurs ». */
  usedBy: readonly [string, string];
}

function settle(
  rows: readonly CodeDraft[],
  rules: ListRules,
): { ok: true; ids: Map<string, string>; reassign: Record<string, string> } | { ok: false; message: string } {
  const kept = rows.filter((r) => !r.removed);
  if (kept.length === 0) return { ok: false, message: `Gardez au moins un élément dans « ${rules.what} ».` };
  const labels = new Set<string>();
  for (const row of kept) {
    const label = row.label.trim();
    if (!label) return { ok: false, message: `Un nom est vide dans « ${rules.what} » : donnez-lui un nom.` };
    if (label.length > 80)
      return { ok: false, message: `« ${label.slice(0, 30)}… » est trop long (80 caractères au plus).` };
    const folded = label.toLocaleLowerCase('fr');
    if (labels.has(folded)) return { ok: false, message: `« ${label} » figure deux fois dans « ${rules.what} ».` };
    labels.add(folded);
  }
  const taken = new Set(rows.filter((r) => !r.isNew).map((r) => r.key));
  const ids = new Map<string, string>();
  for (const row of kept) {
    if (!row.isNew) ids.set(row.key, row.key);
    else {
      const id = codeIdFor(row.label.trim(), taken);
      taken.add(id);
      ids.set(row.key, id);
    }
  }
  const reassign: Record<string, string> = {};
  for (const row of rows.filter((r) => r.removed && !r.isNew)) {
    const count = rules.used.get(row.key) ?? 0;
    if (count === 0) continue;
    const to = row.reassignTo ? ids.get(row.reassignTo) : undefined;
    if (!to) {
      return {
        ok: false,
        message: `« ${row.label.trim()} » est utilisé par ${count} ${rules.usedBy[count > 1 ? 1 : 0]} : choisissez où les reclasser avant de le supprimer.`,
      };
    }
    reassign[row.key] = to;
  }
  return { ok: true, ids, reassign };
}

const colourPattern = /^#[0-9a-fA-F]{6}$/;

/** The one codebook.set operation that the editor's rows describe, or the French reason why not. */
export function codebookSetOf(map: Pick<MapState, 'actors' | 'links'>, draft: CodebookDraft): Outcome {
  const usage = usageOf(map);
  const categories = settle(draft.categories, {
    what: 'Catégories d’acteurs',
    used: usage.categories,
    usedBy: ['acteur', 'acteurs'],
  });
  if (!categories.ok) return categories;
  const kinds = settle(draft.linkKinds, {
    what: 'Types de coopération',
    used: usage.linkKinds,
    usedBy: ['lien', 'liens'],
  });
  if (!kinds.ok) return kinds;
  const bad = [...draft.categories, ...draft.linkKinds].find((r) => !r.removed && !colourPattern.test(r.color));
  if (bad)
    return { ok: false, message: `La couleur de « ${bad.label.trim()} » est invalide (format #RRGGBB attendu).` };
  const codebook: Codebook = {
    categories: draft.categories
      .filter((r) => !r.removed)
      .map((r) => ({
        id: categories.ids.get(r.key)!,
        label: r.label.trim(),
        color: r.color.toUpperCase(),
        shape: r.shape && (shapeIds as readonly string[]).includes(r.shape) ? r.shape : 'arrondi',
      })),
    linkKinds: draft.linkKinds
      .filter((r) => !r.removed)
      .map((r) => ({ id: kinds.ids.get(r.key)!, label: r.label.trim(), color: r.color.toUpperCase() })),
  };
  return {
    ok: true,
    op: { type: 'codebook.set', codebook, reassign: { categories: categories.reassign, linkKinds: kinds.reassign } },
  };
}
