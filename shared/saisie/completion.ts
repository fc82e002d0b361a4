import type { MapState } from '../domain/model.js';
import { suggestShortLabel } from '../domain/short-label.js';
import { fold } from '../exchange/fold.js';
import { nameIndex } from './actor-names.js';
import { actorFacets, type Facet, linkFacets, readAttributes } from './facets.js';
import { maskQuotes, positionsOutsideParentheses } from './line-text.js';
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
    // Inside a quote being typed: the actor's name, and the quote closed.
    const at = text.lastIndexOf(masking.unclosed);
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
    const name = hasLink ? undefined : text.slice(0, colon).trim();
    return attributeItems(map, text, text.slice(0, colon + 1), facets, lang, name);
  }
  const open = masked.lastIndexOf('(');
  if (open > masked.lastIndexOf(')')) {
    const name = text.slice(0, open).trim();
    return attributeItems(map, text, text.slice(0, open + 1), actorFacets as Facet<unknown>[], lang, name);
  }
  const starts = [0];
  for (const match of masked.matchAll(arrowOrDash)) starts.push(match.index + match[0].length);
  for (const comma of positionsOutsideParentheses(masked, ',')) starts.push(comma + 1);
  starts.sort((a, b) => a - b);
  for (const start of starts) {
    const fragment = text.slice(start).trimStart();
    const items = actorItems(map, fragment);
    if (items.length > 0) return { prefix: text.slice(0, text.length - fragment.length), items };
  }
  return { prefix: text, items: [] };
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
