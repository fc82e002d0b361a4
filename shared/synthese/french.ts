/**
 * French typography for generated sentences: no-break spaces where French puts them, « »
 * quotes, plurals (0 and 1 take the singular in French), lists joined with « et ».
 */

/** Narrow no-break space: before ; ! ? %, inside « », between thousands. */
export const nnbsp = '\u202f';
/** No-break space: before the colon. */
export const nbsp = '\u00a0';

export function formatNumber(value: number): string {
  const [whole = '0', decimals] = Math.abs(value).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, nnbsp);
  return `${value < 0 ? '−' : ''}${grouped}${decimals ? `,${decimals}` : ''}`;
}

/** A ratio as a whole percentage, « 12 % »; under 1 % but not zero says « moins de 1 % ». */
export function formatPercent(ratio: number): string {
  const percent = ratio * 100;
  if (percent > 0 && percent < 1) return `moins de 1${nnbsp}%`;
  return `${formatNumber(Math.round(percent))}${nnbsp}%`;
}

/** « 1 acteur », « 0 acteur », « 3 acteurs ». */
export function countOf(count: number, singular: string, plural: string): string {
  return `${formatNumber(count)} ${count >= 2 ? plural : singular}`;
}

/** The cover's line on the room: « 12 personnes ont contribué depuis leur téléphone. » */
export function phoneContributorsSentence(count: number): string {
  return `${countOf(count, 'personne a', 'personnes ont')} contribué depuis ${agree(count, 'son', 'leur')} téléphone.`;
}

/** The singular or plural form that agrees with count (French: 0 and 1 are singular). */
export function agree(count: number, singular: string, plural: string): string {
  return count >= 2 ? plural : singular;
}

/** « A », « A et B », « A, B et C ». */
export function joinFrench(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** At most `max` names, then « et N autres ». */
export function listSome(items: readonly string[], max: number): string {
  if (items.length <= max) return joinFrench(items);
  const rest = items.length - max;
  return `${items.slice(0, max).join(', ')} et ${countOf(rest, 'autre', 'autres')}`;
}

export function quote(text: string): string {
  return `«${nnbsp}${text}${nnbsp}»`;
}

const months = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** '2026-03-01' → « mars 2026 »; an empty or malformed date gives ''. */
export function formatMonth(iso: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  const monthName = match ? months[Number(match[2]) - 1] : undefined;
  return match && monthName ? `${monthName} ${match[1]}` : '';
}

/** '2026-03-01' → « 1er mars 2026 »; an empty or malformed date gives ''. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return '';
  const [, year, month, day] = match;
  const monthName = months[Number(month) - 1];
  if (!monthName) return '';
  const dayNumber = Number(day);
  return `${dayNumber === 1 ? '1er' : dayNumber} ${monthName} ${year}`;
}

/** A sentence starts with a capital letter, whatever the label it begins with. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

const smallNumbers = ['Aucun', 'Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six', 'Sept', 'Huit', 'Neuf', 'Dix'];

/** A count that opens a sentence, in words up to ten as French prefers: « Deux acteurs », « 12 acteurs ». */
export function countAtStart(count: number, singular: string, plural: string): string {
  const word = smallNumbers[count];
  return word ? `${word} ${count >= 2 ? plural : singular}` : countOf(count, singular, plural);
}

/** A participant whose name was not noted (a structure represented, from older maps). */
export const notNoted = '(nom non noté)';

/** « Awa Diallo (CAF) », or the structure alone when the name was not noted. */
export function excusedText(p: { name: string; structure: string }): string {
  if (!p.name) return p.structure;
  return p.structure ? `${p.name} (${p.structure})` : p.name;
}
