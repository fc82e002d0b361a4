/** A ratio as a percentage in the UI's language, « — » when there is nothing to divide. */
export function percent(value: number | null, language: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(value);
}
