import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../shared/domain/apply-op.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import { type MapState, newActor } from '../../../shared/domain/model.js';
import { parseCommandLine, typingAt } from '../../../shared/saisie/command-line.js';
import { codebookSuggestions, planCommand } from '../../../shared/saisie/command-plan.js';
import { freeSpot } from '../../../shared/saisie/placement.js';

function emptyMap(): MapState {
  return { codebook: defaultCodebook(), actors: [], links: [], notes: [], zones: [] };
}

let counter = 0;
const context = () => ({
  defaultCategory: 'autres',
  defaultKind: 'information',
  around: { x: 0, y: 0 },
  newId: () => `id-${++counter}`,
});

function run(map: MapState, text: string): MapState {
  const parsed = parseCommandLine(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const plan = planCommand(map, parsed.line, context());
  if (!plan.ok) throw new Error(plan.message);
  return applyOps(map, plan.ops);
}

describe('la ligne de saisie rapide', () => {
  it('lit « A > B : type » comme un lien à sens unique, accents et tirets des noms gardés', () => {
    expect(parseCommandLine('CCAS > Collège Louise-Michel : orientation')).toEqual({
      ok: true,
      line: {
        type: 'link',
        from: { name: 'CCAS' },
        to: { name: 'Collège Louise-Michel' },
        directed: true,
        kind: 'orientation',
        desired: false,
      },
    });
  });

  it('lit « A - B », « A <> B » comme réciproques, « A < B » à l’envers, « ? » final comme souhaité', () => {
    const mutual = parseCommandLine('Mairie - CAF : convention ?');
    expect(mutual.ok && mutual.line).toMatchObject({ directed: false, desired: true, kind: 'convention' });
    const both = parseCommandLine('Mairie <> CAF');
    expect(both.ok && both.line).toMatchObject({ directed: false, desired: false });
    const back = parseCommandLine('Mairie < CAF : orientation');
    expect(back.ok && back.line).toMatchObject({ from: { name: 'CAF' }, to: { name: 'Mairie' }, directed: true });
  });

  it('lit une liste d’acteurs avec leur catégorie entre parenthèses', () => {
    expect(parseCommandLine('CCAS (commune), CAF (protection sociale), PMI')).toEqual({
      ok: true,
      line: {
        type: 'actors',
        actors: [
          { name: 'CCAS', category: 'commune' },
          { name: 'CAF', category: 'protection sociale' },
          { name: 'PMI' },
        ],
      },
    });
  });

  it('refuse une ligne vide ou un lien sans second acteur, en français', () => {
    const empty = parseCommandLine('   ');
    expect(empty.ok).toBe(false);
    const broken = parseCommandLine('CCAS >  : orientation');
    expect(broken.ok || broken.message).toContain('acteur > acteur');
  });

  it('crée les acteurs manquants et retrouve les existants sans tenir compte de la casse ni des accents', () => {
    let map = run(emptyMap(), 'CCAS (commune) > Collège Louise-Michel (éducation) : orientation');
    expect(map.actors.map((a) => [a.label, a.category])).toEqual([
      ['CCAS', 'commune'],
      ['Collège Louise-Michel', 'education'],
    ]);
    expect(map.links[0]).toMatchObject({ kind: 'orientation', directed: true });
    map = run(map, 'college louise-michel - ccas : action');
    expect(map.actors).toHaveLength(2);
    expect(map.links[1]).toMatchObject({ kind: 'action-commune', directed: false });
  });

  it('dit quels types existent quand le type tapé est inconnu', () => {
    const parsed = parseCommandLine('A > B : téléphone');
    if (!parsed.ok) throw new Error(parsed.message);
    const plan = planCommand(emptyMap(), parsed.line, context());
    expect(plan.ok).toBe(false);
    expect(plan.ok || plan.message).toContain('Type de lien inconnu');
    expect(plan.ok || plan.message).toContain('« Orientation »');
  });

  it('place les nouveaux acteurs sans les empiler', () => {
    const actors = [newActor({ id: 'a', label: 'A', category: 'autres', x: -90, y: -32 })];
    const spot = freeSpot(actors, { x: 0, y: 0 });
    // The new actor's box (180×64) does not touch the one already there.
    expect(Math.abs(spot.x + 90) >= 180 || Math.abs(spot.y + 32) >= 64).toBe(true);
  });

  it('suggère selon la partie en cours de saisie', () => {
    expect(typingAt('CCAS > Coll')).toEqual({ part: 'actor', fragment: 'Coll', prefix: 'CCAS > ' });
    expect(typingAt('CCAS > Collège : ori')).toMatchObject({ part: 'kind', fragment: 'ori' });
    expect(typingAt('CCAS (com')).toMatchObject({ part: 'category', fragment: 'com' });
    expect(codebookSuggestions(defaultCodebook(), 'kind', 'ori')).toEqual(['Orientation']);
  });
});
