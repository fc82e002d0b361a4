import { type Codebook, maxInfluence } from '../domain/codebook.js';
import { limits } from '../domain/limits.js';
import type { Actor, Link } from '../domain/model.js';
import { namesOf } from '../exchange/code-match.js';
import { fold, foldSingular } from '../exchange/fold.js';

/**
 * What can be said of an actor or a link on the bar's line, after « : » or in a trailing (…):
 * one facet per field. Adding an attribute to the bar (an actor's influence, its stance…) is
 * adding one facet to a list below: the line's grammar, the reading, Tab completion and the
 * messages follow from it.
 */

export interface FacetValue {
  id: string;
  /** How the bar writes it in a reading and completes it with Tab, per language. */
  label: { fr: string; en: string };
  /** Other words it answers to (folded when compared). */
  names: readonly string[];
}

export interface Facet<T> {
  id: string;
  /** The element's field it sets. */
  field: keyof T & string;
  /** What the facet is called, per language, in readings and messages. */
  label: { fr: string; en: string };
  /** Words that name the facet, to write it explicitly when a word could be read two ways. */
  names: readonly string[];
  values(codebook: Codebook): readonly FacetValue[];
  /** The value's names from the codebook itself (its id, label, parts): see code-match.ts. */
  fromCodebook?: boolean;
  /**
   * Any text rather than a list of values, written after the facet's name in a part of its own
   * (« nom court ASE »), up to `max` characters.
   */
  free?: { max: number };
  /** The value means something only after the facet's name: « influence 4 », never « 4 » alone in a reading. */
  named?: boolean;
  patch(id: string): Partial<T>;
  current(element: T): string | null;
}

const fixed = (id: string, fr: string, en: string, ...names: string[]): FacetValue => ({
  id,
  label: { fr, en },
  names: [fr, en, ...names],
});

const codes = (list: readonly { id: string; label: string }[]): FacetValue[] =>
  list.map((code) => ({ id: code.id, label: { fr: code.label, en: code.label }, names: [] }));

const kind: Facet<Link> = {
  id: 'kind',
  field: 'kind',
  label: { fr: 'type', en: 'kind' },
  names: ['type', 'nature', 'kind'],
  values: (codebook) => codes(codebook.linkKinds),
  fromCodebook: true,
  patch: (id) => ({ kind: id }),
  current: (link) => link.kind,
};

const intensityValues = [
  fixed('ponctuelle', 'ponctuelle', 'occasional', 'ponctuel', 'occasionnelle', 'occasionnel', 'faible', 'rare'),
  fixed('reguliere', 'régulière', 'regular', 'régulier'),
  fixed('forte', 'forte', 'strong', 'fort', 'intense', 'étroite', 'soutenue'),
];
const intensity: Facet<Link> = {
  id: 'intensity',
  field: 'intensity',
  label: { fr: 'intensité', en: 'intensity' },
  names: ['intensité', 'intensity'],
  values: () => intensityValues,
  patch: (id) => ({ intensity: id as Link['intensity'] }),
  current: (link) => link.intensity,
};

const qualityValues = [
  fixed('fluide', 'fluide', 'smooth'),
  fixed('a-ameliorer', 'à améliorer', 'could be better', 'améliorer', 'to improve'),
  fixed('difficile', 'difficile', 'difficult', 'tendue', 'conflictuelle'),
];
const quality: Facet<Link> = {
  id: 'quality',
  field: 'quality',
  label: { fr: 'qualité', en: 'quality' },
  names: ['qualité', 'quality'],
  values: () => qualityValues,
  patch: (id) => ({ quality: id as Link['quality'] }),
  current: (link) => link.quality,
};

const statusValues = [
  fixed('existing', 'existante', 'existing', 'existant'),
  fixed('desired', 'souhaitée', 'desired', 'souhaité', 'manquante', 'manquant', 'à créer', 'wished', 'missing'),
];
const status: Facet<Link> = {
  id: 'status',
  field: 'status',
  label: { fr: 'statut', en: 'status' },
  names: ['statut', 'status'],
  values: () => statusValues,
  patch: (id) => ({ status: id as Link['status'] }),
  current: (link) => link.status,
};

