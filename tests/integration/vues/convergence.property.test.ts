import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyOps } from '../../../shared/domain/apply-op.js';
import { type MapState, newActor, newLink, newNote } from '../../../shared/domain/model.js';
import type { MapOp } from '../../../shared/domain/operations.js';
import { type FaultyLink, faultyLink } from '../../support/faulty-link.js';
import { type LocalServer, localServer } from '../../support/local-server.js';
import { type NodeView, openNodeView } from '../../support/node-view.js';

/**
 * Issue 15's property: three views of one workshop — the renderer's own store, sync and HTTP
 * transport, in Node — edit at random over the real browser-mode server and a real SQLite file,
 * each behind a network that is slowed down, cut and restored, while the server is stopped and
 * started again (a new launch, a new token). Whatever happens, once the network and the server
 * are back: every view shows exactly the core's map at the core's revision, and the core's map
 * is exactly the batches the core acknowledged, folded in the order of their revisions — every
 * acknowledged edit is in it, once, and nothing else is.
 */

const viewCount = 3;
const numRuns = Number(process.env.MAILLAGE_CONVERGENCE_RUNS ?? 8);

let dir = '';
let server: LocalServer;
let links: FaultyLink[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-convergence-'));
  server = await localServer(dir);
  links = await Promise.all(Array.from({ length: viewCount }, () => faultyLink(() => server.port)));
});

afterAll(async () => {
  await Promise.all(links.map((link) => link.close()));
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Real {
  workshopId: string;
  views: NodeView[];
  /** Every answer of map.apply a view received: revision → the batch's id and ops. */
  acknowledged: Map<number, { batchId: string; ops: MapOp[] }>;
  initial: MapState;
  up: boolean;
  next: number;
}

interface Model {
  cut: boolean[];
  up: boolean;
}

/** A few names, so that two views often add the same one: twins are refused, and that is tried too. */
const names = ['Commun', 'Mairie', 'CAF', 'PMI', 'Collège', 'Centre social', 'Ludothèque'];

type EditKind = 'add' | 'rename' | 'move' | 'remove' | 'link' | 'note';

/** The op an edit makes on the map a view shows, choosing among what is there with `pick`. */
function editOf(kind: EditKind, map: MapState, pick: number, name: number, id: string): MapOp | undefined {
  const actors = map.actors;
  const actor = actors.length > 0 ? actors[pick % actors.length] : undefined;
  const label = names[name % names.length] ?? 'Commun';
  switch (kind) {
    case 'add':
      return {
        type: 'actor.add',
        actor: newActor({ id, label, category: 'commune', x: pick % 900, y: (name % 20) * 40 }),
      };
    case 'rename':
      return actor && { type: 'actor.update', id: actor.id, patch: { label: `${label} ${pick % 7}` } };
    case 'move':
      return actor && { type: 'actor.move', moves: [{ id: actor.id, x: (pick * 37) % 1000, y: (pick * 11) % 600 }] };
    case 'remove':
      return actor && { type: 'actor.remove', id: actor.id };
    case 'link': {
      const other = actors[(pick + 1 + name) % Math.max(actors.length, 1)];
      if (!actor || !other || other.id === actor.id) return undefined;
      const kindId = map.codebook.linkKinds[0]?.id ?? 'autre';
      return { type: 'link.add', link: newLink({ id, source: actor.id, target: other.id, kind: kindId }) };
    }
    case 'note':
      return (
        actor && {
          type: 'note.add',
          note: {
            ...newNote({ id, kind: 'constat', text: label, x: 0, y: 0 }),
            attachedTo: { type: 'actor', id: actor.id },
          },
        }
      );
  }
}

class Edit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly view: number,
    readonly kind: EditKind,
    readonly pick: number,
    readonly name: number,
  ) {}
  check = () => true;
  async run(_model: Model, real: Real) {
    const store = real.views[this.view]?.store;
    const map = store?.getState().map;
    if (!store || !map) return;
    const op = editOf(this.kind, map, this.pick, this.name, `v${this.view}-${real.next++}`);
    if (op) store.getState().apply([op]);
  }
  toString = () => `edit(${this.view}, ${this.kind}, ${this.pick}, ${this.name})`;
}

class Cut implements fc.AsyncCommand<Model, Real> {
  constructor(readonly view: number) {}
  check = (model: Readonly<Model>) => !model.cut[this.view];
  async run(model: Model) {
    model.cut[this.view] = true;
    links[this.view]?.cut();
  }
  toString = () => `cut(${this.view})`;
}

class Restore implements fc.AsyncCommand<Model, Real> {
  constructor(readonly view: number) {}
  check = (model: Readonly<Model>) => model.cut[this.view] === true;
  async run(model: Model) {
    model.cut[this.view] = false;
    links[this.view]?.restore();
  }
  toString = () => `restore(${this.view})`;
}

class Slow implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly view: number,
    readonly request: number,
    readonly answer: number,
  ) {}
  check = () => true;
  async run() {
    const link = links[this.view];
    if (link) link.delay = { request: this.request, answer: this.answer };
  }
  toString = () => `slow(${this.view}, ${this.request}, ${this.answer})`;
}

class Stop implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => model.up;
  async run(model: Model, real: Real) {
    model.up = false;
    real.up = false;
    await server.stop();
  }
  toString = () => 'stopServer';
}

