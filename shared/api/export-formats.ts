/**
 * What a workshop can be exported to: the summary (docx, pdf, html), the map alone (png, svg),
 * the map as a poster for a wall (an A1 or A0 PDF),
 * and data other tools read (csv of actors and of links, graphml, gexf, JSON Canvas, and the
 * `.maillage` workshop file).
 */
export const exportFormats = [
  'docx',
  'pdf',
  'html',
  'png',
  'svg',
  'poster-a1',
  'poster-a0',
  'csv-actors',
  'csv-links',
  'graphml',
  'gexf',
  'canvas',
  'maillage',
] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** One exported file, as it crosses a transport: bytes in base64. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** The desktop app's answer once the person chose where to save (or cancelled). */
export interface SavedFile {
  saved: boolean;
  path?: string;
}
