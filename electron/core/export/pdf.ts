import type { Browser } from 'playwright-core';
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
  /** Whether a browser is started or starting, and how many were started so far. */
  status(): { running: boolean; launches: number };
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
 * Prints with one headless Chromium, started at the first PDF and kept for the next ones:
 * starting it is most of a PDF's time on a cold machine. Each print gets a fresh context (no
 * JavaScript, offline: the summary loads nothing); the browser closes once idle for `idleMs`,
 * at close(), or restarts at the next print if it crashed.
 */
export function chromiumPdfPrinter(options: ChromiumPrinterOptions = {}): ChromiumPdfPrinter {
  // Looked up at the first print, not when the core opens: most sessions print no PDF.
  const executablePath = () => ('executablePath' in options ? options.executablePath : chromiumPath());
  const idleMs = options.idleMs ?? defaultIdleMs;
  let browser: Promise<Browser> | undefined;
  let launches = 0;
  let printing = 0;
  let idleTimer: NodeJS.Timeout | undefined;

  function started(): Promise<Browser> {
    if (browser) return browser;
    launches += 1;
    const launching = launch(executablePath());
    browser = launching;
    const forget = () => {
      if (browser === launching) browser = undefined;
    };
    void launching.then((running) => running.on('disconnected', forget), forget);
    return launching;
  }

  async function close(): Promise<void> {
    clearTimeout(idleTimer);
    const current = browser;
    browser = undefined;
    if (!current) return;
    try {
      await (await current).close();
    } catch {
      // It never started, or is already gone: nothing left to close.
    }
  }

  function closeWhenIdle(): void {
    clearTimeout(idleTimer);
    if (printing > 0 || !browser) return;
    idleTimer = setTimeout(() => void close(), idleMs);
    // A warm browser never keeps a finished process (CLI, tests) waiting for the timer.
    idleTimer.unref();
  }

  async function print(html: string): Promise<Uint8Array> {
    clearTimeout(idleTimer);
    printing += 1;
    try {
      const context = await (await started()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.pdf(pdfPageOptions));
      } finally {
        // A browser that died meanwhile has no context left to close.
        await context.close().catch(() => undefined);
      }
    } finally {
      printing -= 1;
      closeWhenIdle();
    }
  }

  return { print, close, status: () => ({ running: browser !== undefined, launches }) };
}
