import type { Database } from 'better-sqlite3';
import type { PersonPlace, PlaceKind } from '../../../shared/privacy/privacy-api.js';
import { mentionsTerm, scrubText } from '../../../shared/privacy/scrub.js';

/** What stands in a text, or for an actor, once a person asked to be erased. */
export const erasedName = 'Personne effacée';

/**
 * Finding and erasing a person across every workshop, in the live database or in a backup of
 * any schema (a table or column an older schema lacks is skipped). One traversal serves both,
 * so that what « Rechercher » shows is exactly what « Effacer » changes.
 */
type Row = Record<string, unknown>;
type Found = (place: Omit<PersonPlace, 'text'> & { text: string }) => void;

interface Context {
  term: string;
  found: Found;
  /** Set when erasing: each rule returns the new values it computed. */
  erase: boolean;
}

const quote = (text: string) => `«\u202f${text.length > 60 ? `${text.slice(0, 59)}…` : text}\u202f»`;

/** A text field: reported when it names the person, replaced when erasing. */
function field(ctx: Context, value: unknown, kind: PlaceKind, where: string): unknown {
  if (typeof value !== 'string' || !mentionsTerm(value, ctx.term)) return value;
  ctx.found({ kind, where, text: value });
  return ctx.erase ? scrubText(value, [{ text: ctx.term, replacement: erasedName }]) : value;
}

/**
 * An actor who is the person (named in its label or short name) loses its name, contact and
 * remarks; any other actor only the passages that name them.
 */
function actorRule(ctx: Context, actor: Row, prefix: string): Row {
  const label = String(actor.label ?? '');
  const shortLabel = typeof actor.shortLabel === 'string' ? actor.shortLabel : '';
  const where = `${prefix}Acteur ${quote(label)}`;
  if (mentionsTerm(label, ctx.term) || mentionsTerm(shortLabel, ctx.term)) {
    ctx.found({ kind: 'acteur', where, text: [label, shortLabel].filter(Boolean).join(' · ') });
    for (const [key, kind, what] of [
      ['contact', 'contact', 'contact'],
      ['notes', 'remarque', 'remarques'],
    ] as const) {
      const text = actor[key];
      if (typeof text === 'string' && text) ctx.found({ kind, where: `${where} — ${what}`, text });
    }
    if (!ctx.erase) return actor;
    const { shortLabel: _dropped, ...rest } = actor;
    return { ...rest, label: erasedName, contact: '', notes: '' };
  }
  return {
    ...actor,
    contact: field(ctx, actor.contact, 'contact', `${where} — contact`),
    notes: field(ctx, actor.notes, 'remarque', `${where} — remarques`),
  };
}

function linkRule(ctx: Context, link: Row, prefix: string): Row {
  const where = `${prefix}Lien`;
  return {
    ...link,
    obstacle: field(ctx, link.obstacle, 'lien', `${where} — obstacle`),
    proposal: field(ctx, link.proposal, 'lien', `${where} — proposition`),
    notes: field(ctx, link.notes, 'remarque', `${where} — remarques`),
  };
}

function participantRule(ctx: Context, participant: Row): Row {
  const name = String(participant.name ?? '');
  if (mentionsTerm(name, ctx.term)) {
    ctx.found({
      kind: 'participant',
      where: 'Participant',
      text: [name, participant.structure, participant.role].filter(Boolean).join(' · '),
    });
    return ctx.erase ? { ...participant, name: erasedName, role: '' } : participant;
  }
  return {
    ...participant,
    structure: field(ctx, participant.structure, 'participant', 'Participant — structure'),
    role: field(ctx, participant.role, 'participant', 'Participant — rôle'),
  };
}

const asRows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

/** A map kept as JSON (a version): the same rules as the tables. */
function mapRule(ctx: Context, map: Row, prefix: string): Row {
  return {
    ...map,
    actors: asRows(map.actors).map((a) => actorRule(ctx, a, prefix)),
    links: asRows(map.links).map((l) => linkRule(ctx, l, prefix)),
    notes: asRows(map.notes).map((n) => ({ ...n, text: field(ctx, n.text, 'note', `${prefix}Note`) })),
    zones: asRows(map.zones).map((z) => ({ ...z, label: field(ctx, z.label, 'zone', `${prefix}Zone`) })),
    ...(Array.isArray(map.views) ? { views: viewsRule(ctx, map.views, prefix) } : {}),
  };
}

function viewsRule(ctx: Context, views: unknown, prefix: string): Row[] {
  return asRows(views).map((v) => ({ ...v, name: field(ctx, v.name, 'vue', `${prefix}Vue enregistrée`) }));
}

function json(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Columns of a table, or none when the table does not exist (an older backup). */
function columnsOf(db: Database, table: string): Set<string> {
  const rows = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
  return new Set(rows);
}

/** Every string inside a JSON value (a phone's proposal), whatever its shape. */
function leaves(ctx: Context, value: unknown, where: string): unknown {
  if (typeof value === 'string') return field(ctx, value, 'proposition', where);
  if (Array.isArray(value)) return value.map((item) => leaves(ctx, item, where));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, leaves(ctx, item, where)]));
  }
  return value;
}

/** Column in the database → key in the model, for actors. */
const actorColumns: Record<string, string> = {
  label: 'label',
  short_label: 'shortLabel',
  contact: 'contact',
  notes: 'notes',
};

interface TableRule {
  table: string;
  /** The column that names the workshop. */
  workshop: string;
  columns: string[];
  apply: (ctx: Context, row: Row) => Row;
}

