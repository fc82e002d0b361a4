import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import {
  groupOf,
  type PhoneView,
  type Proposal,
  type RoomState,
  type RoomStatus,
  type VoteRound,
} from '../shared/salle/room.js';
import { drag, openPage, settle } from './browser.js';
import { type Figure, figure, median, percentile } from './figures.js';
import type { GeneratedMap } from './generate.js';

/**
 * The room under load (issue 16): simulated phones proposing and voting at once against the
 * real room listener, over loopback only (browser mode lists 127.0.0.1 alone to the room under
 * MAILLAGE_SALLE_LOOPBACK_ONLY, which the benchmark's server helper sets), while the editor shows
 * the moderation list and a drag is measured. Bounded: each phone sends a fixed number of
 * requests, and the whole load stops after `deadlineMs` whatever happens.
 */
export interface RoomPlan {
  phones: number;
  /** Notes per phone (each phone also proposes one missing cooperation and sends one again). */
  notes: number;
  /** Drags measured quiet, then as many while the phones work. */
  drags: number;
  deadlineMs: number;
}

/** What DevTools' Performance panel records: tasks, style, layout, paint, with thread time. */
const traceCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const now = () => performance.timeOrigin + performance.now();
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  json: { ok: boolean; result?: unknown; error?: { message: string } };
}

/**
 * One phone and its key once joined. A connection per request: a kept-alive socket that the
 * listener closes at the very moment it is reused would fail here, where a browser quietly
 * sends again — the benchmark counts what the room does, not that race.
 */
class Phone {
  private readonly agent = new Agent({ keepAlive: false, maxSockets: 2 });
  key = '';

  constructor(
    private readonly base: URL,
    readonly index: number,
  ) {}

