import type {
  Engagement,
  Intensity,
  LinkStatus,
  NoteKind,
  Priority,
  Quality,
  Stance,
  TimeOfLife,
} from '../domain/codebook.js';

/**
 * French names of the fixed vocabularies, as the summary, the exported files and the map
 * picture write them. (The summary is written in French whatever the UI language: it is the
 * workshop's document, sent to French partners.)
 */

export const engagementLabels: Record<Engagement, string> = {
  professionnel: 'Professionnel',
  benevole: 'Bénévole',
  habitant: 'Habitant',
};

export const timeLabels: Record<TimeOfLife, string> = {
  scolaire: 'Scolaire',
  periscolaire: 'Périscolaire',
  extrascolaire: 'Extrascolaire',
  famille: 'Famille',
};

export const intensityLabels: Record<Intensity, string> = {
  ponctuelle: 'Ponctuelle',
  reguliere: 'Régulière',
  forte: 'Forte',
};

export const qualityLabels: Record<Quality, string> = {
  fluide: 'Fluide',
  'a-ameliorer': 'À améliorer',
  difficile: 'Difficile',
};

export const statusLabels: Record<LinkStatus, string> = {
  existing: 'Existant',
  desired: 'Souhaité',
};

export const priorityLabels: Record<Priority, string> = {
  haute: 'Haute',
  moyenne: 'Moyenne',
  basse: 'Basse',
};

export const noteKindLabels: Record<NoteKind, { one: string; many: string }> = {
  constat: { one: 'Constat', many: 'Constats' },
  'point-appui': { one: 'Point d’appui', many: 'Points d’appui' },
  frein: { one: 'Frein', many: 'Freins' },
  besoin: { one: 'Besoin', many: 'Besoins' },
  'piste-action': { one: 'Piste d’action', many: 'Pistes d’action' },
  'pratique-inspirante': { one: 'Pratique inspirante', many: 'Pratiques inspirantes' },
};

/** What the summary says where a field was left empty. */
export const notGiven = 'Non renseigné';

/** An actor's stance towards the workshop's objective, one actor and several. */
export const stanceLabels: Record<Stance, { one: string; many: string }> = {
  favorable: { one: 'favorable', many: 'favorables' },
  neutre: { one: 'neutre', many: 'neutres' },
  reticent: { one: 'réticent', many: 'réticents' },
};
