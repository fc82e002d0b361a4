import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createCore } from '../electron/core/create-core.js';
import { type Figure, figure, percentile } from './figures.js';
import { generateMap } from './generate.js';
import { loadIntoCore } from './load.js';

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Save: one `map.apply` of one `actor.move` through the real core (validation, applyOp, one
 * transaction, WAL, synchronous=FULL) against a single-row insert in a bare better-sqlite3
 * database with the same pragmas, in the same folder, alternating so both see the same disk.
 */
export function measureSave(workDir: string, operations: number, actorCount: number): Figure[] {
  const core = createCore({ dataDir: join(workDir, 'save-core') });
  const bare = new BetterSqlite3(join(workDir, 'bare-insert.sqlite'));
  try {
    const map = generateMap(actorCount);
    const workshopId = loadIntoCore(core, 'Banc : enregistrement', map);
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.exec('CREATE TABLE moves (id INTEGER PRIMARY KEY, actor TEXT NOT NULL, x REAL NOT NULL, y REAL NOT NULL)');
    const insert = bare.prepare('INSERT INTO moves (actor, x, y) VALUES (?, ?, ?)');

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
    const label = `${operations} ops, carte de ${actorCount} acteurs`;
    return [
      figure(`save p50 (${label})`, percentile(coreTimes, 50), 'ms', { floor: percentile(bareTimes, 50) }),
      figure(`save p99 (${label})`, percentile(coreTimes, 99), 'ms', {
        floor: percentile(bareTimes, 99),
        limit: { on: 'ratio', max: 2 },
      }),
    ];
  } finally {
    core.close();
    bare.close();
  }
}
