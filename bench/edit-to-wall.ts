import type { Browser, Page } from 'playwright-core';
import { newActor } from '../shared/domain/model.js';
import type { MapOp } from '../shared/domain/operations.js';
import { type Figure, figure, percentile } from './figures.js';

/** Where both pages read the time: one clock for the machine, in ms since 1970. */
const now = 'performance.timeOrigin + performance.now()';

async function openIn(browser: Browser, url: string, ready: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  return page;
}

/**
 * Issue 15: the time from Enter in the editor's capture bar to the new actor's name on the wall,
 * two pages of the same browser on the same browser-mode server, read on one clock (the wall's
 * MutationObserver stamps the name's arrival). The floor is the same trip without the renderer:
 * a bare `map.apply` fetched from the editor page to a bare EventSource in the wall page.
 */
export async function measureEditToWall(
  browser: Browser,
  appUrl: string,
  workshopId: string,
  rounds: { warmup: number; measured: number },
): Promise<Figure[]> {
  const editor = await openIn(browser, `${appUrl}#/atelier/${workshopId}`, '.react-flow__node');
  const wall = await openIn(browser, `${appUrl}#/projection/${workshopId}`, '.projection .react-flow__node');
  try {
    // The page's CSP refuses eval, so Playwright's waitForFunction cannot poll it: the page
    // resolves a promise when the awaited arrival is stamped (no polling, nothing added to the trip).
    await wall.evaluate(`(() => {
      const stamped = (times) => {
        const waiting = new Map();
        return {
          times,
          stamp(key, at) {
            if (times.has(key)) return;
            times.set(key, at);
            waiting.get(key)?.(at);
            waiting.delete(key);
          },
          when: (key) => times.has(key) ? Promise.resolve(times.get(key)) : new Promise((resolve) => waiting.set(key, resolve)),
        };
      };
      window.__seen = stamped(new Map());
      window.__heard = stamped(new Map());
      window.__heardName = stamped(new Map());
      const look = () => {
        for (const name of document.querySelectorAll('.projection .acteur-nom')) {
          const text = name.textContent;
          if (text && text.startsWith('Banc ')) window.__seen.stamp(text, ${now});
        }
      };
      new MutationObserver(look).observe(document.body, { subtree: true, childList: true, characterData: true });
      // The floor: the core's events, straight from the stream, without React.
      const token = document.querySelector('meta[name="maillage-token"]').content;
      const stream = new EventSource('/api/events?token=' + encodeURIComponent(token));
      stream.onmessage = (message) => {
        const event = JSON.parse(message.data);
        if (event.type !== 'map.changed') return;
        if (event.origin === 'banc-plancher') window.__heard.stamp(event.revision, ${now});
        // The editor's edit reaching the wall's page: what comes after is the wall's own work.
        for (const op of event.ops) {
          if (op.type === 'actor.add' && op.actor.label.startsWith('Banc ')) window.__heardName.stamp(op.actor.label, ${now});
        }
      };
      window.__stream = stream;
    })()`);
    await editor.evaluate(`(() => {
      window.__sent = [];
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && event.target.getAttribute('role') === 'combobox') window.__sent.push(${now});
      }, true);
    })()`);
    await editor.keyboard.press('Control+k');
    const bar = editor.getByRole('combobox', { name: 'Saisie rapide' });
    const latencies: number[] = [];
    const wallShares: number[] = [];
    const total = rounds.warmup + rounds.measured;
    for (let i = 0; i < total; i++) {
      const name = `Banc ${i + 1}`;
      await bar.fill(name);
      await bar.press('Enter');
      const seen = await wall.evaluate<number>(`window.__seen.when(${JSON.stringify(name)})`);
      const sent = await editor.evaluate<number>(`window.__sent[window.__sent.length - 1]`);
      const heard = await wall.evaluate<number>(`window.__heardName.when(${JSON.stringify(name)})`);
      if (i >= rounds.warmup) {
        latencies.push(seen - sent);
        wallShares.push(seen - heard);
      }
    }

    const floors: number[] = [];
    for (let i = 0; i < total; i++) {
      const op: MapOp = {
        type: 'actor.add',
        actor: newActor({ id: `plancher-${i}`, label: `Plancher ${i}`, category: 'autres', x: 2000 + i * 10, y: 2000 }),
      };
      const { sent, revision } = await editor.evaluate<{ sent: number; revision: number }>(`(async () => {
        const token = document.querySelector('meta[name="maillage-token"]').content;
        const sent = ${now};
        const answer = await fetch('/api/map.apply', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Maillage-Token': token },
          body: ${JSON.stringify(JSON.stringify({ workshopId, origin: 'banc-plancher', ops: [op] }))},
        });
        return { sent, revision: (await answer.json()).result.revision };
      })()`);
      const heard = await wall.evaluate<number>(`window.__heard.when(${revision})`);
      if (i >= rounds.warmup) floors.push(heard - sent);
    }
    const note = `${rounds.measured} saisies, après ${rounds.warmup} d’échauffement ; plancher : map.apply nu → EventSource nu`;
    return [
      figure('edit → wall p50 (capture bar Enter → name on the wall)', percentile(latencies, 50), 'ms', {
        floor: percentile(floors, 50),
        note,
      }),
      figure('edit → wall p95 (capture bar Enter → name on the wall)', percentile(latencies, 95), 'ms', {
        floor: percentile(floors, 95),
        limit: { on: 'value', max: 100 },
        note,
      }),
      // Where the time goes: the wall's page, from the event on its stream to the name drawn.
      figure(
        'edit → wall: the wall’s share p50 (event received → name on the wall)',
        percentile(wallShares, 50),
        'ms',
        {
          note,
        },
      ),
      figure(
        'edit → wall: the wall’s share p95 (event received → name on the wall)',
        percentile(wallShares, 95),
        'ms',
        {
          note,
        },
      ),
    ];
  } finally {
    await editor.context().close();
    await wall.context().close();
  }
}
