import { z } from 'zod';
import { ipcChannel } from '../../shared/api/bridge.js';
import type { Envelope } from '../../shared/api/errors.js';
import type { SavedFile } from '../../shared/api/export-formats.js';
import { dataFolderHolding, dataFolderRefusal } from '../core/export/export-target.js';
import { FileWriteError, writeFailureReason, writeFileAtomic } from '../core/export/write-file-atomic.js';
import type { InvokeEventLike, IpcMainLike, SenderCheck } from './ipc.js';
import { untrustedSenderError } from './ipc.js';

/** The part of Electron's dialog.showSaveDialog used here (bound to the sender's window by the caller). */
export type ShowSaveDialog = (
  event: InvokeEventLike,
  options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] },
) => Promise<{ canceled: boolean; filePath?: string }>;

export interface SaveFileDeps {
  showSaveDialog: ShowSaveDialog;
  /** Writes all the bytes or nothing (temporary file, then rename). */
  writeFileAtomic: (path: string, data: Uint8Array) => Promise<void>;
  /** The folder the dialog opens in (Documents). */
  defaultDir: () => string;
  /** Maillage's data folder(s): an export is never written there (it could replace the database). */
  dataDirs: () => readonly string[];
  join: (dir: string, name: string) => string;
}

/** 200 MB of file at most: far above any export, far below what would exhaust memory. */
const maxBase64 = 280_000_000;

const saveRequestSchema = z.strictObject({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(100),
  base64: z
    .string()
    .max(maxBase64)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
});

const fileKinds: Record<string, string> = {
  docx: 'Document Word',
  pdf: 'Document PDF',
  html: 'Page web',
  png: 'Image PNG',
  svg: 'Image SVG',
  csv: 'Tableau CSV',
  graphml: 'Réseau GraphML',
  gexf: 'Réseau GEXF (Gephi)',
  canvas: 'JSON Canvas (Obsidian)',
  maillage: 'Atelier Maillage',
};

/** A name the dialog can propose on every OS: no folder separators, no reserved characters. */
export function safeFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
  const cleaned = name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned.slice(0, 200) || 'export';
}

function failure(message: string): Envelope<never> {
  return { ok: false, error: { code: 'storage', message } };
}

/**
 * The desktop app's « Enregistrer sous » for an exported file: the page hands over the bytes,
 * the main process asks where to put them (native dialog) and writes them. The page never
 * names a path itself, so it cannot write anywhere the person did not choose.
 */
export function registerSaveFile(ipcMain: IpcMainLike, deps: SaveFileDeps, trusted: SenderCheck): () => void {
  ipcMain.handle(ipcChannel.saveFile, async (event, input): Promise<Envelope<SavedFile>> => {
    if (!trusted(event)) return { ok: false, error: untrustedSenderError };
    const parsed = saveRequestSchema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'validation', message: 'Fichier à enregistrer illisible. Rien n’a été écrit.' },
      };
    }
    const fileName = safeFileName(parsed.data.fileName);
    const extension = (/\.([a-z0-9]+)$/i.exec(fileName)?.[1] ?? '').toLowerCase();
    const filters = extension
      ? [{ name: fileKinds[extension] ?? extension.toUpperCase(), extensions: [extension] }]
      : [];
    const choice = await deps.showSaveDialog(event, {
      title: 'Enregistrer l’export',
      defaultPath: deps.join(deps.defaultDir(), fileName),
      filters,
    });
    if (choice.canceled || !choice.filePath) return { ok: true, result: { saved: false } };
    const dataDir = dataFolderHolding(choice.filePath, deps.dataDirs());
    if (dataDir) {
      return { ok: false, error: { code: 'validation', message: dataFolderRefusal(choice.filePath, dataDir) } };
    }
    try {
      await deps.writeFileAtomic(choice.filePath, Buffer.from(parsed.data.base64, 'base64'));
    } catch (error) {
      const reason = error instanceof FileWriteError ? error.reason : writeFailureReason(error);
      return failure(
        `Le fichier n’a pas pu être enregistré dans « ${choice.filePath} » (${reason}). Rien n’a été écrit ; choisissez un autre dossier.`,
      );
    }
    return { ok: true, result: { saved: true, path: choice.filePath } };
  });
  return () => ipcMain.removeHandler(ipcChannel.saveFile);
}

export { writeFileAtomic };
