import { describe, expect, it } from 'vitest';
import { electronPdfPrinter, type HiddenWindow, printWindowOptions } from '../../../electron/main/pdf-printer.js';

/** A hidden window that records what it was asked, like Electron's BrowserWindow would be. */
function fakes(options: { failLoad?: boolean; failWrite?: boolean; crash?: boolean } = {}) {
  const log: string[] = [];
  const files = new Map<string, string>();
  const dirs = new Set<string>();
  let destroyed = false;
  const window: HiddenWindow = {
    webContents: {
      async loadFile(path) {
        log.push(`load ${path}`);
        if (options.failLoad) throw new Error('ERR_FILE_NOT_FOUND');
        // The page's process died and took the window with it.
        if (options.crash) {
          destroyed = true;
          throw new Error('ERR_FAILED');
        }
      },
      async printToPDF(printOptions) {
        log.push(`print ${JSON.stringify(printOptions)}`);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    },
    isDestroyed: () => destroyed,
    destroy: () => {
      // As Electron's: a window already destroyed throws « Object has been destroyed ».
      if (destroyed) throw new TypeError('Object has been destroyed');
      destroyed = true;
      log.push('destroy');
    },
  };
  const printer = electronPdfPrinter({
    createWindow: () => window,
    makeTempDir: async () => {
      dirs.add('/tmp/maillage-pdf-1');
      return '/tmp/maillage-pdf-1';
    },
    writeFile: async (path, text) => {
      if (options.failWrite) throw new Error('ENOSPC: no space left on device');
      files.set(path, text);
    },
    removeDir: async (path) => {
      dirs.delete(path);
      for (const file of [...files.keys()]) if (file.startsWith(path)) files.delete(file);
      log.push(`rm ${path}`);
    },
  });
  return { printer, log, files, dirs };
}

describe('electronPdfPrinter', () => {
  it('loads the HTML from a temporary file, prints A4 with backgrounds, then removes window and file', async () => {
    const { printer, log, files, dirs } = fakes();
    const pdf = await printer('<!DOCTYPE html><p>Synthèse</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    expect(log).toEqual([
      'load /tmp/maillage-pdf-1/synthese.html',
      `print ${JSON.stringify({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })}`,
      'destroy',
      'rm /tmp/maillage-pdf-1',
    ]);
    expect(files.size).toBe(0);
    expect(dirs.size).toBe(0);
  });

  it('cleans up and rethrows when the page cannot load', async () => {
    const { printer, log, dirs } = fakes({ failLoad: true });
    await expect(printer('<p>x</p>')).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(log.slice(-2)).toEqual(['destroy', 'rm /tmp/maillage-pdf-1']);
    expect(dirs.size).toBe(0);
  });

  it('a temporary file that cannot be written: no window is made, the folder goes, the cause is kept', async () => {
    const { printer, log, dirs } = fakes({ failWrite: true });
    await expect(printer('<p>x</p>')).rejects.toThrow('ENOSPC');
    expect(log).toEqual(['rm /tmp/maillage-pdf-1']);
    expect(dirs.size).toBe(0);
  });

  it('a window already gone when the page failed is not destroyed twice', async () => {
    const { printer, log, dirs } = fakes({ crash: true });
    await expect(printer('<p>x</p>')).rejects.toThrow('ERR_FAILED');
    expect(log).toEqual(['load /tmp/maillage-pdf-1/synthese.html', 'rm /tmp/maillage-pdf-1']);
    expect(dirs.size).toBe(0);
  });

  it('prints in a hidden, sandboxed window without JavaScript or Node', () => {
    expect(printWindowOptions.show).toBe(false);
    expect(printWindowOptions.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      // Chromium's spellchecker downloads dictionaries: nothing may leave the machine.
      spellcheck: false,
    });
    expect(printWindowOptions.webPreferences).not.toHaveProperty('preload');
  });
});
