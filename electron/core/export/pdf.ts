import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiError } from '../../../shared/api/errors.js';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

/**
 * Turns the summary's HTML into a PDF. The desktop app passes Electron's printToPDF
 * (electron/main/pdf-printer.ts); browser mode and the CLI use Chromium through playwright-core.
 */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export const pdfPageOptions = {
  /** A4, margins set by the page's own @page rule. */
  format: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
} as const;

/** Two minutes: a facilitator exporting again (another format, a corrected map) finds it warm. */
export const defaultIdleMs = 120_000;

function noChromium(detail: string): ApiError {
  return new ApiError({
    code: 'internal',
    message: `Le PDF n’a pas pu être produit : Chromium est introuvable ou ne démarre pas (${detail}). Installez Chromium (sous Debian ou Ubuntu : « sudo apt-get install chromium ») ou indiquez-le avec CHROMIUM_PATH ; en attendant, exportez en DOCX ou en HTML et imprimez depuis votre traitement de texte ou votre navigateur.`,
  });
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

export interface ChromiumPdfPrinter {
  print: PdfPrinter;
  /** Closes the browser now (the core's shutdown); a later print starts one again. */
  close(): Promise<void>;
  /** Whether a browser is started or starting, how many were started and how many pages opened so far. */
  status(): { running: boolean; launches: number; pages: number };
}

export interface ChromiumPrinterOptions {
  /** Debian's Chromium or CHROMIUM_PATH by default; Playwright's own browser when undefined. */
  executablePath?: string;
  /** How long the browser stays up after the last print. */
  idleMs?: number;
}

async function launch(executablePath: string | undefined): Promise<Browser> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    throw noChromium(`playwright-core absent : ${firstLine(error)}`);
  }
  try {
    return await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  } catch (error) {
    throw noChromium(firstLine(error));
  }
}

/**
 * A started browser, its one context (no JavaScript, offline), its pages free for the next print
 * and the emptying of those just printed.
 */
interface Printing {
  browser: Browser;
  context: BrowserContext;
  idle: Page[];
  emptying: Set<Promise<void>>;
}

async function startPrinting(executablePath: string | undefined): Promise<Printing> {
  const browser = await launch(executablePath);
  try {
    return {
      browser,
      context: await browser.newContext({ javaScriptEnabled: false, offline: true }),
      idle: [],
      emptying: new Set(),
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw noChromium(firstLine(error));
  }
}

/**
 * Prints with one headless Chromium, started at the first PDF and kept for the next ones:
 * starting it is most of a PDF's time on a cold machine. Its one context runs no JavaScript and
 * is offline (the summary loads nothing); a page is kept after each print and emptied, so the
 * next PDF only lays out its HTML: a new context and page cost a third of a warm PDF. Prints
 * at the same moment each take a page of their own. The browser closes once idle for `idleMs`,
 * at close(), or restarts at the next print if it crashed.
 */
export function chromiumPdfPrinter(options: ChromiumPrinterOptions = {}): ChromiumPdfPrinter {
  // Looked up at the first print, not when the core opens: most sessions print no PDF.
  const executablePath = () => ('executablePath' in options ? options.executablePath : chromiumPath());
  const idleMs = options.idleMs ?? defaultIdleMs;
  let printing: Promise<Printing> | undefined;
  let launches = 0;
  let pages = 0;
  let running = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  function started(): Promise<Printing> {
    if (printing) return printing;
    launches += 1;
    const launching = startPrinting(executablePath());
    printing = launching;
    const forget = () => {
      if (printing === launching) printing = undefined;
    };
    void launching.then((ready) => ready.browser.on('disconnected', forget), forget);
    return launching;
  }

  async function close(): Promise<void> {
    clearTimeout(idleTimer);
    const current = printing;
    printing = undefined;
    if (!current) return;
    try {
      await (await current).browser.close();
    } catch {
      // It never started, or is already gone: nothing left to close.
    }
  }

  function closeWhenIdle(): void {
    clearTimeout(idleTimer);
    if (running > 0 || !printing) return;
    idleTimer = setTimeout(() => void close(), idleMs);
    // A warm browser never keeps a finished process (CLI, tests) waiting for the timer.
    idleTimer.unref();
  }

  /**
   * A page kept from an earlier print, or a new one. A page still being emptied is waited for:
   * a PDF asked for just after another (the next format, the next workshop) finds it back sooner
   * than a new page opens.
   */
  async function pageOf(ready: Printing): Promise<Page> {
    for (;;) {
      for (let kept = ready.idle.pop(); kept; kept = ready.idle.pop()) if (!kept.isClosed()) return kept;
      if (ready.emptying.size === 0) {
        pages += 1;
        return ready.context.newPage();
      }
      await Promise.race(ready.emptying);
    }
  }

  /**
   * Emptied before it is kept: the summary printed does not stay in the browser's memory. A new
   * blank document, not the old one rewritten: a rewritten document keeps the @page size of what
   * it held before (an A0 poster printed after an A1 one came out A4).
   */
  function keep(ready: Printing, page: Page): void {
    const emptied = (async () => {
      try {
        await page.goto('about:blank');
        if (printing && (await printing) === ready) ready.idle.push(page);
        else await page.close();
      } catch {
        // The browser went meanwhile: the page went with it.
      }
    })();
    ready.emptying.add(emptied);
    void emptied.then(() => ready.emptying.delete(emptied));
  }

  async function print(html: string): Promise<Uint8Array> {
    clearTimeout(idleTimer);
    running += 1;
    try {
      const ready = await started();
      const page = await pageOf(ready);
      let bytes: Uint8Array;
      try {
        await page.setContent(html, { waitUntil: 'load' });
        bytes = new Uint8Array(await page.pdf(pdfPageOptions));
      } catch (error) {
        // A page that failed is not trusted with the next summary.
        await page.close().catch(() => undefined);
        throw error;
      }
      // Emptied while the PDF goes back: the next print finds the page ready, or waits for it.
      keep(ready, page);
      return bytes;
    } finally {
      running -= 1;
      closeWhenIdle();
    }
  }

  return { print, close, status: () => ({ running: printing !== undefined, launches, pages }) };
}
