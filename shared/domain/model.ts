import type { Codebook } from './codebook.js';
import type { Actor, Link, Note, Zone } from './model-schema.js';
import type { SavedView } from './saved-views-schema.js';

export type {
  Actor,
  Link,
  Note,
  NoteAttachment,
  Participant,
  Workshop,
  WorkshopFields,
  Zone,
} from './model-schema.js';

export interface WorkshopSummary {
  id: string;
  title: string;
  territory: string;
  date: string;
  facilitator: string;
  updatedAt: string;
  createdAt: string;
  actorCount: number;
  linkCount: number;
}

/** The map of one workshop: what applyOp works on, and what the database stores. */
export interface MapState {
  codebook: Codebook;
  actors: Actor[];
  links: Link[];
  notes: Note[];
  zones: Zone[];
  /**
   * Saved views (« vues »), in the order the wall's key goes through them. Optional: a map
   * without any (older databases, files and versions) has no key, and reads back the same.
   */
  views?: SavedView[];
}

export function newActor(fields: Pick<Actor, 'id' | 'label' | 'category' | 'x' | 'y'> & Partial<Actor>): Actor {
  return {
    engagement: null,
    times: [],
    contact: '',
    notes: '',
    ...fields,
  };
}

export function newLink(fields: Pick<Link, 'id' | 'source' | 'target' | 'kind'> & Partial<Link>): Link {
  return {
    intensity: 'reguliere',
    quality: null,
    status: 'existing',
    directed: false,
    obstacle: '',
    proposal: '',
    notes: '',
    ...fields,
  };
}

export function newNote(fields: Pick<Note, 'id' | 'kind' | 'text' | 'x' | 'y'> & Partial<Note>): Note {
  return { attachedTo: null, votes: 0, owners: [], priority: null, ...fields };
}
