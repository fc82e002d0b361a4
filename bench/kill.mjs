// `node bench/kill.mjs [--kills 2000] [--lanes 2] [--seed 7]`: the kill test of
// tests/integration/durability at a larger scale. Prints the figures; exits 1 on any problem.
import { register } from 'tsx/esm/api';

register();
const { buildOpWriter, runKills } = await import('../tests/support/kill-run.ts');
const { rmSync } = await import('node:fs');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? Number(args[at + 1]) : fallback;
};
const script = await buildOpWriter();
try {
  const stats = await runKills({
    script,
    kills: option('kills', 2000),
    lanes: option('lanes', 2),
    seed: option('seed', 7),
  });
  const starts = [...stats.childStartMs].sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        kills: stats.kills,
        seconds: Number((stats.elapsedMs / 1000).toFixed(1)),
        acknowledgedBatches: stats.acknowledged,
        committedButKilledBeforeAck: stats.committedUnacknowledged,
        killedWhileStarting: stats.duringStart,
        killedAmidWrites: stats.amidWrites,
        childStartMedianMs: Math.round(starts[starts.length >> 1] ?? 0),
        problems: stats.problems,
      },
      null,
      2,
    ),
  );
  if (stats.problems.length > 0) process.exitCode = 1;
} finally {
  rmSync(script, { force: true });
}
