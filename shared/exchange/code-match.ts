import { foldSingular } from './fold.js';

export interface NamedCode {
  id: string;
  label: string;
}

/**
 * The names a category or link kind answers to, folded: its id, its label, the label without
 * its parentheses, each part of a label split by « / » or « et », and each item listed in
 * parentheses. So « Commune / ville » answers to « commune » and « Ville », « Parents et
 * habitants » to « Habitants », « Protection sociale (CAF, MSA,
 * CPAM) » to « CAF », « Éducation nationale » to « education » (its id).
 */
const cache = new WeakMap<NamedCode, { label: string; names: Set<string> }>();

export function namesOf(code: NamedCode): Set<string> {
  // Asked for every cell of a large file: computed once per code (and again if its label changes).
  const cached = cache.get(code);
  if (cached?.label === code.label) return cached.names;
  const names = computeNames(code);
  cache.set(code, { label: code.label, names });
  return names;
}

function computeNames(code: NamedCode): Set<string> {
  const names = [code.id, code.label];
  const head = code.label.replace(/\(.*$/s, '');
  names.push(head, ...head.split(/\/|\bet\b/));
  const inside = /\(([^)]*)\)/.exec(code.label)?.[1];
  if (inside) names.push(...inside.split(/[,;/]/));
  return new Set(names.map(foldSingular).filter((name) => name !== ''));
}

/**
 * The one code a spreadsheet word clearly means, or undefined when none does or when several
 * could (then the person decides). Rules kept this simple on purpose, and documented above.
 */
export function matchCode<C extends NamedCode>(word: string, codes: readonly C[]): C | undefined {
  const key = foldSingular(word);
  if (key === '') return undefined;
  const hits = codes.filter((code) => namesOf(code).has(key));
  return hits.length === 1 ? hits[0] : undefined;
}
