import {
  engagementIds,
  findCategory,
  findLinkKind,
  intensityIds,
  priorityIds,
  qualityIds,
} from '../domain/codebook.js';
import type { Link, MapState, Note, Participant, Workshop } from '../domain/model.js';
import { attendanceOf, representedActorIds, structureOf } from '../domain/participants.js';
import { labelWithShort } from '../domain/short-label.js';
import { changesSince, type VersionOfMap } from './changes.js';
import { formatDate, nbsp } from './french.js';
import { cooperationGraph, keyFiguresOf } from './key-figures.js';
import {
  engagementLabels,
  intensityLabels,
  noteKindLabels,
  notGiven,
  priorityLabels,
  qualityLabels,
  timeLabels,
} from './labels.js';
import type { ActionRow, ActorRow, CountRow, CoverParticipant, NoteGroup, Synthese } from './model.js';
import { type SeriesReference, seriesChapter } from './series-chapter.js';
import { viewPagesOf } from './view-pages.js';

export interface SyntheseInput {
  workshop: Workshop;
  map: MapState;
  /** ISO time of the export, written on the cover. */
  generatedAt: string;
  /** Named versions, oldest first; the first one is the reference of « ce qui a changé ». */
  versions?: readonly VersionOfMap[];
  /** The first diagnostic of the territory, when this workshop is a later one of its series. */
  series?: SeriesReference;
  /** People who contributed from their phones (the room). */
  contributors?: number;
}

/** The order in which the summary lists what the group said (design.md §2, steps 4 and 5). */
export const noteGroupOrder = ['point-appui', 'frein', 'besoin', 'constat', 'pratique-inspirante'] as const;

const byFrench = (a: string, b: string) => a.localeCompare(b, 'fr');

