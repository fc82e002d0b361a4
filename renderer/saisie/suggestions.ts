import type { MapState } from '../../shared/domain/model.js';
import { fold } from '../../shared/exchange/fold.js';
import { typingAt } from '../../shared/saisie/command-line.js';
import { codebookSuggestions } from '../../shared/saisie/command-plan.js';

/** What the command bar proposes for the word being typed: actors, categories or kinds. */
export function suggestionsFor(map: MapState, text: string): { prefix: string; items: string[] } {
  const typing = typingAt(text);
  if (typing.part !== 'actor') {
    return { prefix: typing.prefix, items: codebookSuggestions(map.codebook, typing.part, typing.fragment) };
  }
  const key = fold(typing.fragment);
  if (!key) return { prefix: typing.prefix, items: [] };
  const items = map.actors
    .map((actor) => actor.label)
    .filter((label) => fold(label).includes(key) && fold(label) !== key)
    .sort((a, b) => Number(!fold(b).startsWith(key)) - Number(!fold(a).startsWith(key)) || a.localeCompare(b, 'fr'))
    .slice(0, 6);
  return { prefix: typing.prefix, items };
}
