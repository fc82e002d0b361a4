/**
 * A label quoted for a message, « ainsi », shortened so that a 10,000-character name from a
 * file cannot flood the message that names it.
 */
export function quoteShort(text: string, max = 60): string {
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `«\u202f${short}\u202f»`;
}
