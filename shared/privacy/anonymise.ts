import type { Actor, Link, MapState, Note, Participant, Workshop, Zone } from '../domain/model.js';
import type { SavedView } from '../domain/saved-views.js';
import type { VersionOfMap } from '../synthese/changes.js';
import type { SeriesReference } from '../synthese/series-chapter.js';
import { isPerson } from './person.js';
import { nameParts, type ScrubTerm, scrubContacts, scrubText } from './scrub.js';

/** A workshop as the exports read it: its fields, its map, and the versions the summary compares. */
export interface ExportSource {
  workshop: Workshop;
  map: MapState;
  versions: readonly VersionOfMap[];
  /** The territory's first diagnostic, when this workshop is a later one of its series. */
  series?: SeriesReference | undefined;
}

/** What stands for a contact found in a free text. */
export const contactRemoved = '[contact retiré]';

/** « Parent », « Habitant », « Bénévole »…: the word before the number, from what the map says of them. */
function roleWord(actor: Actor): string {
  if (actor.category === 'parents') return 'Parent';
  if (actor.engagement === 'habitant') return 'Habitant';
  if (actor.engagement === 'benevole') return 'Bénévole';
  if (actor.engagement === 'professionnel') return 'Professionnel';
  return 'Personne';
}

interface Pseudonyms {
  /** By actor id, in this workshop's map and versions. */
  actors: Map<string, string>;
  /** By actor id, in the series' first diagnostic (another workshop). */
  referenceActors: Map<string, string>;
  terms: ScrubTerm[];
}

/** The people of some maps, by actor id, with every label each had; in map order. */
function peopleIn(maps: readonly MapState[]): Map<string, { actor: Actor; names: Set<string> }> {
  const people = new Map<string, { actor: Actor; names: Set<string> }>();
  for (const m of maps) {
    for (const actor of m.actors) {
      if (!isPerson(actor) || people.has(actor.id)) continue;
      people.set(actor.id, { actor, names: new Set() });
    }
  }
  // A person in one version is a person in all: a label typed while they looked like a structure counts too.
  for (const m of maps) {
    for (const actor of m.actors) {
      const person = people.get(actor.id);
      person?.names.add(actor.label);
      if (person && actor.shortLabel) person.names.add(actor.shortLabel);
    }
  }
  return people;
}

/** Every form of a person's name, whole and in parts, to take out of free texts. */
function termsOf(names: readonly string[], replacement: string, capitalisedOnly: boolean): ScrubTerm[] {
  return names
    .filter((name) => name.trim().length > 0)
    .flatMap((name) => [name, ...nameParts(name, capitalisedOnly)])
    .map((text) => ({ text, replacement }));
}

/**
 * One pseudonym per person, the same in the map and in every version (by actor id): « Parent 1 »,
 * « Habitant 2 »… in map order, then the people only an earlier version holds. Participants become
 * « Participant 1 »…, the facilitator « l’animation ».
 */
function pseudonymsOf({ workshop, map, versions, series }: ExportSource): Pseudonyms {
  const ownMaps = [map, ...versions.map((v) => v.map)];
  const actors = new Map<string, string>();
  const referenceActors = new Map<string, string>();
  const terms: ScrubTerm[] = [];
  let n = 0;
  for (const [id, { actor, names }] of peopleIn(ownMaps)) {
    const pseudonym = `${roleWord(actor)} ${++n}`;
    actors.set(id, pseudonym);
    terms.push(...termsOf([...names], pseudonym, !actor.person));
  }
  if (series) {
    // The same person in both diagnostics (same id after a duplicate, or paired by the facilitator)
    // keeps one pseudonym; any other gets a number of its own, so that no two people share a name.
    const paired = new Map(series.decisions.filter((d) => d.same).map((d) => [d.before, d.after]));
    for (const [id, { actor, names }] of peopleIn([series.reference.map])) {
      const pseudonym = actors.get(paired.get(id) ?? id) ?? `${roleWord(actor)} ${++n}`;
      referenceActors.set(id, pseudonym);
      terms.push(...termsOf([...names], pseudonym, !actor.person));
    }
  }
  workshop.participants.forEach((p, i) => {
    terms.push(...termsOf([p.name], `Participant ${i + 1}`, false));
  });
  terms.push(...termsOf([workshop.facilitator], 'l’animation', false));
  // Contacts quoted as they were typed (a phone written oddly escapes the patterns).
  for (const m of [...ownMaps, ...(series ? [series.reference.map] : [])]) {
    for (const actor of m.actors) {
      if (actor.contact.trim().length >= 4) terms.push({ text: actor.contact, replacement: contactRemoved });
    }
  }
  return { actors, referenceActors, terms };
}

/**
 * What an anonymised export does with each field. Typed over every key of the model, so that a
 * field added later does not compile until someone decides: kept (ids, codes, positions,
 * structures' names), scrubbed (free texts: names, e-mails and phone numbers replaced), or cleared
 * (contacts and remarks).
 */
type Policy = 'keep' | 'scrub' | 'clear';

