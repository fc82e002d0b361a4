// Runs the kill test: child processes write batches through the real core and are killed
// (SIGKILL) at random moments; after each kill the database is checked. Used by
// tests/integration/durability/kill.test.ts and bench/kill.mjs.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { createCore } from '../../electron/core/create-core.js';
import { databaseFileName } from '../../electron/core/data-dir.js';
import { newActor } from '../../shared/domain/model.js';
import { anchorId, checkDatabase } from './kill-batches.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Inside the project, so that the built child finds better-sqlite3 and zod in node_modules. */
const outDir = join(root, 'node_modules', '.cache', 'maillage-tests');

/**
 * Builds the child into one ES module: it then starts in ~0.1 s instead of ~0.35 s through
 * tsx, which is what makes hundreds of kills fit in a test run.
 */
export async function buildOpWriter(): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const fileName = `op-writer-${process.pid}.mjs`;
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: 'tests/support/op-writer.ts',
      outDir,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rollupOptions: {
        external: ['better-sqlite3', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
        output: { format: 'es', entryFileNames: fileName, codeSplitting: false },
      },
    },
  });
  return join(outDir, fileName);
}

export interface KillStats {
  kills: number;
  /** Batches acknowledged to the child and found in the database: all of them, or the test fails. */
  acknowledged: number;
  /** Kills that fell between a commit and its acknowledgement (the batch is there, unannounced). */
  committedUnacknowledged: number;
  /** Kills before the child had opened its database (during open, migration or the opening backup). */
  duringStart: number;
  /** Kills after the child had acknowledged at least one batch. */
  amidWrites: number;
  problems: string[];
  childStartMs: number[];
  elapsedMs: number;
}

interface Lane {
  dataDir: string;
  workshopId: string;
  baseRevision: number;
  batches: number;
}

function newLane(parent: string): Lane {
  const dataDir = mkdtempSync(join(parent, 'voie-'));
  const core = createCore({ dataDir });
  try {
    const workshop = core.call('workshop.create', { title: 'Atelier interrompu' });
    const { revision } = core.call('map.apply', {
      workshopId: workshop.id,
      origin: 'kill-test',
      ops: [{ type: 'actor.add', actor: newActor({ id: anchorId, label: 'Ancre', category: 'autres', x: 0, y: 0 }) }],
    });
    return { dataDir, workshopId: workshop.id, baseRevision: revision, batches: 0 };
  } finally {
    core.close();
  }
}

function waitExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** One child: started, killed at a random moment, then its database checked. */
async function killOnce(script: string, lane: Lane, stats: KillStats, random: () => number): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, [script, lane.dataDir, lane.workshopId, String(lane.batches + 1)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let acked = lane.batches;
  let ready = false;
  let onFirstAck: () => void = () => undefined;
  const firstAck = new Promise<void>((resolve) => {
    onFirstAck = resolve;
  });
  let buffered = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const readyOrExit = new Promise<void>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready' && !ready) {
          ready = true;
          stats.childStartMs.push(performance.now() - started);
          resolve();
        } else if (line.startsWith('ack ')) {
          acked = Math.max(acked, Number(line.slice(4)));
          onFirstAck();
        }
      }
    });
    child.once('exit', () => {
      resolve();
      onFirstAck();
    });
  });

  // One kill in eight lands while the child starts (opening, migrating, backing up), one in
  // eight just after it is ready, the others among its writes — whatever the machine's load.
  const moment = random();
  if (moment < 0.125) {
    await new Promise((resolve) => setTimeout(resolve, random() * 90));
    if (!ready) stats.duringStart++;
  } else if (moment < 0.25) {
    await readyOrExit;
    await new Promise((resolve) => setTimeout(resolve, random() * 10));
  } else {
    await firstAck;
    await new Promise((resolve) => setTimeout(resolve, random() * 40));
  }
  const ackedBeforeKill = acked;
  child.kill('SIGKILL');
  await waitExit(child);
  if (child.signalCode !== 'SIGKILL') {
    stats.problems.push(`the child ended on its own (${child.exitCode}): ${stderr.trim()}`);
  }
  // Lines still in the pipe were written before the kill: they count as acknowledged.
  if (buffered.startsWith('ack ')) acked = Math.max(acked, Number(buffered.slice(4)));
  stats.kills++;
  if (ackedBeforeKill > lane.batches) stats.amidWrites++;

  const check = checkDatabase(join(lane.dataDir, databaseFileName), lane.workshopId, lane.baseRevision);
  for (const problem of check.problems) stats.problems.push(`kill ${stats.kills}: ${problem}`);
  if (check.batches < acked)
    stats.problems.push(`kill ${stats.kills}: batch ${acked} acknowledged, ${check.batches} found`);
  if (check.batches > acked + 1)
    stats.problems.push(`kill ${stats.kills}: ${check.batches} batches, only ${acked} sent`);
  if (check.batches === acked + 1) stats.committedUnacknowledged++;
  stats.acknowledged += acked - lane.batches;
  lane.batches = check.batches;
}

/** A small seeded generator, so that a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Kills `kills` children in `lanes` parallel data folders. A lane starts a fresh folder every
 * `killsPerFolder` kills, so that workshops stay within the size limits.
 */
export async function runKills(options: {
  script: string;
  kills: number;
  lanes?: number;
  seed?: number;
  killsPerFolder?: number;
}): Promise<KillStats> {
  const began = performance.now();
  const parent = mkdtempSync(join(tmpdir(), 'maillage-kill-'));
  const random = seededRandom(options.seed ?? 1);
  const stats: KillStats = {
    kills: 0,
    acknowledged: 0,
    committedUnacknowledged: 0,
    duringStart: 0,
    amidWrites: 0,
    problems: [],
    childStartMs: [],
    elapsedMs: 0,
  };
  const lanes = options.lanes ?? 2;
  const perFolder = options.killsPerFolder ?? 50;
  let remaining = options.kills;
  try {
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        let lane = newLane(parent);
        let inFolder = 0;
        while (remaining > 0 && stats.problems.length === 0) {
          remaining--;
          if (inFolder === perFolder) {
            rmSync(lane.dataDir, { recursive: true, force: true });
            lane = newLane(parent);
            inFolder = 0;
          }
          await killOnce(options.script, lane, stats, random);
          inFolder++;
        }
      }),
    );
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
  stats.elapsedMs = performance.now() - began;
  return stats;
}
