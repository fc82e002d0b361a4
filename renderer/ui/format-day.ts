/** « 12 mars 2026 » (or its English form) from an ISO date or date-time; what is not a date comes back as given. */
export function formatDay(iso: string, language: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(language, { dateStyle: 'long' });
}
