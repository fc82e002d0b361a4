import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../electron/core/create-core.js';
import { type Figure, figure, median, percentile } from './figures.js';
import { generateMap } from './generate.js';
import { loadIntoCore } from './load.js';

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Save: one `map.apply` of one `actor.move` through the real core (validation, applyOp, one
 * transaction, WAL, synchronous=FULL) against a single-row insert in a bare better-sqlite3
 * database with the same pragmas, in the same folder, alternating so both see the same disk.
 * The p99 of 1,000 saves is about the tenth slowest: a few fsyncs stalled by another program on
 * a shared disk move it, so the series is run `rounds` times and the median of each is kept,
 * every round's ratio shown in the note.
 */
export function measureSave(workDir: string, operations: number, actorCount: number, rounds = 1): Figure[] {
  const core = createCore({ dataDir: join(workDir, 'save-core') });
  const bare = new BetterSqlite3(join(workDir, 'bare-insert.sqlite'));
  try {
    const map = generateMap(actorCount);
    const workshopId = loadIntoCore(core, 'Banc : enregistrement', map);
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.exec('CREATE TABLE moves (id INTEGER PRIMARY KEY, actor TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL)');
    const insert = bare.prepare('INSERT INTO moves (actor, x, y) VALUES (?, ?, ?)');

    const series = (): { core: number[]; bare: number[] } => {
      const coreTimes: number[] = [];
      const bareTimes: number[] = [];
      const warmup = Math.min(20, operations);
      for (let i = 0; i < operations + warmup; i++) {
        const actor = map.actors[i % map.actors.length]!;
        const x = actor.x + (i % 7);
        const y = actor.y + (i % 5);

        let start = process.hrtime.bigint();
        const answer = core.dispatch('map.apply', {
          workshopId,
          ops: [{ type: 'actor.move', moves: [{ id: actor.id, x, y }] }],
          origin: 'bench',
        });
        const coreMs = elapsedMs(start);
        if (!answer.ok) throw new Error(`map.apply refusé : ${answer.error.message}`);

        start = process.hrtime.bigint();
        insert.run(actor.id, x, y);
        const bareMs = elapsedMs(start);

        if (i >= warmup) {
          coreTimes.push(coreMs);
          bareTimes.push(bareMs);
        }
      }
      return { core: coreTimes, bare: bareTimes };
    };
    const p50 = { core: [] as number[], bare: [] as number[] };
    const p99 = { core: [] as number[], bare: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      const { core: coreTimes, bare: bareTimes } = series();
      p50.core.push(percentile(coreTimes, 50));
      p50.bare.push(percentile(bareTimes, 50));
      p99.core.push(percentile(coreTimes, 99));
      p99.bare.push(percentile(bareTimes, 99));
    }
    const perRound = (of: { core: number[]; bare: number[] }) =>
      rounds > 1
        ? `médiane de ${rounds} séries ; ratio de chaque série : ${of.core.map((c, i) => (c / (of.bare[i] ?? c)).toFixed(2)).join(', ')}`
        : undefined;
    const label = `${operations} ops, carte de ${actorCount} acteurs`;
    return [
      figure(`save p50 (${label})`, median(p50.core), 'ms', { floor: median(p50.bare), note: perRound(p50) }),
      figure(`save p99 (${label})`, median(p99.core), 'ms', {
        floor: median(p99.bare),
        limit: { on: 'ratio', max: 2 },
        note: perRound(p99),
      }),
    ];
  } finally {
    core.close();
    bare.close();
  }
}
