import {
  type Engagement,
  type Intensity,
  type LinkStatus,
  maxInfluence,
  type Quality,
  type Stance,
  type TimeOfLife,
} from '../../domain/codebook.js';
import { fold } from '../fold.js';

/**
 * Cell values as people type them, French and English, folded like headers. Each table maps a
 * folded word to the model's value; an empty cell takes the model's default.
 */
function table<T>(entries: Record<string, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(entries)) for (const word of words) map.set(word, value as T);
  return map;
}

const engagements = table<Engagement>({
  professionnel: ['professionnel', 'professionnelle', 'professionnels', 'pro', 'professional', 'salarie', 'salarie e'],
  benevole: ['benevole', 'benevoles', 'volunteer', 'volontaire', 'associatif'],
  habitant: ['habitant', 'habitante', 'habitants', 'habitant e', 'resident', 'parent', 'parents'],
});

const times = table<TimeOfLife>({
  scolaire: ['scolaire', 'school', 'ecole', 'temps scolaire'],
  periscolaire: ['periscolaire', 'peri scolaire', 'after school', 'temps periscolaire'],
  extrascolaire: ['extrascolaire', 'extra scolaire', 'extracurricular', 'vacances', 'temps extrascolaire'],
  famille: ['famille', 'familial', 'family', 'maison', 'temps familial'],
});

const intensities = table<Intensity>({
  ponctuelle: [
    'ponctuelle',
    'ponctuel',
    'occasionnelle',
    'occasionnel',
    'rare',
    'faible',
    'occasional',
    'weak',
    'low',
    '1',
  ],
  reguliere: ['reguliere', 'regulier', 'moyenne', 'regular', 'medium', '2'],
  forte: ['forte', 'fort', 'intense', 'frequente', 'strong', 'high', '3'],
});

const qualities = table<Quality>({
  fluide: ['fluide', 'bonne', 'bon', 'bien', 'good', 'smooth', 'fluid'],
  'a-ameliorer': ['a ameliorer', 'ameliorable', 'moyenne', 'moyen', 'to improve', 'could be better', 'fair'],
  difficile: ['difficile', 'mauvaise', 'tendue', 'conflictuelle', 'difficult', 'poor', 'bad'],
});

const statuses = table<LinkStatus>({
  existing: ['existant', 'existante', 'existe', 'actuel', 'actuelle', 'existing', 'current', 'oui'],
  desired: [
    'souhaite',
    'souhaitee',
    'manquant',
    'manquante',
    'a creer',
    'a construire',
    'desire',
    'desired',
    'missing',
    'wanted',
    'non',
  ],
});

const stances = table<Stance>({
  favorable: [
    'favorable',
    'favorables',
    'pour',
    'positif',
    'positive',
    'soutien',
    'allie',
    'in favour',
    'in favor',
    'for',
    'supportive',
  ],
  neutre: ['neutre', 'neutres', 'neutral', 'indifferent', 'indifferente', 'sans avis'],
  reticent: [
    'reticent',
    'reticente',
    'reticents',
    'oppose',
    'opposee',
    'contre',
    'hostile',
    'defavorable',
    'negatif',
    'negative',
    'reluctant',
    'against',
    'opposed',
  ],
});

const directions = booleanTable({
  yes: [
    'oriente',
    'unidirectionnel',
    'un sens',
    'sens unique',
    'a vers b',
    'source vers cible',
    'one way',
    'directed',
    'oui',
    'yes',
  ],
  no: ['mutuel', 'reciproque', 'deux sens', 'bidirectionnel', 'a b', 'both', 'mutual', 'two way', 'non', 'no'],
});

const booleans = booleanTable({
  yes: ['oui', 'o', 'x', 'vrai', 'yes', 'y', 'true', '1', 'present', 'presente'],
  no: ['non', 'n', 'faux', 'no', 'false', '0', 'absent', 'absente'],
});

function booleanTable(words: { yes: readonly string[]; no: readonly string[] }): Map<string, boolean> {
  return new Map([...words.yes.map((w) => [w, true] as const), ...words.no.map((w) => [w, false] as const)]);
}

/** A parsed cell: its value, or unknown when the word is not one the table knows. */
export type CellValue<T> = { ok: true; value: T } | { ok: false };

function lookup<T>(map: Map<string, T>, cell: string, empty: T): CellValue<T> {
  if (cell.trim() === '') return { ok: true, value: empty };
  const found = map.get(fold(cell));
  return found === undefined ? { ok: false } : { ok: true, value: found };
}

export const parseEngagement = (cell: string) => lookup<Engagement | null>(engagements, cell, null);
export const parseIntensity = (cell: string) => lookup<Intensity>(intensities, cell, 'reguliere');
export const parseQuality = (cell: string) => lookup<Quality | null>(qualities, cell, null);
export const parseStatus = (cell: string) => lookup<LinkStatus>(statuses, cell, 'existing');
export const parsePresent = (cell: string) => lookup<boolean>(booleans, cell, false);

/** A stance as typed, or a sign: + for, = neutral, − against. Empty: not given. */
export function parseStance(cell: string): CellValue<Stance | null> {
  const sign = cell.trim();
  if (sign === '+') return { ok: true, value: 'favorable' };
  if (sign === '=') return { ok: true, value: 'neutre' };
  if (sign === '-' || sign === '−') return { ok: true, value: 'reticent' };
  return lookup<Stance | null>(stances, cell, null);
}

/** An influence from 0 to 5, as « 4 », « 4/5 » or « 4 sur 5 ». Empty: not given. */
export function parseInfluence(cell: string): CellValue<number | null> {
  const text = cell.trim();
  if (text === '') return { ok: true, value: null };
  const match = /^(\d)(?:\s*(?:\/|sur|out of)\s*5)?$/i.exec(text);
  const value = match ? Number(match[1]) : Number.NaN;
  return value >= 0 && value <= maxInfluence ? { ok: true, value } : { ok: false };
}

export function parseDirected(cell: string): CellValue<boolean> {
  // Arrows say the direction better than words: → one way, ↔ both ways.
  const arrow = cell.trim();
  if (arrow === '→' || arrow === '->' || arrow === '>') return { ok: true, value: true };
  if (arrow === '↔' || arrow === '<->' || arrow === '<>' || arrow === '-') return { ok: true, value: false };
  return lookup<boolean>(directions, cell, false);
}

/** Several times in one cell, separated by , ; / + or « et »: each must be known. */
export function parseTimes(cell: string): CellValue<TimeOfLife[]> {
  const parts = cell
    .split(/[,;/+|]|\bet\b|\band\b/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const found: TimeOfLife[] = [];
  for (const part of parts) {
    const time = times.get(fold(part));
    if (time === undefined) return { ok: false };
    if (!found.includes(time)) found.push(time);
  }
  return { ok: true, value: found };
}