/** Builds the summary of one workshop: pure, so that every format says the same thing. */
export function buildSynthese({
  workshop,
  map,
  generatedAt,
  versions = [],
  series,
  contributors = 0,
}: SyntheseInput): Synthese {
  const { codebook } = map;
  const labelOf = new Map(map.actors.map((a) => [a.id, a.label]));
  const graph = cooperationGraph(map);
  const linkName = (link: Link) => `${labelOf.get(link.source) ?? '?'} — ${labelOf.get(link.target) ?? '?'}`;
  const linkById = new Map(map.links.map((l) => [l.id, l]));

  const represented = representedActorIds(workshop.participants, map.actors);
  const rows: ActorRow[] = map.actors
    .map((actor) => ({
      id: actor.id,
      label: labelWithShort(actor),
      category: findCategory(codebook, actor.category).label,
      engagement: actor.engagement ? engagementLabels[actor.engagement] : notGiven,
      times: actor.times.map((t) => timeLabels[t]).join(', '),
      represented: represented.has(actor.id),
      partners: graph.degree(actor.id),
    }))
    .sort((a, b) => byFrench(a.label, b.label));

  const categoryIdOf = new Map(map.actors.map((a) => [a.id, findCategory(codebook, a.category).id]));
  const byCategory = codebook.categories
    .map((category) => ({ category, actors: rows.filter((row) => categoryIdOf.get(row.id) === category.id) }))
    .filter((group) => group.actors.length > 0);

  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return (id: string) => counts.get(id) ?? 0;
  };

  const categoryCount = count(map.actors, (a) => findCategory(codebook, a.category).id);
  const engagementCount = count(map.actors, (a) => a.engagement ?? '');
  const existing = map.links.filter((l) => l.status === 'existing');
  const desired = map.links.filter((l) => l.status === 'desired');
  const kindCount = count(existing, (l) => findLinkKind(codebook, l.kind).id);
  const intensityCount = count(existing, (l) => l.intensity);
  const qualityCount = count(existing, (l) => l.quality ?? '');

  const row = (id: string, label: string, n: number): CountRow => ({ id, label, count: n });
  const withUnknown = (rows: CountRow[], n: number) => (n > 0 ? [...rows, row('', notGiven, n)] : rows);

  const aboutOf = (note: Note): string => {
    if (!note.attachedTo) return '';
    if (note.attachedTo.type === 'actor') {
      const label = labelOf.get(note.attachedTo.id);
      return label ? `Acteur${nbsp}: ${label}` : '';
    }
    const link = linkById.get(note.attachedTo.id);
    return link ? `Lien${nbsp}: ${linkName(link)}` : '';
  };

  const noteGroups: NoteGroup[] = noteGroupOrder
    .map((kind) => ({
      kind,
      title: noteKindLabels[kind].many,
      notes: map.notes
        .filter((n) => n.kind === kind)
        .sort((a, b) => b.votes - a.votes || byFrench(a.text, b.text))
        .map((n) => ({ id: n.id, text: n.text, votes: n.votes, about: aboutOf(n) })),
    }))
    .filter((group) => group.notes.length > 0);

  const rank = (priority: Note['priority']) => (priority === null ? priorityIds.length : priorityIds.indexOf(priority));
  const actionPlan: ActionRow[] = map.notes
    .filter((n) => n.kind === 'piste-action')
    .sort((a, b) => rank(a.priority) - rank(b.priority) || b.votes - a.votes || byFrench(a.text, b.text))
    .map((n) => ({
      id: n.id,
      text: n.text,
      owners: n.owners.map((id) => labelOf.get(id)).filter((label): label is string => label !== undefined),
      votes: n.votes,
      priority: n.priority,
      priorityLabel: n.priority ? priorityLabels[n.priority] : notGiven,
      about: aboutOf(n),
    }));

  const onCover = (p: Participant): CoverParticipant => ({
    name: p.name,
    structure: structureOf(p, map.actors).trim(),
    role: p.role,
  });
  const present = workshop.participants.filter((p) => attendanceOf(p) === 'present').map(onCover);
  const excused = workshop.participants.filter((p) => attendanceOf(p) === 'excuse').map(onCover);
  const structures = [...new Set(present.map((p) => p.structure).filter(Boolean))];
  const first = versions[0];

  return {
    cover: {
      title: workshop.title,
      territory: workshop.territory,
      date: workshop.date,
      dateText: formatDate(workshop.date),
      facilitator: workshop.facilitator,
      objective: workshop.objective,
      participants: present,
      excused,
      structures,
      generatedAt,
      phoneContributors: contributors,
    },
    actors: {
      total: map.actors.length,
      byCategory,
      categoryCounts: codebook.categories.map((c) => row(c.id, c.label, categoryCount(c.id))),
      engagementCounts: withUnknown(
        engagementIds.map((id) => row(id, engagementLabels[id], engagementCount(id))),
        engagementCount(''),
      ),
      rows,
    },
    cooperations: {
      existingCount: existing.length,
      desiredCount: desired.length,
      byKind: codebook.linkKinds.map((k) => row(k.id, k.label, kindCount(k.id))),
      byIntensity: intensityIds.map((id) => row(id, intensityLabels[id], intensityCount(id))),
      byQuality: withUnknown(
        qualityIds.map((id) => row(id, qualityLabels[id], qualityCount(id))),
        qualityCount(''),
      ),
      rows: existing
        .map((l) => ({
          id: l.id,
          source: labelOf.get(l.source) ?? '?',
          target: labelOf.get(l.target) ?? '?',
          kind: findLinkKind(codebook, l.kind).label,
          intensity: intensityLabels[l.intensity],
          quality: l.quality ? qualityLabels[l.quality] : notGiven,
          directed: l.directed,
        }))
        .sort((a, b) => byFrench(a.source, b.source) || byFrench(a.target, b.target)),
    },
    desiredLinks: desired.map((l) => ({
      id: l.id,
      source: labelOf.get(l.source) ?? '?',
      target: labelOf.get(l.target) ?? '?',
      kind: findLinkKind(codebook, l.kind).label,
      obstacle: l.obstacle,
      proposal: l.proposal,
    })),
    noteGroups,
    actionPlan,
    keyFigures: keyFiguresOf(map),
    changes: first ? changesSince(first, map) : null,
    series: series ? seriesChapter(series, map) : null,
    map,
    codebook,
    viewPages: viewPagesOf(map, represented),
  };
}
