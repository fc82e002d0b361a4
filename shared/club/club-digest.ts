import { formatDate, formatPercent } from '../synthese/french.js';
import type { ClubFigures, DateRange } from './club-model.js';
import type { MissingCooperation } from './club-questions.js';
import type { Practice } from './practices.js';
import type { Trajectory } from './trajectory.js';

/** The Club's digest, one model for the DOCX, the PDF and the CSV: plain strings in rows. */
export interface ClubDigest {
  title: string;
  /** « Ateliers du 1er mars 2026 au 30 juin 2026 », or « Tous les ateliers ». */
  period: string;
  generatedAt: string;
  /** One row per territory. */
  figures: { headers: string[]; rows: string[][]; numeric: number[] };
  /** One row per territory and category: the long form a spreadsheet pivots easily. */
  byCategory: { headers: string[]; rows: string[][] };
  missing: { headers: string[]; rows: string[][] };
  /** One row per workshop of a territory seen more than once, T0 first. */
  trajectories: { headers: string[]; rows: string[][]; numeric: number[] };
  practices: { territory: string; date: string; text: string; actors: string }[];
}

const maxMissing = 15;

export function periodText(range: DateRange): string {
  const from = range.from ? formatDate(range.from) : '';
  const to = range.to ? formatDate(range.to) : '';
  if (from && to) return `Ateliers du ${from} au ${to}`;
  if (from) return `Ateliers à partir du ${from}`;
  if (to) return `Ateliers jusqu’au ${to}`;
  return 'Tous les ateliers';
}

/** Ratios as the French read them, or « — » when there is nothing to divide. */
const percent = (value: number | null) => (value === null ? '—' : formatPercent(value));

export const figureHeaders = [
  'Territoire',
  'Date',
  'Reçu (lecture seule)',
  'Acteurs',
  'Coopérations existantes',
  'Liens souhaités',
  'Part des liens souhaités',
  'Densité',
  'Acteurs isolés',
  'Catégories sans lien avec l’école',
];

export const trajectoryHeaders = [
  'Territoire',
  'Étape',
  'Date',
  'Atelier',
  'Acteurs',
  'Coopérations existantes',
  'Liens souhaités',
  'Acteurs apparus / partis depuis T0',
  'Coopérations nées / disparues depuis T0',
  'Liens souhaités en T0 devenus réels',
  'Paires d’acteurs à confirmer',
];

export function clubDigest(input: {
  figures: ClubFigures;
  missing: readonly MissingCooperation[];
  practices: readonly Practice[];
  trajectories: readonly Trajectory[];
  range: DateRange;
  generatedAt: string;
}): ClubDigest {
  const { figures } = input;
  return {
    title: 'Club des cités éducatives — chiffres clés des territoires',
    period: periodText(input.range),
    generatedAt: input.generatedAt,
    figures: {
      headers: figureHeaders,
      numeric: [3, 4, 5, 8],
      rows: figures.territories.map((t) => [
        t.territory,
        t.date ? formatDate(t.date) : '',
        t.clubOnly ? 'oui' : 'non',
        String(t.actors),
        String(t.existingLinks),
        String(t.desiredLinks),
        percent(t.desiredShare),
        t.actors >= 2 ? formatPercent(t.density) : '—',
        String(t.isolated.length),
        t.categoriesWithoutSchoolLink.join(', '),
      ]),
    },
    byCategory: {
      headers: ['Territoire', 'Catégorie', 'Acteurs'],
      rows: figures.territories.flatMap((t) =>
        t.actorsByCategory.filter((c) => c.count > 0).map((c) => [t.territory, c.label, String(c.count)]),
      ),
    },
    missing: {
      headers: ['Coopération souhaitée entre', 'et', 'Territoires', 'Liens souhaités'],
      rows: input.missing
        .slice(0, maxMissing)
        .map((m) => [m.sides[0], m.sides[1], `${m.territories.length} (${m.territories.join(', ')})`, String(m.links)]),
    },
    trajectories: {
      headers: trajectoryHeaders,
      numeric: [4, 5, 6],
      rows: input.trajectories.flatMap((x) =>
        x.steps.map((s) => [
          x.confirmed ? x.name : `${x.name} (d’après le nom du territoire)`,
          s.rank,
          s.date ? formatDate(s.date) : '',
          s.title,
          String(s.actors),
          String(s.existingLinks),
          String(s.desiredLinks),
          s.sinceFirst ? `+${s.sinceFirst.actorsAppeared} / −${s.sinceFirst.actorsLeft}` : '',
          s.sinceFirst ? `+${s.sinceFirst.cooperationsBorn} / −${s.sinceFirst.cooperationsGone}` : '',
          s.sinceFirst
            ? `${s.sinceFirst.desiredRealised} sur ${x.desiredAtFirst} (${percent(s.sinceFirst.realisedShare)})`
            : '',
          s.sinceFirst && s.sinceFirst.unconfirmed > 0 ? String(s.sinceFirst.unconfirmed) : '',
        ]),
      ),
    },
    practices: input.practices.map((p) => ({
      territory: p.territory,
      date: p.date ? formatDate(p.date) : '',
      text: p.text,
      actors: p.actors.map((a) => a.label).join(', '),
    })),
  };
}
