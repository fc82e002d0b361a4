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

function noChromium(detail: string): ApiError {
  return new ApiError({
    code: 'internal',
    message: `Le PDF n’a pas pu être produit : Chromium est introuvable ou ne démarre pas (${detail}). Installez Chromium (sous Debian ou Ubuntu : « sudo apt-get install chromium ») ou indiquez-le avec CHROMIUM_PATH ; en attendant, exportez en DOCX ou en HTML et imprimez depuis votre traitement de texte ou votre navigateur.`,
  });
}

/**
 * Prints with a headless Chromium started for the occasion and closed after, so that nothing
 * keeps running between exports. The page may load nothing (offline, CSP of the summary).
 */
export function chromiumPdfPrinter(executablePath = chromiumPath()): PdfPrinter {
  return async (html) => {
    let chromium: typeof import('playwright-core').chromium;
    try {
      ({ chromium } = await import('playwright-core'));
    } catch (error) {
      throw noChromium(`playwright-core absent : ${error instanceof Error ? error.message : String(error)}`);
    }
    let browser: Awaited<ReturnType<typeof chromium.launch>>;
    try {
      browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
    } catch (error) {
      throw noChromium(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
    }
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(await page.pdf(pdfPageOptions));
    } finally {
      await browser.close();
    }
  };
}
