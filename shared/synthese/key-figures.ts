import type { UndirectedGraph } from 'graphology';
import { centrality as centralities, graph as graphMetrics } from 'graphology-metrics';
import type { MapState } from '../domain/model.js';
import { cooperationGraph } from '../measures/cooperation-graph.js';
import { groupsOf } from '../measures/groups.js';
import { agree, countOf, formatPercent, joinFrench, listSome, nbsp, nnbsp, quote } from './french.js';
import { groupFiguresOf } from './group-figures.js';
import { influenceFiguresOf } from './influence-figures.js';
import type { KeyFigures } from './model.js';

export { cooperationGraph };

/** The category the « lien avec l'école » figure is about (default codebook id). */
export const schoolCategoryId = 'education';

const topCount = 3;
const listedIsolated = 8;

const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

/** Key figures of the map and the plain French sentences that state them. */
export function keyFiguresOf(map: MapState): KeyFigures {
  const graph = cooperationGraph(map);
  const labelOf = new Map(map.actors.map((a) => [a.id, a.label]));
  const existing = map.links.filter((l) => l.status === 'existing');
  const desired = map.links.length - existing.length;
  const sentences: string[] = [];

  sentences.push(
    `La carte compte ${countOf(map.actors.length, 'acteur', 'acteurs')} et ${countOf(existing.length, 'coopération existante', 'coopérations existantes')}${nnbsp}; ${countOf(desired, 'lien est souhaité', 'liens sont souhaités')}.`,
  );

  const ranked = map.actors
    .map((a) => ({ label: a.label, partners: graph.degree(a.id) }))
    .filter((a) => a.partners > 0)
    .sort((a, b) => b.partners - a.partners || byFrench(a.label, b.label));
  const mostConnected = ranked.slice(0, topCount);
  if (mostConnected.length > 0) {
    const named = mostConnected.map(
      (a, i) => `${a.label} (${i === 0 ? countOf(a.partners, 'partenaire', 'partenaires') : a.partners})`,
    );
    sentences.push(
      mostConnected.length === 1
        ? `L’acteur le plus relié est ${named[0]}.`
        : `Les acteurs les plus reliés sont ${joinFrench(named)}.`,
    );
  }

  const centrality = graph.order > 2 ? centralities.betweenness(graph, { normalized: true }) : {};
  const bridging = Object.entries(centrality)
    .filter(([, value]) => value > 0)
    .map(([id, value]) => ({ label: labelOf.get(id) ?? id, betweenness: value }))
    .sort((a, b) => b.betweenness - a.betweenness || byFrench(a.label, b.label))
    .slice(0, topCount);
  if (bridging.length > 0) {
    const names = joinFrench(bridging.map((b) => b.label));
    sentences.push(
      bridging.length === 1
        ? `Acteur passerelle, par qui passent le plus de chemins entre les autres${nbsp}: ${names}.`
        : `Acteurs passerelles, par qui passent le plus de chemins entre les autres${nbsp}: ${names}.`,
    );
  }

  const isolated = map.actors
    .filter((a) => graph.degree(a.id) === 0)
    .map((a) => a.label)
    .sort(byFrench);
  if (map.actors.length > 0) {
    sentences.push(
      isolated.length === 0
        ? 'Chaque acteur a au moins une coopération existante.'
        : `${countOf(isolated.length, 'acteur n’a', 'acteurs n’ont')} aucune coopération existante${nbsp}: ${listSome(isolated, listedIsolated)}.`,
    );
  }

  const density = graph.order >= 2 ? graphMetrics.density(graph) : 0;
  if (graph.order >= 2) {
    const possible = (graph.order * (graph.order - 1)) / 2;
    sentences.push(
      `Densité du réseau${nbsp}: ${formatPercent(density)} des paires d’acteurs possibles sont reliées (${countOf(graph.size, 'paire', 'paires')} sur ${countOf(possible, 'possible', 'possibles')}).`,
    );
  }

  const rated = existing.filter((l) => l.quality !== null);
  const difficult = rated.filter((l) => l.quality === 'difficile').length;
  const difficultShare = rated.length > 0 ? difficult / rated.length : null;
  if (existing.length > 0) {
    if (difficultShare === null) {
      sentences.push('La qualité des coopérations n’a pas encore été renseignée.');
    } else if (difficult === 0) {
      sentences.push(
        `Aucune coopération n’est jugée difficile (sur ${countOf(rated.length, 'coopération dont la qualité est renseignée', 'coopérations dont la qualité est renseignée')}).`,
      );
    } else {
      sentences.push(
        `${countOf(difficult, 'coopération', 'coopérations')} sur ${rated.length} dont la qualité est renseignée ${agree(difficult, 'est jugée difficile', 'sont jugées difficiles')} (${formatPercent(difficultShare)}).`,
      );
    }
  }

  const categoriesWithoutSchoolLink = withoutSchoolLink(map, graph);
  const school = map.codebook.categories.find((c) => c.id === schoolCategoryId);
  if (school && map.actors.length > 0) {
    const schoolName = quote(school.label);
    if (!map.actors.some((a) => a.category === schoolCategoryId)) {
      sentences.push(`Aucun acteur de la catégorie ${schoolName} n’est sur la carte.`);
    } else if (categoriesWithoutSchoolLink.length === 0) {
      if (map.actors.some((a) => a.category !== schoolCategoryId)) {
        sentences.push(`Chaque catégorie présente a au moins une coopération avec la catégorie ${schoolName}.`);
      }
    } else {
      const names = joinFrench(categoriesWithoutSchoolLink.map(quote));
      sentences.push(
        `${agree(categoriesWithoutSchoolLink.length, 'Catégorie', 'Catégories')} sans aucune coopération avec la catégorie ${schoolName}${nbsp}: ${names}.`,
      );
    }
  }

  const groups = groupFiguresOf(map, groupsOf(map).groups);
  sentences.push(...groups.sentences);
  const influence = influenceFiguresOf(map, graph, schoolCategoryId);
  sentences.push(...influence.sentences);

  return {
    sentences,
    mostConnected,
    bridging,
    isolated,
    density,
    difficultShare,
    categoriesWithoutSchoolLink,
    groups: groups.groups,
    influence,
  };
}

/** Labels of the categories on the map (other than schools) none of whose actors works with a school. */
function withoutSchoolLink(map: MapState, graph: UndirectedGraph): string[] {
  const categoryOf = new Map(map.actors.map((a) => [a.id, a.category]));
  const schools = map.actors.filter((a) => a.category === schoolCategoryId);
  if (schools.length === 0) return [];
  const linked = new Set<string>();
  for (const school of schools) {
    for (const neighbour of graph.neighbors(school.id)) linked.add(categoryOf.get(neighbour) ?? '');
  }
  const present = new Set(map.actors.map((a) => a.category));
  return map.codebook.categories
    .filter((c) => c.id !== schoolCategoryId && present.has(c.id) && !linked.has(c.id))
    .map((c) => c.label);
}
