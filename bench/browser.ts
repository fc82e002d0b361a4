import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.js';
import { percentile } from './figures.js';

const probe = readFileSync(fileURLToPath(new URL('./page-probe.js', import.meta.url)), 'utf8');

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw new Error(
      'Aucun Chromium pour le banc de mesure. Sous Debian/Ubuntu : « sudo apt-get install -y chromium », ou CHROMIUM_PATH=/chemin/vers/chromium.',
    );
  }
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** ms from navigation until every actor and link is in the DOM and a frame has passed. */
  openMs: number;
  close(): Promise<void>;
}

/**
 * Opens a page in a fresh context (nothing cached), with the probe injected before the page's
 * own scripts, and waits until the whole graph is in the DOM.
 */
export async function openPage(browser: Browser, url: string, expect: { nodes: number; edges: number }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'fr-FR' });
  await context.addInitScript({ content: `window.__benchExpect = ${JSON.stringify(expect)};\n${probe}` });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const cdp = await context.newCDPSession(page);
  // Thread CPU time rather than wall time: other work on a shared machine must not count.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  const openMs = await page.evaluate<number>('window.__maillageBench.opened');
  return { context, page, cdp, openMs, close: () => context.close() } satisfies OpenedPage;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`Mesure CDP absente : ${name}`);
  return found.value;
}

const frame = (page: Page) => page.evaluate<number>('window.__maillageBench.frame()');

/** Lets the page settle: the opening fitView animation, pending saves, idle callbacks. */
export async function settle(page: Page, ms = 600): Promise<void> {
  await frame(page);
  await page.waitForTimeout(ms);
  await frame(page);
}

/** JS heap in use after a full garbage collection, in MB. */
export async function heapMb(opened: OpenedPage): Promise<number> {
  await settle(opened.page, 1000);
  await opened.cdp.send('HeapProfiler.collectGarbage');
  await opened.cdp.send('HeapProfiler.collectGarbage');
  return (await metric(opened.cdp, 'JSHeapUsedSize')) / 1024 / 1024;
}

export interface DragResult {
  /** Main-thread time per step (CDP TaskDuration delta ÷ steps), ms. */
  msPerStep: number;
  frames: number[];
  /** Renders counted by the editor's counters, by actor / link id (empty on the bare page). */
  renders: Record<string, number>;
  edgeRenders: Record<string, number>;
}

/**
 * Where to press on a node, once pressing there reaches it: the canvas still for a frame and
 * nothing on top of the node's centre. A neighbour left over it by an earlier drag, or a panel,
 * would take the press and the drag would measure another node, or nothing.
 */
async function pressPoint(page: Page, nodeId: string): Promise<{ x: number; y: number }> {
  const found = await page.evaluate<{ at?: { x: number; y: number }; problem?: string }>(
    `window.__maillageBench.pressable(${JSON.stringify(nodeId)}, 30000)`,
  );
  if (found.at) return found.at;
  throw new Error(`Le nœud ${nodeId} ne peut pas être glissé : ${found.problem}.`);
}

/**
 * React Flow's stress protocol: press on the node, move it `steps` times by `px` pixels waiting
 * for a frame after each move, release. The renders counted cover the whole gesture, release
 * (and the save it sends) included.
 */
export async function drag(page: Page, cdp: CDPSession, nodeId: string, direction: 1 | -1, steps = 20, px = 5) {
  const at = await pressPoint(page, nodeId);
  await page.mouse.move(at.x, at.y);
  await frame(page);
  await page.evaluate('window.__maillageBench.resetRenders()');
  await page.mouse.down();
  await frame(page);
  await page.evaluate('window.__maillageBench.startFrames()');
  const before = await metric(cdp, 'TaskDuration');
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(at.x + direction * px * i, at.y);
    await frame(page);
  }
  const after = await metric(cdp, 'TaskDuration');
  const frames = await page.evaluate<number[]>('window.__maillageBench.stopFrames()');
  // A drag that moved nothing (a dialog in the way, a node off screen) would measure nothing;
  // the first step may go to React Flow's drag threshold.
  const now = await page.evaluate<{ x: number; y: number }>(
    `window.__maillageBench.whereIs(${JSON.stringify(nodeId)})`,
  );
  if ((now.x - at.x) * direction < (px * steps) / 2) {
    throw new Error(
      `Le nœud ${nodeId} n’a pas suivi la souris (${Math.round(now.x - at.x)} px au lieu de ${direction * px * steps}).`,
    );
  }
  await page.mouse.up();
  await frame(page);
  await frame(page);
  const counted = await page.evaluate<{ renders: Record<string, number>; edgeRenders: Record<string, number> }>(
    '({ renders: window.__maillageBench.renders, edgeRenders: window.__maillageBench.edgeRenders })',
  );
  return { msPerStep: ((after - before) * 1000) / steps, frames, ...counted } satisfies DragResult;
}

export function frameStats(frames: readonly number[]): { p95: number; long: number } {
  return { p95: percentile(frames, 95), long: frames.filter((f) => f > 50).length };
}
