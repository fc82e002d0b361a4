import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpWriter, type KillStats, runKills } from '../../support/kill-run.js';

/** More kills: `node bench/kill.mjs --kills 2000`. */
const kills = Number(process.env.MAILLAGE_KILLS ?? 200);

describe('a crash at any moment (SIGKILL of a process writing through the real core)', () => {
  let script: string;
  beforeAll(async () => {
    script = await buildOpWriter();
  });
  afterAll(() => rmSync(script, { force: true }));

  it(`loses no acknowledged batch and half-applies none, over ${kills} kills`, async () => {
    const stats: KillStats = await runKills({ script, kills, lanes: 2, seed: 20261129 });
    const starts = [...stats.childStartMs].sort((a, b) => a - b);
    console.info(
      `kill test: ${stats.kills} kills in ${(stats.elapsedMs / 1000).toFixed(1)} s, ` +
        `${stats.acknowledged} batches acknowledged, ` +
        `${stats.committedUnacknowledged} committed but killed before acknowledging, ` +
        `${stats.duringStart} killed while starting, ${stats.amidWrites} among writes; child start median ${starts[starts.length >> 1]?.toFixed(0)} ms`,
    );
    expect(stats.problems).toEqual([]);
    expect(stats.kills).toBe(kills);
    // Most kills did land among writes, not only between runs.
    expect(stats.amidWrites).toBeGreaterThan(kills / 2);
    // 200 child processes started and killed: over three minutes beside two CPU burners. The
    // budget only stops a hang.
  }, 900_000);
});
