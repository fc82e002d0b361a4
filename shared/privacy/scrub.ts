import { fold } from '../exchange/fold.js';

/** A name to take out of free text, and what stands in its place. */
export interface ScrubTerm {
  /** As typed somewhere in the workshop: « Mme Ostrowska », « Jocelyne Quéméneur ». */
  text: string;
  replacement: string;
}

/**
 * The text folded as fold() does (case, accents, œ/æ, every run of other characters one space),
 * with, for each folded character, the span of the original it comes from: a match found in the
 * folded text is replaced in the original.
 */
function foldWithOrigins(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const char of text) {
    const end = i + char.length;
    const piece = char
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[œŒ]/g, 'oe')
      .replace(/[æÆ]/g, 'ae')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, ' ');
    for (const c of piece) {
      // Runs of separators are one space, as in fold().
      if (c === ' ' && (folded.length === 0 || folded.endsWith(' '))) continue;
      folded += c;
      from.push(i);
      to.push(end);
    }
    i = end;
  }
  return { folded, from, to };
}

/** Where a folded key stands in a folded text as whole words (start indexes). */
function wholeMatches(folded: string, key: string): number[] {
  const found: number[] = [];
  if (!key) return found;
  for (let at = folded.indexOf(key); at !== -1; at = folded.indexOf(key, at + 1)) {
    const after = at + key.length;
    if ((at === 0 || folded[at - 1] === ' ') && (after === folded.length || folded[after] === ' ')) found.push(at);
  }
  return found;
}

/** Whether a text names the term, as whole words, whatever the case, accents or punctuation. */
export function mentionsTerm(text: string, term: string): boolean {
  return wholeMatches(fold(text), fold(term)).length > 0;
}

/**
 * Replaces every occurrence of the terms, whole words only, whatever the case, accents or
 * punctuation (« famille zerbib aucouturier » finds « Famille Zerbib-Aucouturier »). Longer
 * terms first, so that a full name wins over a part of it.
 */
export function scrubText(text: string, terms: readonly ScrubTerm[]): string {
  if (!text || terms.length === 0) return text;
  const { folded, from, to } = foldWithOrigins(text);
  const wanted = terms
    .map((term) => ({ key: fold(term.text), replacement: term.replacement }))
    .filter((term) => term.key.length > 0)
    .sort((a, b) => b.key.length - a.key.length);
  const taken = new Array<boolean>(folded.length).fill(false);
  const spans: { start: number; end: number; replacement: string }[] = [];
  for (const term of wanted) {
    for (const at of wholeMatches(folded, term.key)) {
      const last = at + term.key.length - 1;
      if (taken.slice(at, last + 1).some(Boolean)) continue;
      taken.fill(true, at, last + 1);
      spans.push({ start: from[at] ?? 0, end: to[last] ?? 0, replacement: term.replacement });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += text.slice(cursor, span.start) + span.replacement;
    cursor = span.end;
  }
  return out + text.slice(cursor);
}

const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// French numbers, written with spaces, dots or dashes, or as +33 / 0033.
const phone = /(?:(?:\+|00)\s?33\s?\(?0?\)?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/g;

/** E-mail addresses and French phone numbers typed in a free text, replaced. */
export function scrubContacts(text: string, replacement: string): string {
  return text.replace(email, replacement).replace(phone, replacement);
}

/** Words of a name that say what someone is rather than who: never taken out of a text alone. */
const notNames = new Set(
  (
    'madame monsieur mademoiselle mme mlle mr dr docteur docteure pr professeur professeure maitre me ' +
    'famille familles parent parents habitant habitante habitants benevole benevoles collectif groupe ' +
    'association asso conseil comite amicale club equipe enfant enfants eleve eleves mere pere quartier ' +
    'residence rue cite les des du de la le et chez aux au une un'
  ).split(' '),
);

/**
 * The parts of a person's name worth looking for alone: « Dr Sidonie Ferrand-Mbaye » gives
 * « Sidonie », « Ferrand-Mbaye », « Ferrand », « Mbaye » (the compound first, so that it is
 * replaced whole). With `capitalisedOnly` (an actor's label, which may be a group: « Collectif de
 * parents »), only words written with a capital count.
 */
export function nameParts(name: string, capitalisedOnly: boolean): string[] {
  const compounds = name.split(/[\s,;/()«»"]+/u).filter((word) => /[-‐’']/u.test(word));
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...compounds, ...words].filter((word) => {
    if ([...word].length < 3 || notNames.has(fold(word))) return false;
    return !capitalisedOnly || /^\p{Lu}/u.test(word);
  });
}
