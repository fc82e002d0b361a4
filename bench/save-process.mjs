// Runs the save measurement (bench/save.ts) in a process of its own and prints its figures as
// JSON: the core runs in a process of its own in the app too (Electron's main process, or the
// browser-mode server), not beside a benchmark holding 1,000-actor maps and a browser's client.
// Usage: node bench/save-process.mjs <work dir> <operations> <actors> <rounds>
import { register } from 'tsx/esm/api';

register();
const { measureSave } = await import('./save.ts');
const [workDir, operations, actors, rounds] = process.argv.slice(2);
const figures = measureSave(workDir, Number(operations), Number(actors), Number(rounds ?? 1));
process.stdout.write(`${JSON.stringify(figures)}\n`);