  call(method: string, body: unknown): Promise<Answer> {
    const payload = Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.base.hostname,
          port: this.base.port,
          path: `/api/${method}`,
          method: 'POST',
          agent: this.agent,
          headers: {
            host: this.base.host,
            origin: this.base.origin,
            'content-type': 'application/json',
            'content-length': payload.length,
            ...(this.key ? { 'x-salle-cle': this.key } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            try {
              resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async expectOk<T>(method: string, body: unknown): Promise<T> {
    const answer = await this.call(method, body);
    if (!answer.json.ok) {
      throw new Error(`Téléphone ${this.index}, ${method} : ${answer.status} ${answer.json.error?.message ?? ''}`);
    }
    return answer.json.result as T;
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Calls the facilitator's API from the editor page, with its token, as the renderer does. */
function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  // A string, as the rest of the benchmark evaluates: this file is type-checked for Node, not the DOM.
  return page.evaluate<T>(`(async () => {
    const token = document.querySelector('meta[name="maillage-token"]')?.content ?? '';
    const response = await fetch('/api/' + ${JSON.stringify(method)}, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
      body: ${JSON.stringify(JSON.stringify(input))},
    });
    const envelope = await response.json();
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.result;
  })()`);
}

/**
 * In the editor page: the moment (epoch ms, the same clock as Node's on this machine) each kind's
 * count in the moderation list first reached n. The list shows the oldest of each kind and counts
 * the rest, in the core's order: the k-th proposal of a kind has reached the list when its count
 * reaches k, whether its row is drawn yet or waits below « Afficher les … suivantes ».
 */
const watchList = `(() => {
  window.__salleCounts = {};
  const reached = window.__salleCounts;
  const panel = document.querySelector('.panneau-salle');
  // Two or three counts to read at each change of the panel, whatever the length of the list:
  // this observer's own work is counted in the editor's drag figures.
  const scan = () => {
    const at = performance.timeOrigin + performance.now();
    for (const group of panel.querySelectorAll('.moderation-groupe')) {
      const times = (reached[group.dataset.group] ??= []);
      const count = Number(group.querySelector('h4 .compte')?.textContent ?? 0);
      while (times.length < count) times.push(at);
    }
  };
  scan();
  // The panel only: the canvas's own changes during a drag are none of this observer's business.
  new MutationObserver(scan).observe(panel, { childList: true, subtree: true, characterData: true });
})()`;

export async function measureRoom(
  browser: Browser,
  options: { appUrl: string; workshopId: string; map: GeneratedMap; plan: RoomPlan; judge: boolean; trace?: string },
): Promise<Figure[]> {
  const { appUrl, workshopId, map, plan, judge, trace } = options;
  const opened = await openPage(browser, `${appUrl}#/atelier/${workshopId}`, {
    nodes: map.actors.length,
    edges: map.links.length,
  });
  const phones: Phone[] = [];
  const { page, cdp } = opened;
  try {
    await settle(page);
    // Three pistes d'action to vote on, put on the map as the facilitator would.
    await api(page, 'map.apply', {
      workshopId,
      origin: 'banc',
      ops: [1, 2, 3].map((n) => ({
        type: 'note.add',
        note: {
          id: `piste-${n}`,
          kind: 'piste-action',
          text: `Piste ${n}`,
          attachedTo: null,
          x: -600,
          y: n * 200,
          votes: 0,
          owners: [],
          priority: null,
        },
      })),
    });
    const room = await api<RoomStatus>(page, 'room.open', { workshopId, address: '127.0.0.1', port: 0 });
    if (!room.url.startsWith('http://127.0.0.1:')) throw new Error(`La salle du banc écoute ailleurs : ${room.url}`);
    await page.getByRole('button', { name: 'Salle', exact: true }).click();
    await page.locator('.panneau-salle .rejoindre-qr').waitFor();
    await page.evaluate(watchList);
    // Dragged 100 px right and back, beside the panel: its list grows downwards while phones send.
    const nodeId = await page.evaluate<string>("window.__maillageBench.centreNode(100, '.panneau-salle')");

    // The editor quiet: the drag figure every later one is compared with, on the same page.
    const quiet: number[] = [];
    if (trace) await browser.startTracing(page, { categories: traceCategories });
    for (let i = 0; i < plan.drags + 1; i++) {
      const result = await drag(page, cdp, nodeId, i % 2 === 0 ? 1 : -1);
      if (i > 0) quiet.push(result.msPerStep);
      await settle(page, 300);
    }
    if (trace) writeFileSync(`${trace}.quiet.json`, await browser.stopTracing());

    // What the phones cost the editor, counted: reads of the room, and renders of the panel and
    // of its rows (the counters of renderer/carte/bench-counter.ts), from the first phone on.
    let reads = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/room.state')) reads += 1;
    });
    await page.evaluate('window.__maillageBench.roomRenders = {}');
    const base = new URL(room.url);
    for (let i = 0; i < plan.phones; i++) phones.push(new Phone(base, i));
    const secret = new URL(room.joinUrl).hash.replace(/^#s=/, '');
    await Promise.all(
      phones.map(async (phone) => {
        phone.key = (await phone.expectOk<{ key: string }>('join', { secret })).key;
      }),
    );
    const first = await phones[0]!.expectOk<PhoneView>('view', {});
    const actorIds = first.actors.map((a) => a.id);

    // Every phone at once: notes at a human pace (a few seconds apart, spread), one missing
    // cooperation, one request sent twice, a poll of the wall now and then.
    const sentAt = new Map<string, number>();
    /** How long the room took to answer each proposal (its own share of the p95). */
    const answered: number[] = [];
    const started = now();
    let stopped = false;
    const deadline = setTimeout(() => {
      stopped = true;
    }, plan.deadlineMs);
    const proposing = Promise.all(
      phones.map(async (phone) => {
        await pause((phone.index * 97) % 1500);
        for (let n = 0; n < plan.notes && !stopped; n++) {
          const tag = `banc-${phone.index}-${n}`;
          sentAt.set(tag, now());
          const asked = now();
          await phone.expectOk('propose.note', {
            id: `c${phone.index}n${n}`,
            kind: 'constat',
            text: `Constat ${tag}`,
            actorId: actorIds[(phone.index + n) % actorIds.length] ?? null,
            author: n === 0 ? `Téléphone ${phone.index}` : '',
          });
          answered.push(now() - asked);
          if (n === 1) await phone.expectOk('view', {});
          await pause(600 + ((phone.index * 31 + n * 17) % 900));
        }
        if (stopped) return;
        const tag = `banc-${phone.index}-${plan.notes}`;
        sentAt.set(tag, now());
        await phone.expectOk('propose.link', {
          id: `c${phone.index}l`,
          sourceId: actorIds[phone.index % actorIds.length],
          targetId: actorIds[(phone.index + 1) % actorIds.length],
          text: `Lien ${tag}`,
        });
        // Sent again (an answer lost on the Wi-Fi): counted once.
        await phone.expectOk('propose.note', { id: `c${phone.index}n0`, kind: 'constat', text: 'renvoi' });
      }),
    );

    // Meanwhile, drags in the editor: the same protocol as the quiet ones.
    const busy: number[] = [];
    let finished = false;
    if (trace) await browser.startTracing(page, { categories: traceCategories });
    void proposing.finally(() => {
      finished = true;
    });
    // Only drags that start while the phones still work count as « during the load ».
    for (let i = 0; !finished && i < plan.drags * 4; i++) {
      const result = await drag(page, cdp, nodeId, i % 2 === 0 ? 1 : -1);
      busy.push(result.msPerStep);
      await settle(page, 300);
    }
    if (trace) writeFileSync(`${trace}.busy.json`, await browser.stopTracing());
    await proposing;
    const proposingMs = now() - started;
    clearTimeout(deadline);
    if (stopped) throw new Error(`Les téléphones n’ont pas fini dans les ${plan.deadlineMs} ms du banc.`);

    // Everything sent is in the list, once.
    const expected = plan.phones * (plan.notes + 1);
    const countedInList = `Object.values(window.__salleCounts).reduce((sum, times) => sum + times.length, 0)`;
    await page.waitForFunction(`${countedInList} >= ${expected}`, undefined, { timeout: 60_000 });
    const reached = await page.evaluate<Record<string, number[]>>('window.__salleCounts');
    const roomRenders = await page.evaluate<{ panel?: number; row?: number }>('window.__maillageBench.roomRenders');
    const state = await api<RoomState>(page, 'room.state', { workshopId });
    const tagOf = (p: Proposal) => /banc-\d+-\d+/.exec(p.text)?.[0] ?? '';
    const tags = state.pending.map(tagOf).filter((tag) => tag !== '');
    // Each proposal's place in its kind, in the core's order: when the list's count got there.
    const reachedAt = new Map<string, number>();
    const places = new Map<string, number>();
    for (const proposal of state.pending) {
      const group = groupOf(proposal);
      const place = places.get(group) ?? 0;
      places.set(group, place + 1);
      reachedAt.set(tagOf(proposal), reached[group]?.[place] ?? Number.NaN);
    }
    const latencies = [...sentAt].map(([tag, at]) => (reachedAt.get(tag) ?? Number.NaN) - at);
    const listed = await page.evaluate<number>(countedInList);
    // The rows drawn are the oldest of their kind, in the core's order, and every kind shows some.
    const drawn = await page.evaluate<Record<string, string[]>>(`Object.fromEntries(
      [...document.querySelectorAll('.panneau-salle .moderation-groupe')].map((group) => [
        group.dataset.group,
        [...group.querySelectorAll('.proposition-texte')].map((row) => row.textContent),
      ]),
    )`);
    let rowsWrong = 0;
    let rows = 0;
    for (const group of places.keys()) {
      const oldest = state.pending.filter((p) => groupOf(p) === group).map(tagOf);
      const shown = (drawn[group] ?? []).map((text) => /banc-\d+-\d+/.exec(text)?.[0] ?? '');
      rows += shown.length;
      if (shown.length === 0) rowsWrong += 1;
      rowsWrong += shown.filter((tag, i) => tag !== oldest[i]).length;
    }
    const proposalsWrong =
      Math.abs(state.pending.length - expected) +
      Math.abs(new Set(tags).size - expected) +
      Math.abs(listed - expected) +
      rowsWrong +
      [...sentAt.keys()].filter((tag) => !tags.includes(tag)).length;

    // The vote: every phone places its three gommettes, changes its mind once, and the
    // facilitator counts once: the tally must be exactly what the phones last sent.
    // Pistes d'action are on the wall (and the phones) from their step on.
    await api(page, 'facilitation.act', { workshopId, action: { type: 'step', step: 'pistes' } });
    await api<VoteRound>(page, 'room.vote', { workshopId, action: { type: 'open', dots: 3 } });
    const finalDots = new Map<number, Record<string, number>>();
    await Promise.all(
      phones.map(async (phone) => {
        const first = { [`piste-${(phone.index % 3) + 1}`]: 3 };
        await phone.expectOk('vote', { dots: first });
        const last = { 'piste-1': 1, [`piste-${(phone.index % 2) + 2}`]: 2 };
        await phone.expectOk('vote', { dots: last });
        await phone.expectOk('vote', { dots: last });
        finalDots.set(phone.index, last);
      }),
    );
    await api(page, 'room.vote', { workshopId, action: { type: 'close' } });
    const counted = await api<VoteRound>(page, 'room.vote', { workshopId, action: { type: 'count' } });
    const expectedTally: Record<string, number> = {};
    for (const dots of finalDots.values()) {
      for (const [id, n] of Object.entries(dots)) expectedTally[id] = (expectedTally[id] ?? 0) + n;
    }
    const again = await api(page, 'room.vote', { workshopId, action: { type: 'count' } }).then(
      () => 1,
      () => 0,
    );
    const votesWrong =
      again +
      Object.entries(expectedTally).reduce((sum, [id, n]) => sum + Math.abs((counted.tally[id] ?? 0) - n), 0) +
      Math.abs(counted.voters - plan.phones);

    await api(page, 'room.close', { workshopId });
    // Latencies are wall time: on a shared machine they say as much about its load as about the room.
    const load = loadavg()[0]?.toFixed(1) ?? '?';
    const note = `${plan.phones} téléphones, ${expected} propositions en ${(proposingMs / 1000).toFixed(1)} s, sur 127.0.0.1, charge de la machine ${load} pour ${cpus().length} cœurs`;
    return [
      figure('room: proposal → moderation list p95', percentile(latencies, 95), 'ms', {
        ...(judge ? { limit: { on: 'value', max: 200 } } : {}),
        note: `${note} ; médiane ${median(latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms ; réponse de la salle au téléphone : médiane ${median(answered).toFixed(0)} ms, p95 ${percentile(answered, 95).toFixed(0)} ms`,
      }),
      figure('room: proposals lost or counted twice', proposalsWrong, 'proposals', {
        ...(judge ? { limit: { on: 'value', max: 0 } } : {}),
        note: `${expected} envoyées (plus un renvoi par téléphone), ${state.pending.length} en attente, ${listed} comptées dans la liste, ${rows} lignes dessinées (les plus anciennes de chaque sorte)`,
      }),
      figure('room: gommettes lost or counted twice', votesWrong, 'gommettes', {
        ...(judge ? { limit: { on: 'value', max: 0 } } : {}),
        note: `${plan.phones * 3} gommettes, changées une fois et renvoyées ; second comptage refusé`,
      }),
      figure('room: moderation rows drawn per proposal', (roomRenders.row ?? 0) / expected, 'renders', {
        note: `${roomRenders.row ?? 0} rendus de lignes et ${roomRenders.panel ?? 0} du panneau pour ${expected} propositions, ${reads} lectures de la salle (room.state)`,
      }),
      figure(
        `drag main-thread per step while ${plan.phones} phones use the room, ${map.actors.length} actors`,
        median(busy),
        'ms',
        {
          floor: median(quiet),
          ...(judge ? { limit: { on: 'ratio', max: 1.2 } } : {}),
          note: `même page, ${quiet.length} glissements au calme puis ${busy.length} pendant la charge`,
        },
      ),
    ];
  } finally {
    for (const phone of phones) phone.close();
    await opened.close();
  }
}
