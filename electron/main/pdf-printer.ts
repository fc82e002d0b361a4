import { join } from 'node:path';
import type { PdfPrinter } from '../core/export/pdf.js';

/** The part of Electron's WebContents the printer uses, so that tests can pass a fake. */
export interface PrintableContents {
  loadFile(path: string): Promise<void>;
  printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
}

export interface HiddenWindow {
  readonly webContents: PrintableContents;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface ElectronPdfDeps {
  /** A new hidden, sandboxed window without scripts (printWindowOptions). */
  createWindow: () => HiddenWindow;
  makeTempDir: () => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
  removeDir: (path: string) => Promise<void>;
}

/**
 * The window the summary is printed in: never shown, sandboxed, no preload, no JavaScript (the
 * summary has none, and its CSP forbids it anyway), so a label typed in a workshop stays text.
 */
export const printWindowOptions = {
  show: false,
  webPreferences: {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    spellcheck: false,
  },
} as const;

/**
 * PDF through Electron's own Chromium (webContents.printToPDF), so the desktop app needs no
 * other browser. The HTML goes through a temporary file rather than a data: URL, which
 * Chromium caps at 2 MB; file and window are removed whatever happens.
 */
export function electronPdfPrinter(deps: ElectronPdfDeps): PdfPrinter {
  return async (html) => {
    const dir = await deps.makeTempDir();
    let window: HiddenWindow | undefined;
    try {
      const file = join(dir, 'synthese.html');
      await deps.writeFile(file, html);
      window = deps.createWindow();
      await window.webContents.loadFile(file);
      const pdf = await window.webContents.printToPDF({
        pageSize: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      return new Uint8Array(pdf);
    } finally {
      if (window && !window.isDestroyed()) window.destroy();
      await deps.removeDir(dir);
    }
  };
}
