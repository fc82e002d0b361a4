import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Core, createCore } from '../../../electron/core/create-core.js';
import { databaseFileName } from '../../../electron/core/data-dir.js';
import { DatabaseInUseError } from '../../../electron/core/database/writer-lock.js';
import { newActor } from '../../../shared/domain/model.js';
import { anchorId, checkDatabase } from '../../support/kill-batches.js';
import { buildOpWriter } from '../../support/kill-run.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];
const cores: Core[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-writer-'));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function seed(dataDir: string): { workshopId: string; baseRevision: number } {
  const core = createCore({ dataDir });
  try {
    const workshop = core.call('workshop.create', { title: 'Atelier partagé' });
    const { revision } = core.call('map.apply', {
      workshopId: workshop.id,
      origin: 'test',
      ops: [{ type: 'actor.add', actor: newActor({ id: anchorId, label: 'Ancre', category: 'autres', x: 0, y: 0 }) }],
    });
    return { workshopId: workshop.id, baseRevision: revision };
  } finally {
    core.close();
  }
}

/** Runs a command to its end, with what it printed. */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts a process and waits until it prints a line matching `ready`. */
function startUntil(args: string[], ready: RegExp): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) resolve({ child, output: () => out });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ready: ${out}`)));
  });
}

const browserMode = (dataDir: string) => [
  '--import',
  'tsx',
  'electron/server/cli.ts',
  '--data-dir',
  dataDir,
  '--port',
  '0',
  '--no-open',
];

describe('one writer per database', () => {
  let writer: string;
  beforeAll(async () => {
    writer = await buildOpWriter();
  });
  afterAll(() => rmSync(writer, { force: true }));

  it('refuses a second core on the same folder in the same process, with a French message, writing nothing', () => {
    const dataDir = tempDir();
    seed(dataDir);
    const first = createCore({ dataDir });
    cores.push(first);
    const hash = sha256(join(dataDir, databaseFileName));
    let refusal: unknown;
    try {
      cores.push(createCore({ dataDir }));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DatabaseInUseError);
    expect((refusal as Error).message).toMatch(/déjà ouvertes par un autre Maillage/);
    expect((refusal as Error).message).toMatch(/Rien n’a été modifié/);
    expect(sha256(join(dataDir, databaseFileName))).toBe(hash);
    // Once the first lets go, the folder opens again.
    first.close();
    cores.splice(0);
    const again = createCore({ dataDir });
    cores.push(again);
    expect(again.call('workshop.list', {})).toHaveLength(1);
  });

  it('refuses browser mode while another process writes, and that writer goes on unharmed', async () => {
    const dataDir = tempDir();
    const { workshopId, baseRevision } = seed(dataDir);
    const { child } = await startUntil([writer, dataDir, workshopId, '1'], /ack 20\n/);
    const second = await run(browserMode(dataDir));
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      /Maillage : impossible de démarrer — Ces données sont déjà ouvertes par un autre Maillage/,
    );
    expect(second.stdout).not.toMatch(/127\.0\.0\.1/);
    // The writer was still writing all along.
    expect(child.exitCode).toBeNull();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const check = checkDatabase(join(dataDir, databaseFileName), workshopId, baseRevision);
    expect(check.problems).toEqual([]);
    expect(check.batches).toBeGreaterThanOrEqual(20);
  });

  it('refuses a second writer while browser mode runs, and a killed first process never leaves a stale lock', async () => {
    const dataDir = tempDir();
    const { workshopId } = seed(dataDir);
    const server = await startUntil(browserMode(dataDir), /http:\/\/127\.0\.0\.1:\d+\//);
    const refused = await run([writer, dataDir, workshopId, '1']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/déjà ouvertes par un autre Maillage/);
    expect(refused.stdout).not.toMatch(/ack/);
    // A crash, not a clean exit: the operating system drops the lock with the process.
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const next = await startUntil([writer, dataDir, workshopId, '1'], /ack 3\n/);
    next.child.kill('SIGKILL');
  });
});
