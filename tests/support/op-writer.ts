// The child process of the kill test: applies numbered batches through the real core and
// prints each batch once the core has acknowledged it, until it is killed. Usage:
//   node op-writer.mjs <dataDir> <workshopId> <firstNumber>
// (tests/support/kill-run.ts builds it into one file: a child must start in ~0.1 s).
import { writeSync } from 'node:fs';
import { createCore } from '../../electron/core/create-core.js';
import { batchOps } from './kill-batches.js';

const [dataDir, workshopId, first] = process.argv.slice(2);
if (!dataDir || !workshopId || !first) throw new Error('usage: op-writer <dataDir> <workshopId> <firstNumber>');
const core = createCore({ dataDir });
// Synchronous writes: the line is in the pipe before the next batch starts.
writeSync(1, 'ready\n');
for (let n = Number(first); ; n++) {
  const answer = core.dispatch('map.apply', { workshopId, origin: 'op-writer', ops: batchOps(n) });
  if (!answer.ok) {
    writeSync(2, `refused ${n}: ${answer.error.message}\n`);
    process.exit(2);
  }
  writeSync(1, `ack ${n}\n`);
}
