import { fold } from '../fold.js';

/**
 * Column names as people write them in their spreadsheets, French and English, compared after
 * fold() (case, accents, punctuation): « Catégorie », « CATEGORIE » and « catégorie : » are the
 * same header. A header matches a field when it equals one of its names, or starts with one
 * followed by more words (« Nom de la structure », « Présent(e) à l’atelier »).
 */
export const actorHeaderNames = {
  // First: « Nom court de la structure » is the short name, not « Nom » followed by more words.
  shortLabel: ['sigle', 'sigles', 'nom court', 'acronyme', 'abreviation', 'short name', 'short label', 'acronym'],
  label: [
    'nom',
    'name',
    'acteur',
    'actor',
    'structure',
    'organisation',
    'organization',
    'organisme',
    'libelle',
    'intitule',
  ],
  category: ['categorie', 'category', 'type', 'famille', 'family', 'secteur'],
  engagement: ['engagement', 'nature de l engagement'],
  times: ['temps', 'times', 'temps couverts', 'time'],
  contact: ['contact', 'courriel', 'email', 'e mail', 'mail', 'telephone', 'tel', 'phone'],
  notes: [
    'notes',
    'note',
    'commentaire',
    'commentaires',
    'comment',
    'comments',
    'remarque',
    'remarques',
    'observations',
  ],
  // « Représenté » as Maillage writes it, « Présent » as older files and spreadsheets do: either
  // way the actor becomes represented by a participant whose name was not noted.
  present: [
    'represente',
    'representee',
    'representation',
    'present',
    'presente',
    'present e',
    'presence',
    'presents',
    'present at workshop',
    'represented',
    'attending',
  ],
  influence: ['influence', 'pouvoir', 'power', 'poids'],
  stance: ['position', 'posture', 'positionnement', 'attitude', 'stance', 'avis'],
} as const;

export const linkHeaderNames = {
  source: ['source', 'de', 'depuis', 'from', 'acteur 1', 'acteur a', 'origine', 'actor 1', 'actor a'],
  target: ['cible', 'vers', 'target', 'to', 'acteur 2', 'acteur b', 'destination', 'partenaire', 'actor 2', 'actor b'],
  kind: ['type', 'nature', 'kind', 'type de cooperation', 'type de lien', 'cooperation'],
  intensity: ['intensite', 'intensity', 'frequence', 'frequency'],
  quality: ['qualite', 'quality'],
  status: ['statut', 'status', 'etat'],
  directed: ['sens', 'direction', 'directed', 'oriente'],
  obstacle: ['obstacle', 'obstacles', 'frein', 'freins'],
  proposal: ['proposition', 'propositions', 'proposal', 'piste', 'piste d action'],
  notes: ['notes', 'note', 'commentaire', 'commentaires', 'comment', 'comments', 'remarque', 'remarques'],
} as const;

export type ActorField = keyof typeof actorHeaderNames;
export type LinkField = keyof typeof linkHeaderNames;

export interface ColumnMatch<F extends string> {
  /** The column of each recognised field (the first one when two columns say the same). */
  columns: Partial<Record<F, number>>;
  /** Headers that matched no field, as written: their cells are not imported. */
  ignored: string[];
}

function matches(header: string, name: string): boolean {
  return header === name || header.startsWith(`${name} `);
}

export function matchHeaders<F extends string>(
  headers: readonly string[],
  names: Readonly<Record<F, readonly string[]>>,
): ColumnMatch<F> {
  const columns: Partial<Record<F, number>> = {};
  const ignored: string[] = [];
  const fields = Object.keys(names) as F[];
  headers.forEach((raw, index) => {
    const header = fold(raw);
    if (header === '') return;
    // An exact name wins over a prefix: « type de lien » is the kind even if « type » came first.
    const field =
      fields.find((f) => columns[f] === undefined && names[f].includes(header)) ??
      fields.find((f) => columns[f] === undefined && names[f].some((name) => matches(header, name)));
    if (field === undefined) ignored.push(raw.trim());
    else columns[field] = index;
  });
  return { columns, ignored };
}
