import type { MapState } from '../domain/model.js';
import { suggestShortLabel } from '../domain/short-label.js';
import { fold } from '../exchange/fold.js';
import { nameIndex } from './actor-names.js';
import { hasArrow } from './command-line.js';
import { actorFacets, type Facet, linkFacets, readAttributes } from './facets.js';
import { type MaskedLine, maskQuotes, positionsOutsideParentheses, unmask } from './line-text.js';
import type { Lang } from './reading-text.js';

/**
 * What Tab completes at the end of the line: an actor's name, or after « : » and in a trailing
 * (…) the next attribute — the kind first, then intensity, quality, status for a link; the
 * category then the engagement for an actor. Each item replaces the fragment typed so far.
 */
export interface Completions {
  /** The text kept before the fragment. */
  prefix: string;
  items: string[];
}

const maxItems = 6;
const arrowOrDash = /<->|<>|->|<-|↔|→|←|>|<|\s[-–—]\s/g;
const closingOf: Readonly<Record<string, string>> = { '«': ' »', '"': '"', '“': '”' };

export function completionsFor(map: MapState, text: string, lang: Lang): Completions {
  const masking = maskQuotes(text);
  if (!masking.ok) {
    const at = text.lastIndexOf(masking.unclosed);
    // A « » inside a name being typed (« Foyer de l’enfance « Les Hir »): the whole name. A quote
    // that starts a name (at the start, after an arrow, a dash or a comma) forces it: kept.
    const lead = text.slice(0, at).trimEnd();
    const before = maskQuotes(lead);
    const startsName = lead === '' || /(?:[<>↔→←,]|\s[-–—])$/.test(` ${lead}`);
    const whole =
      before.ok && !startsName
        ? nameCompletions(map, before.line, `${before.line.text}${text.slice(lead.length)}`)
        : undefined;
    if (whole) return whole;
    // Inside a quote being typed: the actor's name, and the quote closed.
    const fragment = text.slice(at + 1).trimStart();
    const prefix = text.slice(0, text.length - fragment.length);
    const close = closingOf[masking.unclosed] ?? '';
    const start = prefix.endsWith(' ') || masking.unclosed !== '«' ? '' : ' ';
    return { prefix, items: actorItems(map, fragment).map((name) => `${start}${name}${close}`) };
  }
  const masked = masking.line.text;
  const colon = positionsOutsideParentheses(masked, ':').pop();
  if (colon !== undefined) {
    const head = masked.slice(0, colon);
    const hasLink = head.search(arrowOrDash) >= 0;
    const hasArrow = /<->|<>|->|<-|↔|→|←|>|</.test(head);
    const facets: Facet<unknown>[] = [
      ...(hasLink ? (linkFacets as Facet<unknown>[]) : []),
      ...(hasArrow ? [] : (actorFacets as Facet<unknown>[])),
    ];
    // Positions are the masked line's: a quoted name before them is one character there.
    const name = hasLink ? undefined : unmask(masking.line, head).trim();
    return attributeItems(map, text, unmask(masking.line, masked.slice(0, colon + 1)), facets, lang, name);
  }
  const open = masked.lastIndexOf('(');
  if (open > masked.lastIndexOf(')')) {
    const name = unmask(masking.line, masked.slice(0, open)).trim();
    const opening = unmask(masking.line, masked.slice(0, open + 1));
    return attributeItems(map, text, opening, actorFacets as Facet<unknown>[], lang, name);
  }
  return nameCompletions(map, masking.line, masked) ?? { prefix: text, items: [] };
}

/**
 * The actors' names the end of the line begins, from the longest end that names some: the whole
 * line, or what follows an arrow, a dash or a comma. `masked` is the line with its closed quotes
 * masked (positions are the masked ones; each end is unmasked back to what was typed).
 */
function nameCompletions(map: MapState, line: MaskedLine, masked: string): Completions | undefined {
  const text = unmask(line, masked);
  const starts = [0];
  for (const match of masked.matchAll(arrowOrDash)) starts.push(match.index + match[0].length);
  for (const comma of positionsOutsideParentheses(masked, ',')) starts.push(comma + 1);
  starts.sort((a, b) => a - b);
  for (const start of starts) {
    const fragment = unmask(line, masked.slice(start)).trimStart();
    const items = actorItems(map, fragment).map(asTyped);
    if (items.length > 0) return { prefix: text.slice(0, text.length - fragment.length), items };
  }
  return undefined;
}

/** A name holding what the bar reads as syntax (« : », an arrow, a final « ? ») goes between « ». */
function asTyped(name: string): string {
  return name.includes(':') || hasArrow(name) || name.trimEnd().endsWith('?') ? `« ${name} »` : name;
}

function actorItems(map: MapState, fragment: string): string[] {
  const key = fold(fragment);
  if (!key) return [];
  return nameIndex(map.actors)
    .entries.map((entry) => ({ label: entry.actor.label, folded: entry.key }))
    .filter(({ folded }) => folded.includes(key) && folded !== key)
    .sort(
      (a, b) =>
        Number(!a.folded.startsWith(key)) - Number(!b.folded.startsWith(key)) || a.label.localeCompare(b.label, 'fr'),
    )
    .slice(0, maxItems)
    .map(({ label }) => label);
}

/** A code's label without its examples: completing « Département » reads back as that category. */
function shortLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*$/s, '') || label;
}

function attributeItems(
  map: MapState,
  text: string,
  opening: string,
  facets: readonly Facet<unknown>[],
  lang: Lang,
  actorName?: string,
): Completions {
  const tail = text.slice(opening.length);
  const parts = tail.split(',');
  const current = parts.pop() ?? '';
  const given = new Set(
    parts.flatMap((part) => {
      const read = readAttributes(part, facets, map.codebook);
      return read.ok ? [...read.found.keys()] : [];
    }),
  );
  const open = facets.filter((facet) => !given.has(facet.id));
  const free = open
    .filter((facet) => facet.free && facet.id === 'shortLabel')
    .flatMap((facet) => {
      // The sigle in the name's parentheses (or its initials), offered as its « nom court », never set unasked.
      const suggestion = actorName ? suggestShortLabel(actorName) : undefined;
      return suggestion ? [`${facet.names[lang === 'fr' ? 0 : 1]} ${suggestion}`] : [];
    });
  const fragment = current.trimStart();
  const prefix = text.slice(0, text.length - fragment.length);
  const key = fold(fragment);
  if (key === '') {
    const next = open[0];
    const values = next ? next.values(map.codebook).map((v) => shortLabel(v.label[lang])) : [];
    return {
      prefix: prefix.endsWith(' ') || prefix.endsWith('(') ? prefix : `${prefix} `,
      items: [...free, ...values],
    };
  }
  const matching = open.flatMap((facet) =>
    facet
      .values(map.codebook)
      .map((v) => shortLabel(v.label[lang]))
      .filter((label) => fold(label).startsWith(key) && fold(label) !== key),
  );
  const freeMatching = free.filter((item) => fold(item).startsWith(key) && fold(item) !== key);
  return { prefix, items: [...freeMatching, ...matching].slice(0, maxItems + 4) };
}