const category: Facet<Actor> = {
  id: 'category',
  field: 'category',
  label: { fr: 'catégorie', en: 'category' },
  names: ['catégorie', 'category'],
  values: (codebook) => codes(codebook.categories),
  fromCodebook: true,
  patch: (id) => ({ category: id }),
  current: (actor) => actor.category,
};

const engagementValues = [
  fixed('professionnel', 'professionnel', 'professional', 'professionnelle', 'pro'),
  fixed('benevole', 'bénévole', 'volunteer'),
  fixed('habitant', 'habitant', 'resident', 'habitante'),
];
const engagement: Facet<Actor> = {
  id: 'engagement',
  field: 'engagement',
  label: { fr: 'engagement', en: 'engagement' },
  names: ['engagement'],
  values: () => engagementValues,
  patch: (id) => ({ engagement: id as Actor['engagement'] }),
  current: (actor) => actor.engagement,
};

const shortLabel: Facet<Actor> = {
  id: 'shortLabel',
  field: 'shortLabel',
  label: { fr: 'nom court', en: 'short name' },
  names: ['nom court', 'short name'],
  values: () => [],
  free: { max: limits.shortLabel },
  patch: (id) => ({ shortLabel: id }),
  current: (actor) => actor.shortLabel ?? '',
};

/** Net-Map's influence, 0 to 5: « influence 4 », « 4/5 », or the digit alone after « : ». */
const influenceValues = Array.from({ length: maxInfluence + 1 }, (_, n) =>
  fixed(String(n), String(n), String(n), `${n}/${maxInfluence}`, `${n} sur ${maxInfluence}`),
);
const influence: Facet<Actor> = {
  id: 'influence',
  field: 'influence',
  label: { fr: 'influence', en: 'influence' },
  names: ['influence', 'pouvoir', 'power'],
  values: () => influenceValues,
  named: true,
  patch: (id) => ({ influence: Number(id) }),
  current: (actor) => (actor.influence === undefined ? null : String(actor.influence)),
};

const stanceValues = [
  fixed('favorable', 'favorable', 'in favour', 'favorables', 'pour', 'in favor', 'supportive'),
  fixed('neutre', 'neutre', 'neutral', 'neutres'),
  fixed('reticent', 'réticent', 'reluctant', 'réticente', 'réticents', 'opposé', 'opposée', 'contre', 'against'),
];
const stance: Facet<Actor> = {
  id: 'stance',
  field: 'stance',
  label: { fr: 'position', en: 'stance' },
  names: ['position', 'posture', 'stance'],
  values: () => stanceValues,
  patch: (id) => ({ stance: id as Actor['stance'] }),
  current: (actor) => actor.stance ?? null,
};

/** In the order a word is tried: the first facet that knows a word wins (« habitants » is a category). */
export const linkFacets: readonly Facet<Link>[] = [kind, intensity, quality, status];
export const actorFacets: readonly Facet<Actor>[] = [category, engagement, shortLabel, influence, stance];

/** A value found for a word; `loose` when only the start of one of its names was typed. */
export type Found<T> = { facet: Facet<T>; value: FacetValue; loose?: boolean };

interface Known {
  value: FacetValue;
  /** Folded names it answers to exactly. */
  exact: Set<string>;
  /** Folded names whose start may be typed. */
  names: string[];
}

/** The words of each facet, folded once per codebook (readTerm runs for every span of every keystroke). */
const vocabularies = new WeakMap<Codebook, Map<string, Known[]>>();
const facetNames = new Map<string, string[]>();

function vocabulary<T>(facet: Facet<T>, codebook: Codebook): Known[] {
  let byFacet = vocabularies.get(codebook);
  if (!byFacet) {
    byFacet = new Map();
    vocabularies.set(codebook, byFacet);
  }
  const cached = byFacet.get(facet.id);
  if (cached) return cached;
  const codes = facet.id === 'kind' ? codebook.linkKinds : codebook.categories;
  const known = facet.values(codebook).map((value) => {
    const code = facet.fromCodebook ? codes.find((c) => c.id === value.id) : undefined;
    return {
      value,
      exact: code ? namesOf(code) : new Set(value.names.map(foldSingular)),
      names: [value.label.fr, value.label.en, value.id, ...value.names].map(fold),
    };
  });
  byFacet.set(facet.id, known);
  return known;
}

