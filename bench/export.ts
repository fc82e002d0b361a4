import type { Core } from '../electron/core/create-core.js';
import { methodNames } from '../shared/api/method-names.js';
import { type Figure, figure, median } from './figures.js';
import { generateMap } from './generate.js';
import { loadIntoCore } from './load.js';

const formats = [
  { format: 'docx', target: 1000 },
  { format: 'pdf', target: 2000, warmTarget: 1000 },
  { format: 'png', target: undefined },
] as const;

const exportMethod = 'workshop.export';

/**
 * Export of a 120-actor workshop through the core's own `workshop.export`, as the editor asks for
 * it. The value is the first export of the session (cold: modules loaded, Chromium started for
 * the PDF), which is what the facilitator waits for; the note gives the median of the next ones.
 * The PDF also gets the second export as a figure of its own (warm: the core keeps the Chromium
 * of the first PDF), since that is what every later PDF of the session costs.
 * The figures say « non mesuré » while the core has no export method.
 */
export async function measureExports(core: Core, repeats: number, size: number): Promise<Figure[]> {
  const name = (format: string) => `export ${format.toUpperCase()}, ${size} actors`;
  if (!(methodNames as readonly string[]).includes(exportMethod)) {
    return formats.map(({ format, target }) =>
      figure(name(format), null, 'ms', {
        ...(target ? { limit: { on: 'value', max: target } } : {}),
        note: 'non mesuré : le cœur n’a pas de méthode d’export',
      }),
    );
  }
  const workshopId = loadIntoCore(core, `Banc : export ${size} acteurs`, generateMap(size, 11));
  const out: Figure[] = [];
  for (const spec of formats) {
    const { format, target } = spec;
    const times: number[] = [];
    for (let i = 0; i < 1 + repeats; i++) {
      const start = performance.now();
      const answer = await core.dispatch(exportMethod, { workshopId, format });
      if (!answer.ok) throw new Error(`Export ${format} refusé : ${answer.error.message}`);
      times.push(performance.now() - start);
    }
    const [cold, ...warm] = times;
    const limit = (max: number | undefined) => (max ? { limit: { on: 'value' as const, max } } : {});
    const later = `les ${warm.length} suivants : médiane ${Math.round(median(warm))} ms`;
    if ('warmTarget' in spec) {
      out.push(
        figure(`${name(format)}, cold (first)`, cold ?? null, 'ms', {
          ...limit(target),
          note: 'premier export de la session : Chromium démarré pour lui',
        }),
        figure(`${name(format)}, warm (second)`, warm[0] ?? null, 'ms', {
          ...limit(spec.warmTarget),
          note: `Chromium gardé depuis le premier ; ${later}`,
        }),
      );
    } else {
      out.push(
        figure(name(format), cold ?? null, 'ms', { ...limit(target), note: `premier export de la session ; ${later}` }),
      );
    }
  }
  return out;
}
