import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChromiumPdfPrinter, chromiumPdfPrinter } from '../../../electron/core/export/pdf.js';
import { pdfPageSize, pdfText } from '../../support/readers.js';

/**
 * The PDF printer of browser mode and the CLI, with the real Chromium: one browser started at
 * the first print and kept for the next ones, closed once idle or when the core closes.
 */

const page = (title: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

const printers: ChromiumPdfPrinter[] = [];
afterEach(async () => {
  await Promise.all(printers.splice(0).map((printer) => printer.close()));
});

function printer(options: Parameters<typeof chromiumPdfPrinter>[0] = {}): ChromiumPdfPrinter {
  const made = chromiumPdfPrinter(options);
  printers.push(made);
  return made;
}

/** Waits, turn after turn of the event loop, until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString() === '%PDF-';

describe('chromiumPdfPrinter', () => {
  it('starts no browser before the first PDF', () => {
    expect(printer().status()).toEqual({ running: false, launches: 0, pages: 0 });
  });

  it('keeps the browser of the first PDF for the next ones, even printed together', async () => {
    const pdf = printer();
    expect(isPdf(await pdf.print(page('Premier')))).toBe(true);
    expect(pdf.status()).toEqual({ running: true, launches: 1, pages: 1 });
    const [second, third] = await Promise.all([pdf.print(page('Deuxième')), pdf.print(page('Troisième'))]);
    expect(isPdf(second) && isPdf(third)).toBe(true);
    // One of them takes the first print's page, the other a page of its own.
    expect(pdf.status()).toEqual({ running: true, launches: 1, pages: 2 });
  });

  it('a PDF asked for as soon as the last one is back takes its page, still being emptied', async () => {
    const pdf = printer();
    await pdf.print(page('Premier'));
    // No pause: the first page is still going to about:blank, as when a core exports the next format.
    await pdf.print(page('Deuxième'));
    await pdf.print(page('Troisième'));
    expect(pdf.status()).toEqual({ running: true, launches: 1, pages: 1 });
  });

  it('a page kept from one print gives the next one only its own summary', async () => {
    const pdf = printer();
    const dir = mkdtempSync(join(tmpdir(), 'maillage-pdf-'));
    try {
      const texts: string[] = [];
      for (const title of ['Premier atelier', 'Second atelier', 'Troisième atelier']) {
        const file = join(dir, `${texts.length}.pdf`);
        writeFileSync(file, await pdf.print(page(title)));
        texts.push(pdfText(file));
      }
      expect(texts[0]).toContain('Premieratelier');
      expect(texts[1]).toContain('Secondatelier');
      expect(texts[1]).not.toContain('Premier');
      expect(texts[2]).toContain('Troisièmeatelier');
      expect(texts[2]).not.toMatch(/Premier|Second/);
      expect(pdf.status()).toEqual({ running: true, launches: 1, pages: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a page kept from a print in one paper size prints the next in its own', async () => {
    const pdf = printer();
    const dir = mkdtempSync(join(tmpdir(), 'maillage-pdf-'));
    const sized = (size: string) =>
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>@page { size: ${size}; margin: 0; }</style></head><body><p>${size}</p></body></html>`;
    try {
      const sizes: { width: number; height: number }[] = [];
      for (const html of [sized('841mm 594mm'), sized('1189mm 841mm'), page('Sans taille')]) {
        const file = join(dir, `${sizes.length}.pdf`);
        writeFileSync(file, await pdf.print(html));
        sizes.push(pdfPageSize(file));
      }
      // A1 landscape, then A0 landscape (the posters), then the printer's A4, in points.
      const expected = [
        [2384, 1684],
        [3370, 2384],
        [595, 842],
      ];
      expected.forEach(([width, height], i) => {
        expect(Math.abs(sizes[i]!.width - width!)).toBeLessThan(3);
        expect(Math.abs(sizes[i]!.height - height!)).toBeLessThan(3);
      });
      expect(pdf.status().launches).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('closes the browser once idle, and starts a new one for the next PDF', async () => {
    const pdf = printer({ idleMs: 20 });
    await pdf.print(page('Avant la pause'));
    await until(() => !pdf.status().running);
    expect(isPdf(await pdf.print(page('Après la pause')))).toBe(true);
    expect(pdf.status()).toMatchObject({ running: true, launches: 2 });
  });

  it('close() stops it at once; a print afterwards starts again', async () => {
    const pdf = printer();
    await pdf.print(page('Un'));
    await pdf.close();
    expect(pdf.status().running).toBe(false);
    await pdf.close();
    expect(isPdf(await pdf.print(page('Deux')))).toBe(true);
    expect(pdf.status().launches).toBe(2);
  });

  it('a browser that died is started again at the next PDF', async () => {
    const pdf = printer();
    await pdf.print(page('Avant'));
    // Chromium killed behind the printer's back, as a crash would: it is this process's child.
    const pids = execFileSync('pgrep', ['-P', String(process.pid)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
    await until(() => !pdf.status().running);
    expect(isPdf(await pdf.print(page('Après')))).toBe(true);
    expect(pdf.status()).toMatchObject({ running: true, launches: 2 });
  });

  it('without Chromium: a French message that says what to install and what to do meanwhile', async () => {
    const pdf = printer({ executablePath: '/nonexistent/chromium' });
    await expect(pdf.print(page('Rien'))).rejects.toThrow(/Chromium est introuvable.*exportez en DOCX ou en HTML/s);
    expect(pdf.status().running).toBe(false);
  });
});