const tableRules: TableRule[] = [
  {
    table: 'workshops',
    workshop: 'id',
    columns: ['title', 'territory', 'facilitator', 'objective', 'participants', 'views', 'series'],
    apply: (ctx, row) => {
      const participants = json(row.participants);
      const views = json(row.views);
      return {
        ...row,
        title: field(ctx, row.title, 'titre', 'Titre'),
        territory: field(ctx, row.territory, 'territoire', 'Territoire'),
        facilitator: field(ctx, row.facilitator, 'animation', 'Animation'),
        objective: field(ctx, row.objective, 'objectif', 'Objectif'),
        series: field(ctx, row.series, 'titre', 'Suivi du territoire — nom'),
        ...(Array.isArray(participants)
          ? { participants: JSON.stringify(asRows(participants).map((p) => participantRule(ctx, p))) }
          : {}),
        ...(Array.isArray(views) ? { views: JSON.stringify(viewsRule(ctx, views, '')) } : {}),
      };
    },
  },
  {
    table: 'actors',
    workshop: 'workshop_id',
    columns: Object.keys(actorColumns),
    apply: (ctx, row) => {
      const actor = Object.fromEntries(Object.entries(actorColumns).map(([column, key]) => [key, row[column]]));
      const after = actorRule(ctx, actor, '');
      return Object.fromEntries(
        Object.entries(actorColumns).map(([column, key]) => [column, key in after ? after[key] : null]),
      );
    },
  },
  {
    table: 'links',
    workshop: 'workshop_id',
    columns: ['obstacle', 'proposal', 'notes'],
    apply: (ctx, row) => linkRule(ctx, row, ''),
  },
  {
    table: 'notes',
    workshop: 'workshop_id',
    columns: ['text'],
    apply: (ctx, row) => ({ ...row, text: field(ctx, row.text, 'note', 'Note') }),
  },
  {
    table: 'zones',
    workshop: 'workshop_id',
    columns: ['label'],
    apply: (ctx, row) => ({ ...row, label: field(ctx, row.label, 'zone', 'Zone') }),
  },
  {
    table: 'snapshots',
    workshop: 'workshop_id',
    columns: ['name', 'json'],
    apply: (ctx, row) => {
      const name = String(row.name ?? '');
      const prefix = `Version ${quote(name)} — `;
      const document = json(row.json) as Row | undefined;
      const map = document && typeof document.map === 'object' && document.map ? (document.map as Row) : undefined;
      return {
        ...row,
        name: field(ctx, row.name, 'version', 'Version — nom'),
        ...(map ? { json: JSON.stringify({ ...document, map: mapRule(ctx, map, prefix) }) } : {}),
      };
    },
  },
  {
    table: 'facilitation',
    workshop: 'workshop_id',
    columns: ['state'],
    apply: (ctx, row) => {
      const state = json(row.state) as Row | undefined;
      const questions = state?.questions;
      if (!state || !questions || typeof questions !== 'object') return row;
      const rewritten = Object.fromEntries(
        Object.entries(questions as Row).map(([step, text]) => [
          step,
          field(ctx, text, 'question', 'Question d’étape'),
        ]),
      );
      return { ...row, state: JSON.stringify({ ...state, questions: rewritten }) };
    },
  },
  {
    // Proposals sent from the participants' phones (the room), with the name they typed.
    table: 'room_proposals',
    workshop: 'workshop_id',
    columns: ['body', 'author'],
    apply: (ctx, row) => {
      const body = json(row.body);
      return {
        ...row,
        author: field(ctx, row.author, 'proposition', 'Proposition d’un téléphone — auteur'),
        body:
          body === undefined
            ? field(ctx, row.body, 'proposition', 'Proposition d’un téléphone')
            : JSON.stringify(leaves(ctx, body, 'Proposition d’un téléphone')),
      };
    },
  },
];

/**
 * Visits every text of every workshop that could name a person; reports each place that does,
 * and when `erase` rewrites it. Returns how many rows changed.
 */
function visit(
  db: Database,
  term: string,
  found: (workshopId: string, place: PersonPlace) => void,
  erase: boolean,
): number {
  let changed = 0;
  for (const rule of tableRules) {
    const present = columnsOf(db, rule.table);
    const columns = rule.columns.filter((c) => present.has(c));
    if (!present.has(rule.workshop) || columns.length === 0) continue;
    const rows = db
      .prepare(`SELECT rowid AS _rowid, ${rule.workshop} AS _workshop, ${columns.join(', ')} FROM ${rule.table}`)
      .all() as Row[];
    const update = erase
      ? db.prepare(`UPDATE ${rule.table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE rowid = ?`)
      : undefined;
    for (const row of rows) {
      const workshopId = String(row._workshop);
      let hits = 0;
      const ctx: Context = {
        term,
        erase,
        found: (place) => {
          hits++;
          found(workshopId, place);
        },
      };
      const after = rule.apply(ctx, row);
      if (update && hits > 0) {
        update.run(...columns.map((c) => (after[c] === undefined ? null : after[c])), row._rowid);
        changed++;
      }
    }
  }
  return changed;
}

/** Every place, workshop by workshop, where the text names someone. */
export function findPersonPlaces(db: Database, term: string): Map<string, PersonPlace[]> {
  const byWorkshop = new Map<string, PersonPlace[]>();
  visit(
    db,
    term,
    (workshopId, place) => {
      const places = byWorkshop.get(workshopId) ?? [];
      places.push(place);
      byWorkshop.set(workshopId, places);
    },
    false,
  );
  return byWorkshop;
}

/** Replaces the person everywhere, in one transaction; how many rows changed. */
export function erasePersonRows(db: Database, term: string): number {
  return db.transaction(() => visit(db, term, () => undefined, true))();
}

/** Whether a database (a backup) names the person anywhere. */
export function namesPerson(db: Database, term: string): boolean {
  return findPersonPlaces(db, term).size > 0;
}
