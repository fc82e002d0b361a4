import { ApiError } from '../../shared/api/errors.js';
import type { ExportedFile, SavedFile } from '../../shared/api/export-formats.js';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands an exported file to the person. The desktop app asks where to save it (native dialog,
 * main process); a browser downloads it through a Blob and a temporary <a download>, which
 * leaves the page where it is.
 */
export async function deliverFile(file: ExportedFile): Promise<SavedFile> {
  if (window.maillage) {
    const answer = await window.maillage.saveFile(file);
    if (!answer.ok) throw new ApiError(answer.error);
    return answer.result;
  }
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is kept a little longer for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true };
}