function namesOfFacet<T>(facet: Facet<T>): string[] {
  let names = facetNames.get(facet.id);
  if (!names) {
    names = facet.names.map(foldSingular);
    facetNames.set(facet.id, names);
  }
  return names;
}

/** A start of a name counts only from three letters: « a » or « co » would match too much. */
const shortestStart = 3;

/**
 * The facet value a word names: exactly (any facet, in order), else by the start of one name only
 * (« conv » for « Convention / financement »). A facet's own name first restricts the search
 * to it: « catégorie habitants », « intensité forte ».
 */
export function readTerm<T>(term: string, facets: readonly Facet<T>[], codebook: Codebook): Found<T> | undefined {
  const key = foldSingular(term);
  if (key === '') return undefined;
  for (const facet of facets) {
    const named = namesOfFacet(facet).find((name) => key.startsWith(`${name} `));
    if (named) return readTerm(key.slice(named.length + 1), [facet], codebook);
  }
  for (const facet of facets) {
    const known = vocabulary(facet, codebook).find((k) => k.exact.has(key));
    if (known) return { facet, value: known.value };
  }
  const start = fold(term);
  if (start.length < shortestStart) return undefined;
  const starts: Found<T>[] = [];
  for (const facet of facets) {
    for (const known of vocabulary(facet, codebook)) {
      if (known.names.some((name) => name.startsWith(start))) starts.push({ facet, value: known.value, loose: true });
    }
  }
  return starts.length === 1 ? starts[0] : undefined;
}

export type Attributes<T> = Map<string, Found<T>>;

export type AttributeReading<T> =
  | { ok: true; found: Attributes<T> }
  | { ok: false; unknown: string; index: number }
  | { ok: false; twice: [Found<T>, Found<T>] }
  | { ok: false; tooLong: Facet<T> };

/**
 * A list of attributes: parts separated by commas, each one word or several
 * (« convention, forte » or « convention forte »), cut where the longest known words end.
 */
export function readAttributes<T>(text: string, facets: readonly Facet<T>[], codebook: Codebook): AttributeReading<T> {
  const found: Attributes<T> = new Map();
  let index = 0;
  for (const part of text.split(',')) {
    const free = freeValue(part, facets);
    if (free && free.value.id.length > (free.facet.free?.max ?? 0)) return { ok: false, tooLong: free.facet };
    if (free) {
      const before = found.get(free.facet.id);
      if (before && before.value.id !== free.value.id) return { ok: false, twice: [before, free] };
      found.set(free.facet.id, free);
      index += 1;
      continue;
    }
    const words = fold(part).split(' ').filter(Boolean);
    let start = 0;
    while (start < words.length) {
      let end = words.length;
      let hit: Found<T> | undefined;
      for (; end > start; end--) {
        hit = readTerm(words.slice(start, end).join(' '), facets, codebook);
        if (hit) break;
      }
      if (!hit) return { ok: false, unknown: unknownWords(part, words.slice(start)), index };
      const before = found.get(hit.facet.id);
      if (before && before.value.id !== hit.value.id) return { ok: false, twice: [before, hit] };
      found.set(hit.facet.id, hit);
      index += 1;
      start = end;
    }
  }
  return { ok: true, found };
}

/** « nom court ASE »: the facet's name, then the text as typed (case kept). */
function freeValue<T>(part: string, facets: readonly Facet<T>[]): Found<T> | undefined {
  const words = part.trim().split(/\s+/);
  for (const facet of facets) {
    if (!facet.free) continue;
    for (let count = 1; count < words.length; count++) {
      if (!namesOfFacet(facet).includes(foldSingular(words.slice(0, count).join(' ')))) continue;
      const text = words.slice(count).join(' ');
      return { facet, value: { id: text, label: { fr: text, en: text }, names: [] } };
    }
  }
  return undefined;
}

/** The typed words that were not understood, as typed when the whole part was not. */
function unknownWords(part: string, rest: string[]): string {
  const typed = part.trim();
  return fold(typed) === rest.join(' ') ? typed : rest.join(' ');
}

export function labelOf(value: FacetValue, lang: 'fr' | 'en'): string {
  return value.label[lang];
}
