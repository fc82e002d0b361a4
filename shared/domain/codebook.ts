import type { Category, Codebook, LinkKind } from './codebook-schema.js';

/**
 * Default codebooks of design.md §3. Each category carries a colour AND a shape; each link
 * kind a colour AND its written label on the line (dashes are kept for desired links), so
 * that meaning never rests on colour alone (washed-out projectors, colour-blind participants).
 */

export const shapeIds = [
  'rectangle',
  'arrondi',
  'hexagone',
  'octogone',
  'ellipse',
  'pilule',
  'parallelogramme',
  'fleche',
  'double',
  'maison',
  'pointille',
] as const;
export type Shape = (typeof shapeIds)[number];

export type { Category, Codebook, LinkKind } from './codebook-schema.js';

/** Colours from the Okabe–Ito palette first (colour-blind safe), then darker tones. */
export const defaultCategories: readonly Category[] = [
  { id: 'education', label: 'Éducation nationale', color: '#0072B2', shape: 'rectangle' },
  { id: 'commune', label: 'Commune / ville', color: '#E69F00', shape: 'arrondi' },
  { id: 'departement', label: 'Département (ASE, PMI, service social)', color: '#D55E00', shape: 'hexagone' },
  { id: 'etat', label: 'État (préfecture, PJJ, justice, police)', color: '#4D4D4D', shape: 'octogone' },
  { id: 'protection-sociale', label: 'Protection sociale (CAF, MSA, CPAM)', color: '#56B4E9', shape: 'ellipse' },
  { id: 'sante', label: 'Santé', color: '#009E73', shape: 'pilule' },
  { id: 'prevention', label: 'Prévention spécialisée', color: '#CC79A7', shape: 'parallelogramme' },
  { id: 'centres-sociaux', label: 'Centres sociaux et éducation populaire', color: '#B8860B', shape: 'fleche' },
  { id: 'associations', label: 'Associations (sport, culture, soutien scolaire…)', color: '#6A3D9A', shape: 'double' },
  { id: 'parents', label: 'Parents et habitants', color: '#8C510A', shape: 'maison' },
  { id: 'autres', label: 'Autres', color: '#7F7F7F', shape: 'pointille' },
];

export const defaultLinkKinds: readonly LinkKind[] = [
  { id: 'information', label: 'Échange d’information', color: '#0072B2' },
  { id: 'orientation', label: 'Orientation', color: '#D55E00' },
  { id: 'action-commune', label: 'Action commune', color: '#009E73' },
  { id: 'instance', label: 'Instance partagée', color: '#CC79A7' },
  { id: 'convention', label: 'Convention / financement', color: '#4D4D4D' },
  { id: 'autre', label: 'Autre', color: '#7F7F7F' },
];

export function defaultCodebook(): Codebook {
  return {
    categories: defaultCategories.map((c) => ({ ...c })),
    linkKinds: defaultLinkKinds.map((k) => ({ ...k })),
  };
}

export const engagementIds = ['professionnel', 'benevole', 'habitant'] as const;
export type Engagement = (typeof engagementIds)[number];

export const timeIds = ['scolaire', 'periscolaire', 'extrascolaire', 'famille'] as const;
export type TimeOfLife = (typeof timeIds)[number];

/**
 * An actor's stance towards the workshop's objective (Net-Map): for it, neutral, or reluctant.
 * Optional on an actor, like its influence (0 to 5, `maxInfluence`) on the workshop's question.
 */
export const stanceIds = ['favorable', 'neutre', 'reticent'] as const;
export type Stance = (typeof stanceIds)[number];

/** Influence runs from 0 (none) to this, as Net-Map's towers of up to five counters. */
export const maxInfluence = 5;

export const intensityIds = ['ponctuelle', 'reguliere', 'forte'] as const;
export type Intensity = (typeof intensityIds)[number];

export const qualityIds = ['fluide', 'a-ameliorer', 'difficile'] as const;
export type Quality = (typeof qualityIds)[number];

export const linkStatusIds = ['existing', 'desired'] as const;
export type LinkStatus = (typeof linkStatusIds)[number];

export function findCategory(codebook: Codebook, id: string): Category {
  return (
    codebook.categories.find((c) => c.id === id) ??
    codebook.categories[codebook.categories.length - 1] ??
    defaultCategories[defaultCategories.length - 1]!
  );
}

export function findLinkKind(codebook: Codebook, id: string): LinkKind {
  return (
    codebook.linkKinds.find((k) => k.id === id) ??
    codebook.linkKinds[codebook.linkKinds.length - 1] ??
    defaultLinkKinds[defaultLinkKinds.length - 1]!
  );
}

/** What the group says, sorted as the diagnostic's method asks (design.md §1). */
export const noteKindIds = [
  'constat',
  'point-appui',
  'frein',
  'besoin',
  'piste-action',
  'pratique-inspirante',
] as const;
export type NoteKind = (typeof noteKindIds)[number];

export const priorityIds = ['haute', 'moyenne', 'basse'] as const;
export type Priority = (typeof priorityIds)[number];
