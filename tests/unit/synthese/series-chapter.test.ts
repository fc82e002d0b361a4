import { describe, expect, it } from 'vitest';
import { diagnosticOf, seriesChapter } from '../../../shared/synthese/series-chapter.js';
import { seriesPairsToConfirm, seriesT0, seriesT1 } from '../../support/series-fixture.js';

const reference = (date: string) => ({ title: 'Premier diagnostic', date, rank: 0, map: seriesT0().map });
const confirmed = seriesPairsToConfirm.map((p) => ({ ...p, same: true }));

describe('the chapter « Depuis le diagnostic de… »', () => {
  it('names the month of the first diagnostic, with the elision French wants', () => {
    expect(diagnosticOf({ title: 'x', date: '2026-03-12' })).toBe('de mars 2026');
    expect(diagnosticOf({ title: 'x', date: '2026-04-02' })).toBe('d’avril 2026');
    expect(diagnosticOf({ title: 'x', date: '2026-08-30' })).toBe('d’août 2026');
    expect(diagnosticOf({ title: 'Le premier', date: '' })).toBe('«\u202fLe premier\u202f»');
  });

  it('is titled by the first diagnostic and says who appeared, left, and what came true', () => {
    const chapter = seriesChapter(
      { name: 'Grigny', reference: reference('2026-03-12'), rank: 1, decisions: confirmed },
      seriesT1().map,
    );
    expect(chapter.title).toBe('Depuis le diagnostic de mars 2026');
    expect(chapter.actorsAppeared).toEqual(['Foot club', 'Mission locale']);
    expect(chapter.actorsLeft).toEqual(['Judo club']);
    expect(chapter.desiredBefore).toBe(3);
    expect(chapter.desiredRealisedCount).toBe(2);
    expect(chapter.cooperationsChanged.map((r) => r.detail)).toEqual([
      'intensité\u00a0: Ponctuelle → Forte',
      'qualité\u00a0: À améliorer → Fluide',
    ]);
    expect(chapter.unconfirmed).toBe(0);
  });

  it('says when one desired link was drawn and whether it exists now', () => {
    const t0 = seriesT0();
    t0.map.links = t0.map.links.filter((l) => l.id !== 'd2' && l.id !== 'd3');
    const chapter = seriesChapter(
      { name: 'Grigny', reference: { ...reference(''), map: t0.map }, rank: 2, decisions: confirmed },
      seriesT1().map,
    );
    expect(chapter.title).toBe('Depuis le diagnostic «\u202fPremier diagnostic\u202f»');
    expect(chapter.rank).toBe('T2');
    expect(chapter.sentences).toContain(
      'Le lien souhaité lors du diagnostic «\u202fPremier diagnostic\u202f» existe désormais.',
    );
  });

  it('counts the pairs not confirmed, and says what to do about them', () => {
    const chapter = seriesChapter(
      { name: 'Grigny', reference: reference('2026-03-12'), rank: 1, decisions: [] },
      seriesT1().map,
    );
    expect(chapter.unconfirmed).toBe(2);
    expect(chapter.sentences.at(-1)).toMatch(
      /^2 rapprochements d’acteurs n’ont pas été confirmés.*Suivi du territoire/,
    );
  });
});
