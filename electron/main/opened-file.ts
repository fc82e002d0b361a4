import type { Workshop } from '../../shared/domain/model.js';
import type { Core } from '../core/create-core.js';

/** Larger than any .maillage the app writes (a full map is about 5 MB), small enough to read whole. */
const maxBytes = 8 * 1024 * 1024;

/**
 * The .maillage file the operating system asks Maillage to open, from a command line (Windows and
 * Linux pass it as an argument, also to a second instance): the last argument ending in .maillage.
 */
export function maillageFileIn(argv: readonly string[]): string | undefined {
  return [...argv].reverse().find((arg) => !arg.startsWith('-') && /\.maillage$/i.test(arg));
}

export type OpenedFile = { ok: true; workshop: Workshop } | { ok: false; message: string };

interface FileReader {
  size(path: string): Promise<number>;
  read(path: string): Promise<string>;
}

/**
 * Imports a .maillage file given by the system as a new workshop, through the same method as the
 * « Importer » button; never throws, answers a French message when the file cannot be used.
 */
export async function openMaillageFile(
  core: Pick<Core, 'dispatch'>,
  path: string,
  files: FileReader,
): Promise<OpenedFile> {
  let text: string;
  try {
    if ((await files.size(path)) > maxBytes) {
      return { ok: false, message: `Le fichier « ${path} » est trop volumineux pour être un atelier Maillage.` };
    }
    text = await files.read(path);
  } catch (error) {
    return {
      ok: false,
      message: `Impossible de lire le fichier « ${path} » (${error instanceof Error ? error.message : String(error)}). Vérifiez qu’il existe et qu’il n’est pas ouvert ailleurs.`,
    };
  }
  const answer = await core.dispatch('import.maillage', { text });
  return answer.ok
    ? { ok: true, workshop: answer.result as Workshop }
    : { ok: false, message: `Le fichier « ${path} » n’a pas pu être ouvert : ${answer.error.message}` };
}
