import { applyOps } from '../../shared/domain/apply-op.js';
import type { MapState } from '../../shared/domain/model.js';
import { type Defaults, type Reading, readLine } from '../../shared/saisie/command-plan.js';
import { completionsFor } from '../../shared/saisie/completion.js';
import { readingOps } from '../../shared/saisie/reading-ops.js';
import { describeError, describeReading } from '../../shared/saisie/reading-text.js';

/** The quick-capture bar without the screen: lines read and applied as Enter (or Alt+n) would. */

export const defaults: Defaults = { category: 'autres', kind: 'information' };

export { emptyMap } from '../../shared/exchange/map-ops.js';

let counter = 0;
const opsContext = () => ({ around: { x: 0, y: 0 }, newId: () => `id-${++counter}` });

/** The readings the bar shows for a line, in words, the one Enter applies first. */
export function readingsOf(map: MapState, line: string): string[] {
  const result = readLine(map, line, defaults);
  if (!result.ok) throw new Error(describeError(result.error, map.codebook, 'fr'));
  return result.readings.map((reading) => describeReading(reading, map.codebook, 'fr'));
}

/** The French refusal for a line the bar cannot read. */
export function refusalOf(map: MapState, line: string): string {
  const result = readLine(map, line, defaults);
  if (result.ok) throw new Error(`lu comme : ${describeReading(result.readings[0]!, map.codebook, 'fr')}`);
  return describeError(result.error, map.codebook, 'fr');
}

export function readingOf(map: MapState, line: string, choice = 1): Reading {
  const result = readLine(map, line, defaults);
  if (!result.ok) throw new Error(describeError(result.error, map.codebook, 'fr'));
  const reading = result.readings[choice - 1];
  if (!reading) throw new Error(`pas de lecture n° ${choice} pour ${line}`);
  return reading;
}

/** The map after Enter (choice 1) or Alt+choice on the line. */
export function typeLine(map: MapState, line: string, choice = 1): MapState {
  return applyOps(map, readingOps(map, readingOf(map, line, choice), opsContext()));
}

/** Types a line where `⇥` stands for Tab: the first completion offered replaces the fragment. */
export function withTabs(map: MapState, line: string): string {
  let text = '';
  for (const part of line.split(/(⇥)/)) {
    if (part !== '⇥') {
      text += part;
      continue;
    }
    const completions = completionsFor(map, text, 'fr');
    const first = completions.items[0];
    if (first === undefined) throw new Error(`rien à compléter après « ${text} »`);
    text = `${completions.prefix}${first}`;
  }
  return text;
}

export function labelOf(map: MapState, id: string): string {
  return map.actors.find((actor) => actor.id === id)?.label ?? '?';
}
