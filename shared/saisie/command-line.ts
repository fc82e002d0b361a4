/**
 * The facilitator's quick-capture language, one line at a time:
 *   `CCAS`                                  an actor (created if missing)
 *   `CCAS (commune), CAF (protection)`      several actors, with their category
 *   `CCAS > Collège Louise-Michel : orientation`   a one-way link of that kind
 *   `Mairie - CAF : convention`             a mutual link (also `<>` or `—`)
 *   `Mairie - CAF : convention ?`           a link the group wishes for (missing)
 * Actors missing from the map are created on the fly.
 */

export interface ActorRef {
  name: string;
  /** What was written between parentheses, to match against the categories. */
  category?: string;
}

export type CommandLine =
  | { type: 'actors'; actors: ActorRef[] }
  | {
      type: 'link';
      from: ActorRef;
      to: ActorRef;
      directed: boolean;
      kind?: string;
      desired: boolean;
    };

export type Parsed = { ok: true; line: CommandLine } | { ok: false; message: string };

const linkSeparator = /\s+(<>|<|>|—|–|-)\s+/;

function actorRef(text: string): ActorRef | undefined {
  const match = /^(.*?)\s*(?:\(([^()]*)\))?\s*$/s.exec(text.trim());
  const name = match?.[1]?.trim() ?? '';
  if (!name) return undefined;
  const category = match?.[2]?.trim();
  return category ? { name, category } : { name };
}

export function parseCommandLine(input: string): Parsed {
  let text = input.trim();
  if (!text) return { ok: false, message: 'Tapez un nom d’acteur, ou « A > B : type » pour un lien.' };
  const desired = text.endsWith('?') && linkSeparator.test(text);
  if (desired) text = text.replace(/\s*\?$/, '');

  const separator = linkSeparator.exec(text);
  if (!separator) {
    const actors = text
      .split(',')
      .map(actorRef)
      .filter((ref): ref is ActorRef => ref !== undefined);
    return actors.length > 0
      ? { ok: true, line: { type: 'actors', actors } }
      : { ok: false, message: 'Aucun nom d’acteur dans cette ligne.' };
  }

  const left = text.slice(0, separator.index);
  const rest = text.slice(separator.index + separator[0].length);
  const colon = rest.lastIndexOf(' : ') >= 0 ? rest.lastIndexOf(' : ') : rest.lastIndexOf(':');
  const right = colon >= 0 ? rest.slice(0, colon) : rest;
  const kind =
    colon >= 0
      ? rest
          .slice(colon + 1)
          .replace(/^:/, '')
          .trim()
      : undefined;
  const a = actorRef(left);
  const b = actorRef(right);
  if (!a || !b) return { ok: false, message: 'Un lien s’écrit « acteur > acteur : type ».' };
  if (linkSeparator.test(right)) return { ok: false, message: 'Un seul lien par ligne : « A > B : type ».' };
  const arrow = separator[1];
  const [from, to] = arrow === '<' ? [b, a] : [a, b];
  return {
    ok: true,
    line: {
      type: 'link',
      from,
      to,
      directed: arrow === '<' || arrow === '>',
      ...(kind ? { kind } : {}),
      desired,
    },
  };
}

/** Where the text being typed stands, for suggestions: which part, and what has been typed of it. */
export interface Typing {
  part: 'actor' | 'category' | 'kind';
  fragment: string;
  /** The text before the fragment, kept when a suggestion replaces the fragment. */
  prefix: string;
}

export function typingAt(text: string): Typing {
  const colon = text.match(/^(.*\s(?:<>|<|>|—|–|-)\s.*?:\s*)([^:]*)$/s);
  if (colon) return { part: 'kind', fragment: colon[2] ?? '', prefix: colon[1] ?? '' };
  const paren = text.match(/^(.*\()([^()]*)$/s);
  if (paren) return { part: 'category', fragment: paren[2] ?? '', prefix: paren[1] ?? '' };
  const last = text.match(/^(.*(?:\s(?:<>|<|>|—|–|-)\s|,\s*))(.*)$/s);
  if (last) return { part: 'actor', fragment: last[2] ?? '', prefix: last[1] ?? '' };
  return { part: 'actor', fragment: text, prefix: '' };
}
