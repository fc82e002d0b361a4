/** « 29 novembre 2026 à 10:43 » (or its English form), in the machine's time zone. */
export function formatBackupDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' });
}

/** « 128 Ko », « 1,4 Mo »: the size of a backup file. */
export function formatSize(bytes: number, language: string): string {
  const fr = language.startsWith('fr');
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))}\u00a0${fr ? 'Ko' : 'KB'}`;
  const mb = (bytes / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1 });
  return `${mb}\u00a0${fr ? 'Mo' : 'MB'}`;
}
