import type { UndirectedGraph } from 'graphology';
import { maxInfluence, type Stance, stanceIds } from '../domain/codebook.js';
import type { Actor, MapState } from '../domain/model.js';
import { countAtStart, countOf, joinFrench, nbsp, nnbsp } from './french.js';
import { stanceLabels } from './labels.js';

/** From this influence (out of 5) an actor counts as « influent ». */
export const influentialFrom = 4;
const topCount = 3;
const listedLinks = 8;

const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

export interface InfluenceFigures {
  /** Plain French sentences, in reading order; none when the map gives no influence nor stance. */
  sentences: string[];
  mostInfluential: { label: string; influence: number }[];
  /** Influential actors (4 or 5) outside the school category with no existing link to a school. */
  influentialWithoutSchool: string[];
  /** How many actors take each stance; `unknown`: actors whose stance was not given. */
  stances: Record<Stance, number> & { unknown: number };
  /** Desired links with the influence of each side (null: not given), when at least one side has one. */
  desiredLinks: { source: string; target: string; sourceInfluence: number | null; targetInfluence: number | null }[];
}

const withInfluence = (actor: Actor) => `${actor.label} (${actor.influence})`;

/**
 * What the map says about who can move things (Net-Map): the most influential actors, the
 * influential ones who work with no school, the stances towards the workshop's objective, and the
 * influence on each side of a missing cooperation. `graph` is the cooperation graph of the map,
 * `schoolCategory` the category the « école » sentences are about.
 */
export function influenceFiguresOf(map: MapState, graph: UndirectedGraph, schoolCategory: string): InfluenceFigures {
  const sentences: string[] = [];
  const rated = map.actors.filter((a) => a.influence !== undefined);
  const byId = new Map(map.actors.map((a) => [a.id, a]));

  const mostInfluential = rated
    .filter((a) => (a.influence ?? 0) > 0)
    .sort((a, b) => (b.influence ?? 0) - (a.influence ?? 0) || byFrench(a.label, b.label))
    .slice(0, topCount);
  if (mostInfluential.length > 0) {
    const named = mostInfluential.map(withInfluence);
    sentences.push(
      mostInfluential.length === 1
        ? `L’acteur le plus influent sur la question de l’atelier (influence de 0 à ${maxInfluence}) est ${named[0]}.`
        : `Les acteurs les plus influents sur la question de l’atelier (influence de 0 à ${maxInfluence}) sont ${joinFrench(named)}.`,
    );
  }

  const influential = rated.filter((a) => (a.influence ?? 0) >= influentialFrom && a.category !== schoolCategory);
  const hasSchool = map.actors.some((a) => a.category === schoolCategory);
  const withoutSchool = hasSchool
    ? influential
        .filter((a) => !graph.neighbors(a.id).some((n) => byId.get(n)?.category === schoolCategory))
        .sort((a, b) => byFrench(a.label, b.label))
    : [];
  if (hasSchool && influential.length > 0) {
    sentences.push(
      withoutSchool.length === 0
        ? `Chaque acteur influent (${influentialFrom} ou ${maxInfluence}) coopère avec au moins une école.`
        : `${countAtStart(withoutSchool.length, 'acteur influent', 'acteurs influents')} (${influentialFrom} ou ${maxInfluence}) ne ${withoutSchool.length >= 2 ? 'coopèrent' : 'coopère'} avec aucune école${nbsp}: ${joinFrench(withoutSchool.map(withInfluence))}.`,
    );
  }

  const stances = { favorable: 0, neutre: 0, reticent: 0, unknown: 0 };
  for (const actor of map.actors) stances[actor.stance ?? 'unknown']++;
  const given = map.actors.length - stances.unknown;
  if (given > 0) {
    const parts = stanceIds
      .filter((s) => stances[s] > 0)
      .map((s) => `${stances[s]} ${stances[s] >= 2 ? stanceLabels[s].many : stanceLabels[s].one}`);
    const unknown =
      stances.unknown > 0
        ? `${nnbsp}; la position de ${countOf(stances.unknown, 'acteur n’est pas renseignée', 'acteurs n’est pas renseignée')}`
        : '';
    sentences.push(`Envers l’objectif de l’atelier${nbsp}: ${joinFrench(parts)}${unknown}.`);
    const reluctant = map.actors
      .filter((a) => a.stance === 'reticent' && (a.influence ?? 0) >= influentialFrom)
      .sort((a, b) => (b.influence ?? 0) - (a.influence ?? 0) || byFrench(a.label, b.label));
    if (reluctant.length > 0) {
      sentences.push(
        `${reluctant.length >= 2 ? 'Acteurs influents et réticents' : 'Acteur influent et réticent'}${nbsp}: ${joinFrench(reluctant.map(withInfluence))}.`,
      );
    }
  }

  const influenceOf = (id: string) => byId.get(id)?.influence ?? null;
  const desiredLinks = map.links
    .filter((l) => l.status === 'desired' && (influenceOf(l.source) !== null || influenceOf(l.target) !== null))
    .map((l) => ({
      source: byId.get(l.source)?.label ?? '?',
      target: byId.get(l.target)?.label ?? '?',
      sourceInfluence: influenceOf(l.source),
      targetInfluence: influenceOf(l.target),
    }))
    .sort(
      (a, b) =>
        (b.sourceInfluence ?? 0) + (b.targetInfluence ?? 0) - ((a.sourceInfluence ?? 0) + (a.targetInfluence ?? 0)) ||
        byFrench(a.source, b.source) ||
        byFrench(a.target, b.target),
    );
  if (desiredLinks.length > 0) {
    const side = (label: string, influence: number | null) =>
      `${label} (${influence === null ? 'non renseignée' : influence})`;
    const pairs = desiredLinks.map(
      (d) => `${side(d.source, d.sourceInfluence)} — ${side(d.target, d.targetInfluence)}`,
    );
    // Semicolons between pairs: a name may hold a comma.
    const rest = pairs.length - listedLinks;
    const listed = pairs.slice(0, listedLinks).join(`${nnbsp}; `);
    sentences.push(
      `Influence de chaque côté ${desiredLinks.length >= 2 ? 'des liens souhaités' : 'du lien souhaité'} (sur ${maxInfluence})${nbsp}: ${listed}${rest > 0 ? `${nnbsp}; et ${countOf(rest, 'autre', 'autres')}` : ''}.`,
    );
  }

  return {
    sentences,
    mostInfluential: mostInfluential.map((a) => ({ label: a.label, influence: a.influence ?? 0 })),
    influentialWithoutSchool: withoutSchool.map((a) => a.label),
    stances,
    desiredLinks,
  };
}
