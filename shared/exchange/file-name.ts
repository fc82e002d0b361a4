/**
 * A file name from a workshop's title that every system accepts: no path separators, no
 * characters Windows forbids, no control characters, not too long, never empty.
 */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\p{Cc}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 80)
    .trim();
  return `${base || 'atelier'}${extension}`;
}