export const actorPolicy: Record<keyof Actor, Policy | 'name'> = {
  id: 'keep',
  label: 'name',
  shortLabel: 'name',
  category: 'keep',
  engagement: 'keep',
  times: 'keep',
  contact: 'clear',
  notes: 'clear',
  x: 'keep',
  y: 'keep',
  standardType: 'keep',
  pinned: 'keep',
  influence: 'keep',
  stance: 'keep',
  person: 'keep',
};
export const linkPolicy: Record<keyof Link, Policy> = {
  id: 'keep',
  source: 'keep',
  target: 'keep',
  kind: 'keep',
  intensity: 'keep',
  quality: 'keep',
  status: 'keep',
  directed: 'keep',
  obstacle: 'scrub',
  proposal: 'scrub',
  notes: 'clear',
};
export const notePolicy: Record<keyof Note, Policy> = {
  id: 'keep',
  kind: 'keep',
  text: 'scrub',
  attachedTo: 'keep',
  x: 'keep',
  y: 'keep',
  votes: 'keep',
  owners: 'keep',
  priority: 'keep',
};
export const zonePolicy: Record<keyof Zone, Policy> = {
  id: 'keep',
  label: 'scrub',
  color: 'keep',
  x: 'keep',
  y: 'keep',
  width: 'keep',
  height: 'keep',
  shape: 'keep',
};
export const viewPolicy: Record<keyof SavedView, Policy> = {
  id: 'keep',
  name: 'scrub',
  filter: 'keep',
  measure: 'keep',
  groups: 'keep',
  layers: 'keep',
  inSummary: 'keep',
};
export const workshopPolicy: Record<keyof Workshop, Policy | 'participants'> = {
  id: 'keep',
  title: 'scrub',
  territory: 'scrub',
  date: 'keep',
  facilitator: 'clear',
  objective: 'scrub',
  participants: 'participants',
  codebook: 'keep',
  createdAt: 'keep',
  updatedAt: 'keep',
};

/** Applies a policy to the text fields of one element; everything else is copied as it is. */
function applyPolicy<T extends object>(item: T, policy: Record<string, string>, scrub: (text: string) => string): T {
  const out: Record<string, unknown> = { ...(item as Record<string, unknown>) };
  for (const [key, value] of Object.entries(item)) {
    if (typeof value !== 'string') continue;
    if (policy[key] === 'scrub') out[key] = scrub(value);
    else if (policy[key] === 'clear') out[key] = '';
  }
  return out as T;
}

function anonymiseActor(actor: Actor, pseudonym: string | undefined, scrub: (text: string) => string): Actor {
  const { shortLabel, ...rest } = applyPolicy(actor, actorPolicy, scrub);
  // A person takes the pseudonym and loses the short name; a structure keeps both.
  if (pseudonym) return { ...rest, label: pseudonym };
  return shortLabel ? { ...rest, shortLabel } : rest;
}

function anonymiseMap(map: MapState, pseudonyms: Pseudonyms, byId: Map<string, string>): MapState {
  const scrub = (text: string) => scrubContacts(scrubText(text, pseudonyms.terms), contactRemoved);
  return {
    codebook: map.codebook,
    actors: map.actors.map((actor) => anonymiseActor(actor, byId.get(actor.id), scrub)),
    links: map.links.map((link) => applyPolicy(link, linkPolicy, scrub)),
    notes: map.notes.map((note) => applyPolicy(note, notePolicy, scrub)),
    zones: map.zones.map((zone) => applyPolicy(zone, zonePolicy, scrub)),
    ...(map.views ? { views: map.views.map((view) => applyPolicy(view, viewPolicy, scrub)) } : {}),
  };
}

/**
 * The workshop as it may be shared (Club, research, publication): people's names, contacts and
 * remarks removed. Persons become « Parent 1 », « Habitant 2 »… everywhere — map, versions,
 * hence the summary's sentences —; structures keep their names and standard types (the Club's
 * comparisons keep working); names, e-mails and phone numbers quoted in notes, link texts, zones,
 * the title and the objective are replaced; participants keep their structure only. Pure: the
 * same source always gives the same result.
 */
export function anonymise(source: ExportSource): ExportSource {
  const pseudonyms = pseudonymsOf(source);
  const scrub = (text: string) => scrubContacts(scrubText(text, pseudonyms.terms), contactRemoved);
  const { workshop } = source;
  // Participants keep their structure only: a role (« principale ») and a name say who one is.
  // Which actor they spoke for, and who was excused, is kept: it says which structures were
  // represented (shared/domain/participants.ts), so the anonymised summary counts the same ones.
  const participants: Participant[] = workshop.participants.map((p, i) => ({
    name: `Participant ${i + 1}`,
    structure: p.structure,
    role: '',
    ...(p.actorId !== undefined ? { actorId: p.actorId } : {}),
    ...(p.attendance !== undefined ? { attendance: p.attendance } : {}),
  }));
  return {
    workshop: { ...applyPolicy(workshop, workshopPolicy, scrub), participants },
    map: anonymiseMap(source.map, pseudonyms, pseudonyms.actors),
    versions: source.versions.map((version) => ({
      ...version,
      name: scrub(version.name),
      map: anonymiseMap(version.map, pseudonyms, pseudonyms.actors),
    })),
    ...(source.series
      ? {
          series: {
            ...source.series,
            name: scrub(source.series.name),
            reference: {
              ...source.series.reference,
              title: scrub(source.series.reference.title),
              map: anonymiseMap(source.series.reference.map, pseudonyms, pseudonyms.referenceActors),
            },
          },
        }
      : {}),
  };
}
