import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import type { MapState } from '../../../shared/domain/model.js';
import { loadAtelier } from '../../support/load-atelier.js';
import { libreOfficeToPdf, pdfText, squash } from '../../support/readers.js';
import { seriesT0, seriesT1, type TerritoryOverTime, territoryOverTime } from '../../support/series-fixture.js';

/**
 * The Club's trajectories over a territory diagnosed three times, written through the real core.
 * Every figure is recounted here with plain loops from the truth the generator returns (who is
 * who from one workshop to the next), never with the app's matching.
 */
let dir: string;
let core: Core;
let bondy: TerritoryOverTime;
const ids: string[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-trajectoires-'));
  core = createCore({ dataDir: join(dir, 'donnees') });
  bondy = territoryOverTime();
  for (const step of bondy.steps) ids.push(loadAtelier(core, step));
  core.call('series.set', { workshopId: ids[0]!, name: 'Suivi de Bondy', memberIds: ids });
  // The renamed actors: no rule recognises them, the facilitator pairs them by hand.
  bondy.renamedPairs.forEach((pairs, i) => {
    core.call('series.decide', {
      workshopId: ids[i + 1]!,
      referenceId: ids[0]!,
      decisions: pairs.map((p) => ({ ...p, same: true })),
    });
  });
  // Grigny's two workshops stay unconfirmed: grouped by the territory's name, pairs left undecided.
  loadAtelier(core, seriesT0());
  loadAtelier(core, seriesT1());
  core.call('workshop.create', { title: 'Seul', territory: 'Évry', date: '2026-06-01' });
});

afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

const pairKey = (a: string, b: string) => [a, b].sort().join('|');

/** Existing links counted per unordered pair of actors, with the pair named by `rename`. */
function existingPerPair(map: MapState, rename: (id: string) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of map.links) {
    if (l.status !== 'existing') continue;
    const s = rename(l.source);
    const t = rename(l.target);
    if (s === undefined || t === undefined) continue;
    const key = pairKey(s, t);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('trajectories of the Club', () => {
  it('follows a confirmed series T0 → T2, every figure recounted with loops', () => {
    const all = core.call('club.trajectories', {});
    const trajectory = all.find((x) => x.name === 'Suivi de Bondy');
    if (!trajectory) throw new Error('trajectoire absente');
    expect(trajectory.confirmed).toBe(true);
    expect(trajectory.steps.map((s) => [s.workshopId, s.rank])).toEqual(ids.map((id, i) => [id, `T${i}`]));

    const t0 = bondy.steps[0]!.map;
    let desiredAtFirst = 0;
    for (const l of t0.links) if (l.status === 'desired') desiredAtFirst += 1;
    expect(trajectory.desiredAtFirst).toBe(desiredAtFirst);

    bondy.steps.forEach(({ map }, k) => {
      const step = trajectory.steps[k]!;
      let existing = 0;
      for (const l of map.links) if (l.status === 'existing') existing += 1;
      expect(step.actors).toBe(map.actors.length);
      expect(step.existingLinks).toBe(existing);
      expect(step.desiredLinks).toBe(map.links.length - existing);
      if (k === 0) {
        expect(step.sinceFirst).toBeNull();
        return;
      }
      const kept = bondy.kept[k - 1]!;
      const images = new Set(kept.values());
      let appeared = 0;
      for (const a of map.actors) if (!images.has(a.id)) appeared += 1;
      let left = 0;
      for (const a of t0.actors) if (!kept.has(a.id)) left += 1;

      // Cooperations per pair of actors, T0's named by their ids at step k.
      const before = existingPerPair(t0, (id) => kept.get(id));
      const now = existingPerPair(map, (id) => id);
      let born = 0;
      let gone = 0;
      for (const key of new Set([...before.keys(), ...now.keys()])) {
        const b = before.get(key) ?? 0;
        const n = now.get(key) ?? 0;
        if (n > b) born += n - b;
        if (b > n) gone += b - n;
      }
      // Links of T0 with an actor who left are gone too.
      for (const l of t0.links) if (l.status === 'existing' && (!kept.has(l.source) || !kept.has(l.target))) gone += 1;

      let realised = 0;
      for (const d of t0.links) {
        if (d.status !== 'desired') continue;
        const s = kept.get(d.source);
        const t = kept.get(d.target);
        if (s !== undefined && t !== undefined && (now.get(pairKey(s, t)) ?? 0) > 0) realised += 1;
      }
      expect(step.sinceFirst).toEqual({
        actorsAppeared: appeared,
        actorsLeft: left,
        cooperationsBorn: born,
        cooperationsGone: gone,
        desiredRealised: realised,
        realisedShare: desiredAtFirst > 0 ? realised / desiredAtFirst : null,
        unconfirmed: 0,
      });
    });
  });

  it('groups unconfirmed workshops by the territory’s name, and says that pairs are still to confirm', () => {
    const all = core.call('club.trajectories', {});
    const grigny = all.find((x) => x.name === 'Cité éducative de Grigny');
    expect(grigny?.confirmed).toBe(false);
    expect(grigny?.steps.map((s) => s.rank)).toEqual(['T0', 'T1']);
    expect(grigny?.steps[1]?.sinceFirst?.unconfirmed).toBe(2);
    // A territory seen once has no trajectory.
    expect(all.map((x) => x.name).sort()).toEqual(['Cité éducative de Grigny', 'Suivi de Bondy']);
    // The date filter applies: from 2027 on, Bondy has two workshops left and Grigny one.
    expect(core.call('club.trajectories', { from: '2027-01-01' }).map((x) => [x.name, x.steps.length])).toEqual([
      ['Suivi de Bondy', 2],
    ]);
  });

  it('writes the trajectories in the Club’s digest, read by LibreOffice', async () => {
    const file = await core.call('club.export', { format: 'docx' });
    const path = join(dir, file.fileName);
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const text = pdfText(libreOfficeToPdf(path, dir));
    expect(text).toContain(squash('Trajectoires des territoires'));
    expect(text).toContain(squash('Liens souhaités en T0 devenus réels'));
    const t2 = core.call('club.trajectories', {}).find((x) => x.name === 'Suivi de Bondy')!.steps[2]!;
    expect(text).toContain(
      squash(
        `${t2.sinceFirst!.desiredRealised} sur ${bondy.steps[0]!.map.links.filter((l) => l.status === 'desired').length}`,
      ),
    );
  }, 120_000);
});