class Start implements fc.AsyncCommand<Model, Real> {
  check = (model: Readonly<Model>) => !model.up;
  async run(model: Model, real: Real) {
    model.up = true;
    real.up = true;
    await server.start();
  }
  toString = () => 'startServer';
}

class Pause implements fc.AsyncCommand<Model, Real> {
  constructor(readonly ms: number) {}
  check = () => true;
  async run() {
    await new Promise((resolve) => setTimeout(resolve, this.ms));
  }
  toString = () => `pause(${this.ms})`;
}

const view = fc.integer({ min: 0, max: viewCount - 1 });
const commands = [
  fc
    .tuple(
      view,
      fc.constantFrom<EditKind>('add', 'add', 'rename', 'move', 'remove', 'link', 'note'),
      fc.nat(),
      fc.nat(),
    )
    .map(([v, kind, pick, name]) => new Edit(v, kind, pick, name)),
  fc
    .tuple(view, fc.constantFrom<EditKind>('add', 'rename', 'link'), fc.nat(), fc.nat())
    .map(([v, kind, pick, name]) => new Edit(v, kind, pick, name)),
  view.map((v) => new Cut(v)),
  view.map((v) => new Restore(v)),
  fc
    .tuple(view, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }))
    .map(([v, request, answer]) => new Slow(v, request, answer)),
  fc.constant(new Stop()),
  fc.constant(new Start()),
  fc.integer({ min: 0, max: 150 }).map((ms) => new Pause(ms)),
];

async function coreMap(workshopId: string): Promise<{ map: MapState; revision: number }> {
  const answer = await server.core.dispatch('map.get', { workshopId });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.result as { map: MapState; revision: number };
}

/**
 * Checked after every command, not only at the end: a view with no edit of its own waiting shows
 * exactly the core's map at the revision it says it shows (when every batch up to that revision
 * has been acknowledged, so that the map there is known).
 */
function checkViews(real: Real): void {
  const byRevision = [real.initial];
  for (const [index, { store }] of real.views.entries()) {
    const state = store.getState();
    if (state.unsaved() > 0 || state.revision < 0 || !state.map) continue;
    while (byRevision.length <= state.revision) {
      const batch = real.acknowledged.get(byRevision.length);
      if (!batch) break;
      byRevision.push(applyOps(byRevision[byRevision.length - 1]!, batch.ops));
    }
    const expected = byRevision[state.revision];
    if (expected) expect(state.map, `view ${index} at revision ${state.revision}`).toEqual(expected);
  }
}

/** Runs a command, then checks what every view shows. */
function checked(command: fc.AsyncCommand<Model, Real>): fc.AsyncCommand<Model, Real> {
  return {
    check: (model) => command.check(model),
    async run(model, real) {
      await command.run(model, real);
      checkViews(real);
    },
    toString: () => command.toString(),
  };
}

async function scenario(cmds: Iterable<fc.AsyncCommand<Model, Real>>): Promise<void> {
  const created = await server.core.dispatch('workshop.create', { title: 'Convergence' });
  if (!created.ok) throw new Error(created.error.message);
  const workshopId = (created.result as { id: string }).id;
  const acknowledged: Real['acknowledged'] = new Map();
  const real: Real = {
    workshopId,
    views: [],
    acknowledged,
    initial: (await coreMap(workshopId)).map,
    up: true,
    next: 0,
  };
  const spy = (method: string, input: unknown, result: unknown) => {
    if (method !== 'map.apply') return;
    const { batchId, ops } = input as { batchId: string; ops: MapOp[] };
    const { revision } = result as { revision: number };
    const known = acknowledged.get(revision);
    // One revision, one batch: the same batch answered twice (sent again) is the same batch.
    if (known) expect(known.batchId).toBe(batchId);
    acknowledged.set(revision, { batchId, ops });
  };
  for (const link of links) {
    link.restore();
    link.delay = { request: 0, answer: 0 };
  }
  try {
    for (const link of links) real.views.push(await openNodeView(link.base, server.token, workshopId, spy));
    await fc.asyncModelRun(() => ({ model: { cut: links.map(() => false), up: true }, real }), [...cmds].map(checked));

    // The network and the server come back.
    for (const link of links) {
      link.restore();
      link.delay = { request: 0, answer: 0 };
    }
    if (!real.up) {
      await server.start();
      real.up = true;
    }
    const final = await vi.waitFor(
      async () => {
        const core = await coreMap(workshopId);
        for (const [index, { store }] of real.views.entries()) {
          const state = store.getState();
          expect(state.unsaved(), `view ${index} unsaved`).toBe(0);
          expect(state.revision, `view ${index} revision`).toBe(core.revision);
          expect(state.map, `view ${index} map`).toEqual(core.map);
        }
        return core;
      },
      { timeout: 60_000, interval: 50 },
    );
    // Every revision is a batch some view was told about, and the map is exactly those batches.
    const revisions = [...acknowledged.keys()].sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: final.revision }, (_, i) => i + 1));
    const folded = revisions.reduce(
      (map, revision) => applyOps(map, acknowledged.get(revision)?.ops ?? []),
      real.initial,
    );
    expect(folded).toEqual(final.map);
  } finally {
    for (const opened of real.views) opened.close();
    if (!real.up) {
      await server.start();
      real.up = true;
    }
  }
}

describe('views over the real server', () => {
  it('converge to the core’s map, which holds every acknowledged edit once, through delays, cuts and restarts', {
    timeout: 900_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30 }), (cmds) => scenario(cmds)),
      { numRuns, endOnFailure: true },
    );
  });
});
