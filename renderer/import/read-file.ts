/** A chosen file's bytes as base64, so that the core decodes them (UTF-8, BOM or Windows-1252). */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunks keep String.fromCharCode's argument list small on large files.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** The name without its extension, for the new workshop's title. */
export function baseName(name: string): string {
  return name.replace(/\.[^.]*$/, '');
}
