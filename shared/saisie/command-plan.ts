import type { Codebook } from '../domain/codebook.js';
import type { Actor, MapState } from '../domain/model.js';
import { newActor, newLink } from '../domain/model.js';
import type { MapOp } from '../domain/operations.js';
import { matchCode } from '../exchange/code-match.js';
import { fold, foldSingular } from '../exchange/fold.js';
import type { ActorRef, CommandLine } from './command-line.js';
import { freeSpot } from './placement.js';

export interface PlanContext {
  /** Category of actors typed without one. */
  defaultCategory: string;
  /** Kind of links typed without one. */
  defaultKind: string;
  /** Where new actors go when nothing tells (the centre of the view). */
  around: { x: number; y: number };
  newId(): string;
}

export type Plan =
  | { ok: true; ops: MapOp[]; summary: string; category: string; kind: string | undefined }
  | { ok: false; message: string };

/** A category or kind: the one the words clearly name, else the one whose names start with them. */
export function findCode<C extends { id: string; label: string }>(words: string, codes: readonly C[]): C | undefined {
  const exact = matchCode(words, codes);
  if (exact) return exact;
  const key = foldSingular(words);
  if (!key) return undefined;
  const hits = codes.filter((code) => fold(code.label).startsWith(key) || fold(code.id).startsWith(key));
  return hits.length === 1 ? hits[0] : undefined;
}

export function findActor(map: MapState, name: string): Actor | undefined {
  const key = fold(name);
  return map.actors.find((actor) => fold(actor.label) === key);
}

function labelsOf(codes: readonly { label: string }[]): string {
  return codes.map((code) => `« ${code.label} »`).join(', ');
}

/**
 * The operations a typed line stands for, planned against the map as it is: actors found by
 * name (case and accents aside), missing ones created beside their partner or near the view's
 * centre, categories and kinds matched loosely. Pure: the caller applies the ops as one step.
 */
export function planCommand(map: MapState, line: CommandLine, context: PlanContext): Plan {
  const ops: MapOp[] = [];
  const created: string[] = [];
  let working = map.actors.slice();
  let lastCategory = context.defaultCategory;

  function resolve(ref: ActorRef, near: { x: number; y: number }): Actor | { message: string } {
    const existing = working.find((actor) => fold(actor.label) === fold(ref.name));
    const category = ref.category ? findCode(ref.category, map.codebook.categories) : undefined;
    if (ref.category && !category) {
      return {
        message: `Catégorie inconnue : « ${ref.category} ». Catégories : ${labelsOf(map.codebook.categories)}.`,
      };
    }
    if (existing) {
      if (category && category.id !== existing.category) {
        ops.push({ type: 'actor.update', id: existing.id, patch: { category: category.id } });
      }
      return existing;
    }
    if (ref.name.length > 200) return { message: 'Nom trop long (200 caractères au plus).' };
    const spot = freeSpot(working, near);
    const actor = newActor({
      id: context.newId(),
      label: ref.name,
      category: category?.id ?? context.defaultCategory,
      x: spot.x,
      y: spot.y,
    });
    if (category) lastCategory = category.id;
    ops.push({ type: 'actor.add', actor });
    working = [...working, actor];
    created.push(actor.label);
    return actor;
  }

  if (line.type === 'actors') {
    for (const ref of line.actors) {
      const result = resolve(ref, context.around);
      if ('message' in result) return { ok: false, message: result.message };
    }
    if (ops.length === 0) return { ok: false, message: 'Ces acteurs sont déjà sur la carte.' };
    return {
      ok: true,
      ops,
      summary: created.length > 0 ? `Ajouté : ${created.join(', ')}.` : 'Catégorie mise à jour.',
      category: lastCategory,
      kind: undefined,
    };
  }

  const kind = line.kind ? findCode(line.kind, map.codebook.linkKinds) : undefined;
  if (line.kind && !kind) {
    return {
      ok: false,
      message: `Type de lien inconnu : « ${line.kind} ». Types : ${labelsOf(map.codebook.linkKinds)}.`,
    };
  }
  const from = resolve(line.from, context.around);
  if ('message' in from) return { ok: false, message: from.message };
  const to = resolve(line.to, { x: from.x + 260, y: from.y });
  if ('message' in to) return { ok: false, message: to.message };
  if (from.id === to.id) return { ok: false, message: 'Un lien relie deux acteurs différents.' };
  const kindId = kind?.id ?? context.defaultKind;
  ops.push({
    type: 'link.add',
    link: newLink({
      id: context.newId(),
      source: from.id,
      target: to.id,
      kind: kindId,
      directed: line.directed,
      status: line.desired ? 'desired' : 'existing',
    }),
  });
  const kindLabel = map.codebook.linkKinds.find((k) => k.id === kindId)?.label ?? kindId;
  const arrow = line.directed ? '→' : '↔';
  const news = created.length > 0 ? ` (nouveau : ${created.join(', ')})` : '';
  return {
    ok: true,
    ops,
    summary: `Lien ${line.desired ? 'souhaité ' : ''}${from.label} ${arrow} ${to.label} : ${kindLabel}${news}.`,
    category: lastCategory,
    kind: kindId,
  };
}

export function codebookSuggestions(codebook: Codebook, part: 'category' | 'kind', fragment: string): string[] {
  const key = fold(fragment);
  const codes = part === 'category' ? codebook.categories : codebook.linkKinds;
  return codes
    .filter((code) => !key || fold(code.label).includes(key) || fold(code.id).startsWith(key))
    .map((code) => code.label.replace(/\s*\(.*$/, ''))
    .slice(0, 8);
}
